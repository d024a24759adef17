import { useState, type DragEvent } from 'react';
import { useT } from '../../i18n/useT';
import { useStore } from '../../store/store';
import { LoadProgress } from './LoadProgress';

/** The CSV file input and the drop zone around it: both feed the same path. */
export function FilePicker() {
  const { t } = useT();
  const loadFile = useStore((s) => s.loadFile);
  const [dragging, setDragging] = useState(false);

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void loadFile(file);
  };

  return (
    <div
      className={`drop-zone${dragging ? ' dragging' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <label>
        <span>{t('data.dropFile')}</span>
        <input
          type="file"
          accept=".csv,.tsv,.txt,text/csv,text/plain"
          data-testid="csv-file-input"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void loadFile(file);
            // Reset so that choosing the same file again (after fixing it) loads it again.
            event.target.value = '';
          }}
        />
      </label>
      <LoadProgress />
    </div>
  );
}
