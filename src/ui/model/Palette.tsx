import { LAYER_HELP, LAYER_TITLES } from '../../core/model/help';
import { LAYER_KINDS, MAX_HIDDEN_LAYERS } from '../../core/model/options';
import type { LayerKind } from '../../core/model/spec';
import { useStore } from '../../store/store';
import { useAnnounce } from './Announcer';
import { startKindDrag } from './dragData';
import { HelpToggle } from './HelpToggle';

/** `add-layer-button` is the spine's hook for adding a Dense layer; the other kinds follow its pattern. */
const testIdFor = (kind: LayerKind) => (kind === 'dense' ? 'add-layer-button' : `add-layer-${kind}`);

/** The layer kinds: click to add one at the end of the stack, or drag one to where it should go. */
export function Palette({ disabled }: { disabled: boolean }) {
  const addLayer = useStore((s) => s.addLayer);
  const count = useStore((s) => s.spec.hidden.length);
  const announce = useAnnounce();
  const full = count >= MAX_HIDDEN_LAYERS;
  return (
    <div className="palette" role="group" aria-labelledby="palette-title">
      <h3 id="palette-title">Add a layer</h3>
      <p className="muted small-print">{full ? `The stack is full (${MAX_HIDDEN_LAYERS} layers).` : 'Click to add at the end, or drag into the stack.'}</p>
      <ul>
        {LAYER_KINDS.map((kind) => (
          <li key={kind}>
            <button
              type="button"
              className="palette-item"
              draggable={!disabled && !full}
              disabled={disabled || full}
              aria-label={`Add ${LAYER_TITLES[kind]}`}
              data-testid={testIdFor(kind)}
              onDragStart={(event) => startKindDrag(event, kind)}
              onClick={() => {
                addLayer(kind);
                announce(`${LAYER_TITLES[kind]} added as layer ${count + 1}.`);
              }}
            >
              <span aria-hidden="true">+ </span>
              {LAYER_TITLES[kind]}
            </button>
            <HelpToggle label={`What does ${LAYER_TITLES[kind]} do?`} text={LAYER_HELP[kind]} />
          </li>
        ))}
      </ul>
    </div>
  );
}
