import { useCallback, useMemo } from 'react';
import type { ImportanceResult } from '../../core/metrics/evaluation';
import { formatCount } from '../shared/format';
import { labelledBars, useVisChart, type Vis } from './useVisChart';
import { quoted } from './wording';

/** Columns drawn at most; the rest matter less and would crowd the labels. */
const MAX_BARS = 15;

/** Permutation importance by original column: a bar chart and a sentence on the top drivers. */
export function ImportanceChart({ importance }: { importance: ImportanceResult }) {
  const shown = useMemo(() => importance.columns.slice(0, MAX_BARS), [importance.columns]);
  const draw = useCallback(
    (vis: Vis, container: HTMLElement) =>
      vis.render.barchart(
        container,
        // Ranks lead the labels so the chart, which sorts labels as text, keeps the order.
        labelledBars(shown.map((c, i) => ({ label: `${String(i + 1).padStart(2, '0')} ${c.name}`, value: Math.max(0, c.drop) }))),
        { width: 560, height: 300, xLabel: 'column', yLabel: `drop in ${importance.metricName} when shuffled` },
      ),
    [shown, importance.metricName],
  );
  const ref = useVisChart(draw);
  return (
    <section className="panel" aria-labelledby="importance-title">
      <h3 id="importance-title">What drives the predictions?</h3>
      <p data-testid="importance-sentence">{sentence(importance)}</p>
      <figure>
        <div ref={ref} className="chart wide" data-testid="importance-chart" data-columns={JSON.stringify(shown.map((c) => c.name))} />
        <figcaption>
          Each column’s values were shuffled among {formatCount(importance.rowsUsed)} test rows ({importance.repeats} {importance.repeats === 1 ? 'time' : 'times'}) and the {importance.metricName}{' '}
          measured again: the bigger the drop, the more the model relies on that column. This shows what the model uses, not what causes the outcome.
        </figcaption>
      </figure>
    </section>
  );
}

function sentence({ columns, baseline, metricName }: ImportanceResult): string {
  const drivers = columns.filter((c) => c.drop > 0.005).slice(0, 3);
  const top = drivers[0];
  if (!top) return `No single column moves the ${metricName} when shuffled: the model either spreads its attention thinly or has learnt little.`;
  const names = drivers.map((c) => quoted(c.name));
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  return `The model leans most on ${list}: shuffling ${quoted(top.name)} alone takes its ${metricName} from ${baseline.toFixed(3)} to ${(baseline - top.drop).toFixed(3)}.`;
}
