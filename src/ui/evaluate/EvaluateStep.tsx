import { useStore } from '../../store/store';
import { Section } from '../shared/Section';
import { formatCount, formatMetric } from '../shared/format';

const METRIC_WORDS: Record<string, string> = {
  accuracy: 'Accuracy: share of test rows predicted right',
  auc: 'ROC AUC: how well it ranks positives above negatives (0.5 is chance, 1 is perfect)',
  precision: 'Precision: of those flagged, the share that are right',
  recall: 'Recall: of the real positives, the share found',
  f1: 'F1: balance of precision and recall',
  logloss: 'Log loss: penalty for confident mistakes (lower is better)',
  mae: 'MAE: typical size of an error, in the target’s units',
  rmse: 'RMSE: like MAE, but large errors count more',
  r2: 'R²: share of the variation explained (1 is perfect, 0 is no better than the mean)',
};

/** Test-split metrics, each in `metric-<key>` with its full-precision value. */
export function EvaluateStep() {
  const result = useStore((s) => s.result);
  return (
    <Section step={4} title="How good is it?" id="evaluate">
      {!result ? (
        <p className="muted">Train a model to see how it does on test rows it never saw.</p>
      ) : (
        <>
          <p className="muted">
            Measured on {formatCount(result.rows.test)} test rows held out from training ({formatCount(result.rows.train)} trained on, {formatCount(result.rows.validation)} used for early stopping).
          </p>
          <dl className="metrics">
            {Object.entries(result.metrics).map(([key, value]) => (
              <div key={key} className="metric" data-testid={`metric-${key}`} data-value={value}>
                <dt title={METRIC_WORDS[key]}>{key}</dt>
                <dd>{formatMetric(value)}</dd>
                <small>{METRIC_WORDS[key]}</small>
              </div>
            ))}
          </dl>
        </>
      )}
    </Section>
  );
}
