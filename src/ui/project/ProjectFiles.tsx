import { useState } from 'react';
import { useT } from '../../i18n/useT';
import { isBusy, useTrainingStatus } from '../../store/hooks';
import { useStore } from '../../store/store';
import { downloadFile } from '../shared/download';

/** Saves the project as a `.layerlab` file (optionally with the data) and opens one. */
export function ProjectFiles() {
  const { t } = useT();
  const projectFile = useStore((s) => s.projectFile);
  const openProjectFile = useStore((s) => s.openProjectFile);
  const hasFile = useStore((s) => s.dataSource?.kind === 'file');
  const busy = isBusy(useTrainingStatus());
  const [includeData, setIncludeData] = useState(true);

  const save = async () => {
    const file = await projectFile(includeData && hasFile);
    if (file) downloadFile(file.bytes as Uint8Array<ArrayBuffer>, file.fileName, 'application/zip');
  };

  return (
    <div className="project-files">
      <button type="button" onClick={() => void save()} disabled={busy} data-testid="save-project-button">
        {t('project.saveFile')}
      </button>
      {hasFile && (
        <label>
          <input type="checkbox" checked={includeData} onChange={(event) => setIncludeData(event.target.checked)} /> {t('project.includeData')}
        </label>
      )}
      <label className="file-button">
        {t('project.openFile')}
        <input
          type="file"
          accept=".layerlab,.zip,application/zip"
          disabled={busy}
          data-testid="project-file-input"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void openProjectFile(file);
            event.target.value = '';
          }}
        />
      </label>
    </div>
  );
}
