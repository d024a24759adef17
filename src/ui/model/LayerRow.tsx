import { HIDDEN_ACTIVATIONS, MAX_UNITS, type DenseLayerSpec } from '../../core/model/spec';
import { useStore } from '../../store/store';

/** One editable Dense layer: units, activation, remove. */
export function LayerRow({ layer, index, disabled }: { layer: DenseLayerSpec; index: number; disabled: boolean }) {
  const updateLayer = useStore((s) => s.updateLayer);
  const removeLayer = useStore((s) => s.removeLayer);
  return (
    <li className="layer" data-testid="layer">
      <span className="layer-name">Dense {index + 1}</span>
      <label>
        units
        <input
          type="number"
          min={1}
          max={MAX_UNITS}
          value={layer.units}
          disabled={disabled}
          data-testid={`layer-units-${index}`}
          onChange={(event) => updateLayer(index, { units: Math.round(Number(event.target.value)) })}
        />
      </label>
      <label>
        activation
        <select value={layer.activation} disabled={disabled} data-testid={`layer-activation-${index}`} onChange={(event) => updateLayer(index, { activation: event.target.value as DenseLayerSpec['activation'] })}>
          {HIDDEN_ACTIVATIONS.map((name) => (
            <option key={name}>{name}</option>
          ))}
        </select>
      </label>
      <button type="button" className="secondary" disabled={disabled} onClick={() => removeLayer(index)} aria-label={`Remove Dense layer ${index + 1}`} data-testid={`remove-layer-${index}`}>
        Remove
      </button>
    </li>
  );
}
