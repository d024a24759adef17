import { useState } from 'react';
import { useStore } from '../../store/store';
import type { ScoredFile } from '../../store/types';
import type { TrainingResult } from '../../worker/protocol';
import { downloadFile } from '../shared/download';
import { formatCount } from '../shared/format';

/**
 * Batch scoring: the worker reads and scores the file in chunks, reporting progress, and hands back the
 * CSV as bytes, so neither a large file nor its result ever holds up the page.
 */
export function BatchScoring({ result, ready }: { result: TrainingResult | null; ready: boolean }) {
  const scoreFile = useStore((s) => s.scoreFile);
  const scoring = useStore((s) => s.scoring);
  // A scored file belongs to the model that scored it; a new model needs the file scored again.
  const [scored, setScored] = useState<{ by: TrainingResult; file: ScoredFile } | null>(null);
  const file = scored?.by === result ? scored.file : null;

  const score = async (chosen: File) => {
    const by = result;
    const done = await scoreFile(chosen);
    if (by) setScored(done ? { by, file: done } : null);
  };

  return (
    <section className="panel" aria-labelledby="batch-title">
      <h3 id="batch-title">Score a file of new rows</h3>
      <div className="row">
        <label className="field">
          <span>Choose a CSV with the same columns (the column to predict may be missing)</span>
          <input
            type="file"
            accept=".csv,.tsv,.txt,text/csv"
            disabled={!ready || !result || scoring !== null}
            data-testid="predict-file-input"
            onChange={(event) => {
              const chosen = event.target.files?.[0];
              if (chosen) void score(chosen);
              event.target.value = '';
            }}
          />
        </label>
        <button type="button" disabled={!file} onClick={() => file && downloadFile(file.bytes as Uint8Array<ArrayBuffer>, file.fileName, 'text/csv')} data-testid="download-predictions-button">
          Download predictions
        </button>
      </div>
      {scoring && (
        <div role="status">
          <p>
            Scoring {scoring.fileName}: {scoring.total > 0 ? `${formatCount(scoring.done)} of ${formatCount(scoring.total)} rows` : 'reading the file'}…
          </p>
          <progress max={scoring.total || 1} value={scoring.done} data-testid="scoring-progress" aria-label="Scoring progress" />
        </div>
      )}
      {file && (
        <p className="muted" data-testid="scoring-summary" data-rows={file.rowCount} data-rows-with-notes={file.rowsWithNotes}>
          {file.fileName} is ready: {formatCount(file.rowCount)} rows, each with the prediction and its probabilities.{' '}
          {file.rowsWithNotes > 0
            ? `${formatCount(file.rowsWithNotes)} rows have a note in the column layerlab_notes on a missing column, an unknown category or an unreadable value, which was filled in.`
            : 'Every value could be read as in training.'}{' '}
          Cells that a spreadsheet would run as a formula start with an apostrophe.
        </p>
      )}
    </section>
  );
}
