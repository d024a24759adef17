import { useT } from '../../i18n/useT';
import { withElements } from '../../i18n/withElements';
import type { RowPrediction } from '../../worker/protocol';
import { wordNote } from './rowNotes';

const PROBABILITY_PREFIX = 'probability_';

interface Props {
  prediction: RowPrediction | null;
  pending: boolean;
  /** The form's input columns, which the notes start with. */
  columns: readonly string[];
}

/**
 * The what-if prediction: the same columns a scored file gets for this row. `data-state` is "ready"
 * once the shown prediction belongs to the values in the form, and the values carry full precision.
 */
export function WhatIfResult({ prediction, pending, columns }: Props) {
  const { t, number, percent } = useT();
  const [predicted, ...rest] = prediction?.columns ?? [];
  const probabilities = rest.filter((c) => c.name.startsWith(PROBABILITY_PREFIX));
  return (
    <div className="whatif-result" role="status" aria-live="polite" data-testid="whatif-result" data-state={pending || !prediction ? 'pending' : 'ready'} data-prediction={predicted?.value ?? ''}>
      {predicted ? (
        <>
          <p className="whatif-prediction">
            {withElements({ value: <strong>{typeof predicted.value === 'number' ? number(predicted.value, { maximumSignificantDigits: 6 }) : predicted.value}</strong> }, (marks) =>
              t('predict.whatIf.prediction', marks),
            )}
          </p>
          {probabilities.length > 0 && (
            <ul className="whatif-probabilities">
              {probabilities.map((column) => {
                const label = column.name.slice(PROBABILITY_PREFIX.length);
                const p = Number(column.value);
                return (
                  <li key={column.name} data-testid="whatif-probability" data-class={label} data-value={column.value}>
                    <span>{label}</span> <meter min={0} max={1} value={p} /> <span>{percent(p, 1)}</span>
                  </li>
                );
              })}
            </ul>
          )}
          {prediction && prediction.notes.length > 0 && (
            <ul className="notes" data-testid="whatif-notes" aria-label={t('predict.whatIf.notesLabel')}>
              {prediction.notes.map((note) => (
                <li key={note}>{wordNote(t, note, columns)}</li>
              ))}
            </ul>
          )}
        </>
      ) : (
        <p className="muted">{t('predict.whatIf.pending')}</p>
      )}
    </div>
  );
}
