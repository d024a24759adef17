import { useState } from 'react';
import { useT } from '../../i18n/useT';
import { useStore } from '../../store/store';
import type { ScoredFile } from '../../store/types';
import type { TrainingResult } from '../../worker/protocol';
import { downloadFile } from '../shared/download';

/** The column of the scored file that explains each row's filled-in values (the worker's NOTES_COLUMN). */
const NOTES_COLUMN = 'layerlab_notes';

/**
 * Batch scoring: the worker reads and scores the file in chunks, reporting progress, and hands back the
 * CSV as bytes, so neither a large file nor its result ever holds up the page.
 */
export function BatchScoring({ result, ready }: { result: TrainingResult | null; ready: boolean }) {
  const { t } = useT();
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
      <h3 id="batch-title">{t('predict.batch.title')}</h3>
      <div className="row">
        <label className="field">
          <span>{t('predict.batch.choose')}</span>
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
        <button type="button" disabled={!file} onClick={() => file && downloadFile(file.file, file.fileName, 'text/csv')} data-testid="download-predictions-button">
          {t('predict.batch.download')}
        </button>
      </div>
      {scoring && (
        <div role="status">
          <p>
            {scoring.total > 0
              ? t('predict.batch.progress', { file: scoring.fileName, done: scoring.done, total: scoring.total })
              : t('predict.batch.reading', { file: scoring.fileName })}
          </p>
          <progress max={scoring.total || 1} value={scoring.done} data-testid="scoring-progress" aria-label={t('predict.batch.progressLabel')} />
        </div>
      )}
      {file && (
        <p className="muted" data-testid="scoring-summary" data-rows={file.rowCount} data-rows-with-notes={file.rowsWithNotes}>
          {t('predict.batch.summary', {
            ready: t('predict.batch.ready', { file: file.fileName, count: file.rowCount }),
            notes: file.rowsWithNotes > 0 ? t('predict.batch.notes', { count: file.rowsWithNotes, column: NOTES_COLUMN }) : t('predict.batch.noNotes'),
            formulas: t('predict.batch.formulas'),
          })}
        </p>
      )}
    </section>
  );
}
