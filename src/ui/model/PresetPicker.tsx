import { MODEL_PRESETS } from '../../core/model/presets';
import { useStore } from '../../store/store';
import { useAnnounce } from './Announcer';

/** Starting points, each with its one line on when to use it; choosing one is an undoable edit. */
export function PresetPicker({ disabled }: { disabled: boolean }) {
  const replaceSpec = useStore((s) => s.replaceSpec);
  const announce = useAnnounce();
  return (
    <div className="presets" role="group" aria-labelledby="presets-title">
      <h3 id="presets-title">Start from a preset</h3>
      <ul>
        {MODEL_PRESETS.map((preset) => (
          <li key={preset.id}>
            <button
              type="button"
              className="preset"
              disabled={disabled}
              aria-describedby={`preset-${preset.id}-when`}
              data-testid={`preset-${preset.id}`}
              onClick={() => {
                replaceSpec(preset.spec());
                announce(`${preset.title} preset applied. Press Control+Z to go back.`);
              }}
            >
              {preset.title}
            </button>
            <span id={`preset-${preset.id}-when`} className="muted small-print">
              {preset.whenToUse}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
