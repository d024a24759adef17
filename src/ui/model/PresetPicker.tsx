import { MODEL_PRESETS } from '../../core/model/presets';
import { useT } from '../../i18n/useT';
import { useStore } from '../../store/store';
import { useAnnounce } from './Announcer';

/** Starting points, each with its one line on when to use it; choosing one is an undoable edit. */
export function PresetPicker({ disabled }: { disabled: boolean }) {
  const { t } = useT();
  const replaceSpec = useStore((s) => s.replaceSpec);
  const announce = useAnnounce();
  return (
    <div className="presets" role="group" aria-labelledby="presets-title">
      <h3 id="presets-title">{t('preset.title')}</h3>
      <ul>
        {MODEL_PRESETS.map((preset) => {
          const title = t(`preset.${preset.id}.title`);
          return (
            <li key={preset.id}>
              <button
                type="button"
                className="preset"
                disabled={disabled}
                aria-describedby={`preset-${preset.id}-when`}
                data-testid={`preset-${preset.id}`}
                onClick={() => {
                  replaceSpec(preset.spec());
                  announce(t('preset.applied', { preset: title }));
                }}
              >
                {title}
              </button>
              <span id={`preset-${preset.id}-when`} className="muted small-print">
                {t(`preset.${preset.id}.when`)}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
