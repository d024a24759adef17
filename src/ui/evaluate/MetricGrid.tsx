import type { TrainingResult } from '../../worker/protocol';
import { metricEntries } from './metricWords';
import { useWording } from './useWording';

/** The test-split metrics, each in `metric-<key>` with its full-precision value and a plain explanation. */
export function MetricGrid({ result }: { result: TrainingResult }) {
  const { t, share, metric } = useWording();
  return (
    <dl className="metrics">
      {metricEntries(result, t).map((entry) => (
        <div key={entry.key} className="metric" data-testid={`metric-${entry.key}`} data-value={entry.value}>
          <dt>{entry.label}</dt>
          <dd>{entry.asPercent ? share(entry.value) : metric(entry.value)}</dd>
          <dd className="metric-meaning">{entry.meaning}</dd>
        </div>
      ))}
    </dl>
  );
}
