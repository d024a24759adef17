import type { Histogram } from '../../core/csv/columnStats';
import type { CategoryCount } from '../../core/csv/profile';
import { useT } from '../../i18n/useT';
import { formatStat } from './formatStats';

const WIDTH = 120;
const HEIGHT = 32;

/** A small histogram of numbers or dates: light SVG, so hundreds of columns stay cheap to draw. */
export function HistogramChart({ histogram, label, formatEdge }: { histogram: Histogram; label: string; formatEdge?: (value: number) => string }) {
  const tr = useT();
  const edge = formatEdge ?? ((value: number) => formatStat(value, tr));
  const peak = Math.max(1, ...histogram.counts);
  const barWidth = WIDTH / histogram.counts.length;
  const end = histogram.start + histogram.width * histogram.counts.length;
  return (
    <svg className="mini-chart" width={WIDTH} height={HEIGHT} role="img" aria-label={tr.t('chart.range', { label, from: edge(histogram.start), to: edge(end) })}>
      {histogram.counts.map((count, i) => {
        const height = count === 0 ? 0 : Math.max(1, (count / peak) * HEIGHT);
        return (
          <rect key={i} x={i * barWidth} y={HEIGHT - height} width={Math.max(1, barWidth - 1)} height={height}>
            <title>{tr.t('chart.bin', { from: edge(histogram.start + i * histogram.width), to: edge(histogram.start + (i + 1) * histogram.width), count })}</title>
          </rect>
        );
      })}
    </svg>
  );
}

/** Horizontal bars for the most frequent values; the values are text nodes, never markup. */
export function CategoryBars({ counts, total, limit = 5, testId }: { counts: CategoryCount[]; total: number; limit?: number; testId?: string }) {
  const tr = useT();
  const shown = counts.slice(0, limit);
  const peak = Math.max(1, ...shown.map((c) => c.count));
  return (
    <ul className="category-bars" data-testid={testId}>
      {shown.map((c) => (
        <li key={c.value} data-value={c.value} data-count={c.count}>
          <span className="category-name">{c.value}</span>
          <span className="category-bar" style={{ width: `${(c.count / peak) * 100}%` }} aria-hidden="true" />
          <span className="category-count">{total > 0 ? tr.percent(c.count / total, 1) : tr.number(c.count)}</span>
        </li>
      ))}
      {counts.length > limit && <li className="muted">{tr.t('chart.more', { count: counts.length - limit })}</li>}
    </ul>
  );
}
