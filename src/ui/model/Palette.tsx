import { LAYER_KINDS, MAX_HIDDEN_LAYERS } from '../../core/model/options';
import type { LayerKind } from '../../core/model/spec';
import { useT } from '../../i18n/useT';
import { useStore } from '../../store/store';
import { useAnnounce } from './Announcer';
import { startKindDrag } from './dragData';
import { HelpToggle } from './HelpToggle';

/** `add-layer-button` is the spine's hook for adding a Dense layer; the other kinds follow its pattern. */
const testIdFor = (kind: LayerKind) => (kind === 'dense' ? 'add-layer-button' : `add-layer-${kind}`);

/** The layer kinds: click to add one at the end of the stack, or drag one to where it should go. */
export function Palette({ disabled }: { disabled: boolean }) {
  const { t } = useT();
  const addLayer = useStore((s) => s.addLayer);
  const count = useStore((s) => s.spec.hidden.length);
  const announce = useAnnounce();
  const full = count >= MAX_HIDDEN_LAYERS;
  return (
    <div className="palette" role="group" aria-labelledby="palette-title">
      <h3 id="palette-title">{t('palette.title')}</h3>
      <p className="muted small-print">{full ? t('palette.full', { max: MAX_HIDDEN_LAYERS }) : t('palette.hint')}</p>
      <ul>
        {LAYER_KINDS.map((kind) => {
          const title = t(`layer.${kind}`);
          return (
            <li key={kind}>
              <button
                type="button"
                className="palette-item"
                draggable={!disabled && !full}
                disabled={disabled || full}
                aria-label={t('palette.add', { layer: title })}
                data-testid={testIdFor(kind)}
                onDragStart={(event) => startKindDrag(event, kind)}
                onClick={() => {
                  addLayer(kind);
                  announce(t('stack.added', { layer: title, position: count + 1 }));
                }}
              >
                <span aria-hidden="true">+ </span>
                {title}
              </button>
              <HelpToggle label={t('layer.whatDoes', { layer: title })} text={t(`help.layer.${kind}`)} />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
