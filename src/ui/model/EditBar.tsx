import { modelSpecToJson } from '../../core/model/json';
import { useT } from '../../i18n/useT';
import { useStore } from '../../store/store';
import { downloadFile } from '../shared/download';
import { useAnnounce } from './Announcer';

/** Undo and redo (also Ctrl+Z / Ctrl+Shift+Z), and saving or opening the stack as a JSON file. */
export function EditBar({ disabled }: { disabled: boolean }) {
  const { t } = useT();
  const canUndo = useStore((s) => s.specHistory.past.length > 0);
  const canRedo = useStore((s) => s.specHistory.future.length > 0);
  // Actions never change, so reading them once does not miss an update.
  const { undo, redo, openSpecFile } = useStore.getState();
  const announce = useAnnounce();

  const open = async (file: File) => {
    if (await openSpecFile(file)) announce(t('edit.opened', { file: file.name }));
  };

  return (
    <div className="edit-bar">
      <button type="button" className="secondary small" disabled={disabled || !canUndo} aria-keyshortcuts="Control+Z" data-testid="undo-button" onClick={undo}>
        {t('edit.undo')}
      </button>
      <button type="button" className="secondary small" disabled={disabled || !canRedo} aria-keyshortcuts="Control+Shift+Z Control+Y" data-testid="redo-button" onClick={redo}>
        {t('edit.redo')}
      </button>
      <button type="button" className="secondary small" data-testid="save-spec-button" onClick={() => downloadFile(modelSpecToJson(useStore.getState().spec), 'layerlab-layers.json', 'application/json')}>
        {t('edit.save')}
      </button>
      <label className="file-button secondary small">
        {t('edit.open')}
        <input
          type="file"
          accept=".json,application/json"
          disabled={disabled}
          data-testid="spec-file-input"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void open(file);
            event.target.value = '';
          }}
        />
      </label>
    </div>
  );
}
