import { useState } from 'react';
import { isBusy, useTrainingStatus } from '../../store/hooks';
import { useStore } from '../../store/store';
import { downloadFile } from '../shared/download';
import { Section } from '../shared/Section';

/** Batch scoring of a new file, and the model bundle download. */
export function UseStep() {
  const result = useStore((s) => s.result);
  const scoreFile = useStore((s) => s.scoreFile);
  const exportBundle = useStore((s) => s.exportBundle);
  const busy = isBusy(useTrainingStatus());
  const [scored, setScored] = useState<{ csv: string; fileName: string; rowsWithNotes: number } | null>(null);
  const [working, setWorking] = useState<string | null>(null);
  const ready = Boolean(result) && !busy;

  const score = async (file: File) => {
    setWorking(`Scoring ${file.name}…`);
    setScored(await scoreFile(file));
    setWorking(null);
  };

  const download = async () => {
    setWorking('Packing the model…');
    const bundle = await exportBundle();
    setWorking(null);
    if (bundle) downloadFile(bundle.zip as Uint8Array<ArrayBuffer>, bundle.fileName, 'application/zip');
  };

  return (
    <Section step={5} title="Use the model" id="use">
      <div className="row">
        <label className="field">
          <span>Score new rows: choose a CSV with the same columns (the target column may be missing)</span>
          <input
            type="file"
            accept=".csv,.tsv,.txt,text/csv"
            disabled={!ready}
            data-testid="predict-file-input"
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) void score(file);
              event.target.value = '';
            }}
          />
        </label>
        <button type="button" disabled={!scored} onClick={() => scored && downloadFile(scored.csv, scored.fileName, 'text/csv')} data-testid="download-predictions-button">
          Download predictions
        </button>
      </div>
      {scored && (
        <p className="muted" data-testid="scoring-summary">
          {scored.fileName} is ready{scored.rowsWithNotes > 0 && <>; {scored.rowsWithNotes} rows have notes on filled-in or unknown values (column layerlab_notes)</>}.
        </p>
      )}
      <button type="button" className="primary" disabled={!ready} onClick={() => void download()} data-testid="download-bundle-button">
        Download model (.zip)
      </button>
      <p className="muted">The zip holds model.json and weights.bin (TensorFlow.js), preprocessing.json (how raw columns become inputs) and a model card.</p>
      {working && <p role="status">{working}</p>}
    </Section>
  );
}
