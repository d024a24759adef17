import { useCallback, useMemo } from 'react';
import type { ImportanceResult } from '../../core/metrics/evaluation';
import { labelledBars, useVisChart, type Vis } from './useVisChart';
import { useWording } from './useWording';
import type { Wording } from './wording';

/** Columns drawn at most; the rest matter less and would crowd the labels. */
const MAX_BARS = 15;

/** Permutation importance by original column: a bar chart and a sentence on the top drivers. */
export function ImportanceChart({ importance }: { importance: ImportanceResult }) {
  const wording = useWording();
  const { t } = wording;
  const metric = t(`evaluate.importance.${importance.metric}`);
  const shown = useMemo(() => importance.columns.slice(0, MAX_BARS), [importance.columns]);
  const draw = useCallback(
    (vis: Vis, container: HTMLElement) =>
      vis.render.barchart(
        container,
        // Ranks lead the labels so the chart, which sorts labels as text, keeps the order.
        labelledBars(shown.map((c, i) => ({ label: `${String(i + 1).padStart(2, '0')} ${c.name}`, value: Math.max(0, c.drop) }))),
        { width: 560, height: 300, xLabel: t('evaluate.importance.column'), yLabel: t('evaluate.importance.drop', { metric }) },
      ),
    [shown, metric, t],
  );
  const ref = useVisChart(draw, 'barchart');
  return (
    <section className="panel" aria-labelledby="importance-title">
      <h3 id="importance-title">{t('evaluate.importance.title')}</h3>
      <p data-testid="importance-sentence">{sentence(wording, importance, metric)}</p>
      <figure>
        <div ref={ref} className="chart wide" data-testid="importance-chart" data-columns={JSON.stringify(shown.map((c) => c.name))} />
        <figcaption>{t('evaluate.importance.caption', { rows: importance.rowsUsed, count: importance.repeats, metric })}</figcaption>
      </figure>
    </section>
  );
}

function sentence({ t, fixed, list }: Wording, { columns, baseline }: ImportanceResult, metric: string): string {
  const drivers = columns.filter((c) => c.drop > 0.005).slice(0, 3);
  const top = drivers[0];
  if (!top) return t('evaluate.importance.none', { metric });
  return t('evaluate.importance.drivers', { columns: list(drivers.map((c) => c.name)), top: top.name, metric, from: fixed(baseline, 3), to: fixed(baseline - top.drop, 3) });
}
