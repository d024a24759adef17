import type { TrainingResult } from '../../worker/protocol';
import { formatMetric } from '../shared/format';
import { metricEntries } from './metricWords';
import { percent } from './wording';

/** The test-split metrics, each in `metric-<key>` with its full-precision value and a plain explanation. */
export function MetricGrid({ result }: { result: TrainingResult }) {
  return (
    <dl className="metrics">
      {metricEntries(result).map((entry) => (
        <div key={entry.key} className="metric" data-testid={`metric-${entry.key}`} data-value={entry.value}>
          <dt>{entry.label}</dt>
          <dd>{entry.asPercent ? percent(entry.value) : formatMetric(entry.value)}</dd>
          <small>{entry.meaning}</small>
        </div>
      ))}
    </dl>
  );
}
