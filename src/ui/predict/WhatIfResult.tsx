import type { RowPrediction } from '../../worker/protocol';

const PROBABILITY_PREFIX = 'probability_';
const percentFormat = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 });
const valueFormat = new Intl.NumberFormat('en', { maximumSignificantDigits: 6 });

/**
 * The what-if prediction: the same columns a scored file gets for this row. `data-state` is "ready"
 * once the shown prediction belongs to the values in the form, and the values carry full precision.
 */
export function WhatIfResult({ prediction, pending }: { prediction: RowPrediction | null; pending: boolean }) {
  const [predicted, ...rest] = prediction?.columns ?? [];
  const probabilities = rest.filter((c) => c.name.startsWith(PROBABILITY_PREFIX));
  return (
    <div className="whatif-result" role="status" aria-live="polite" data-testid="whatif-result" data-state={pending || !prediction ? 'pending' : 'ready'} data-prediction={predicted?.value ?? ''}>
      {predicted ? (
        <>
          <p className="whatif-prediction">
            Prediction: <strong>{typeof predicted.value === 'number' ? valueFormat.format(predicted.value) : predicted.value}</strong>
          </p>
          {probabilities.length > 0 && (
            <ul className="whatif-probabilities">
              {probabilities.map((column) => {
                const label = column.name.slice(PROBABILITY_PREFIX.length);
                const p = Number(column.value);
                return (
                  <li key={column.name} data-testid="whatif-probability" data-class={label} data-value={column.value}>
                    <span>{label}</span> <meter min={0} max={1} value={p} /> <span>{percentFormat.format(p)}</span>
                  </li>
                );
              })}
            </ul>
          )}
          {prediction && prediction.notes.length > 0 && (
            <ul className="notes" data-testid="whatif-notes" aria-label="Notes on the values used">
              {prediction.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          )}
        </>
      ) : (
        <p className="muted">Working out the prediction…</p>
      )}
    </div>
  );
}
