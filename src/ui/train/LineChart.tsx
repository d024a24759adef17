/** One line of a chart; `points` need not share x values with the other lines. */
export interface ChartSeries {
  name: string;
  points: readonly { x: number; y: number }[];
  /** A CSS class giving the line its colour (see train.css). */
  tone: 'training' | 'validation' | 'batch';
}

interface LineChartProps {
  series: readonly ChartSeries[];
  xLabel: string;
  yLabel: string;
  /** The chart's name for assistive technology, e.g. "loss by epoch". */
  label: string;
  testId: string;
}

const WIDTH = 420;
const HEIGHT = 236;
// The legend sits in the top margin, above the plot, so no curve runs under it.
const MARGIN = { left: 52, right: 12, top: 26, bottom: 34 };

/** Three or four round tick values across [low, high]. */
function ticks(low: number, high: number): number[] {
  const span = high - low || Math.abs(high) || 1;
  const step = 10 ** Math.floor(Math.log10(span / 3));
  const unit = [1, 2, 5, 10].map((m) => m * step).find((s) => span / s <= 4) ?? 10 * step;
  const values: number[] = [];
  for (let v = Math.ceil(low / unit) * unit; v <= high + unit * 1e-9; v += unit) values.push(Number(v.toPrecision(12)));
  return values;
}

/** A legend text's width at 11 px: about 6.3 px a Latin character, 11 px a Chinese one (no layout is read). */
const textWidth = (text: string) => [...text].reduce((sum, c) => sum + (/[\u2e80-\u9fff\uff00-\uffef]/.test(c) ? 11 : 6.3), 0);

/** Where each legend entry starts: after the previous one's swatch, text and a gap, so long names never overlap. */
function legendOffsets(series: readonly ChartSeries[]): number[] {
  let x = 0;
  return series.map((s) => {
    const at = x;
    x += 20 + textWidth(s.name) + 14;
    return at;
  });
}

const label = (value: number) => (Math.abs(value) >= 1000 ? value.toExponential(1) : String(Number(value.toPrecision(3))));

/**
 * A small SVG line chart for the live training curves. Why not tfjs-vis here: its vega renderer
 * re-lays out the whole chart on every update, 50–75 ms of main-thread work per chart, which several
 * times a second would freeze the page. Redrawing a few polylines takes well under a millisecond.
 */
export function LineChart({ series, xLabel, yLabel, label: name, testId }: LineChartProps) {
  const all = series.flatMap((s) => s.points).filter((p) => Number.isFinite(p.y));
  if (all.length === 0) return null;
  const xs = all.map((p) => p.x);
  const ys = all.map((p) => p.y);
  const [xMin, xMax] = [Math.min(0, ...xs), Math.max(1, ...xs)];
  const [yLow, yHigh] = [Math.min(...ys), Math.max(...ys)];
  const pad = (yHigh - yLow) * 0.05 || Math.abs(yHigh) * 0.05 || 0.05;
  const [yMin, yMax] = [yLow - pad, yHigh + pad];
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const px = (x: number) => MARGIN.left + ((x - xMin) / (xMax - xMin)) * plotWidth;
  const py = (y: number) => MARGIN.top + (1 - (y - yMin) / (yMax - yMin)) * plotHeight;
  const offsets = legendOffsets(series);
  return (
    <svg className="line-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width={WIDTH} height={HEIGHT} role="img" aria-label={name} data-testid={testId}>
      {ticks(yMin, yMax).map((y) => (
        <g key={`y${y}`} className="tick">
          <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={py(y)} y2={py(y)} />
          <text x={MARGIN.left - 6} y={py(y)} textAnchor="end" dominantBaseline="middle">
            {label(y)}
          </text>
        </g>
      ))}
      {ticks(xMin, xMax).map((x) => (
        <text key={`x${x}`} className="tick" x={px(x)} y={HEIGHT - MARGIN.bottom + 14} textAnchor="middle">
          {label(x)}
        </text>
      ))}
      <text className="axis-label" x={MARGIN.left + plotWidth / 2} y={HEIGHT - 4} textAnchor="middle">
        {xLabel}
      </text>
      <text className="axis-label" transform={`translate(12 ${MARGIN.top + plotHeight / 2}) rotate(-90)`} textAnchor="middle">
        {yLabel}
      </text>
      {series.map((s) => (
        <polyline key={s.name} className={`series ${s.tone}`} points={s.points.filter((p) => Number.isFinite(p.y)).map((p) => `${px(p.x).toFixed(1)},${py(p.y).toFixed(1)}`).join(' ')} />
      ))}
      <g className="legend" transform={`translate(${MARGIN.left} 10)`}>
        {series.map((s, i) => (
          <g key={s.name} transform={`translate(${offsets[i]} 0)`}>
            <line className={`series ${s.tone}`} x1={0} x2={16} y1={0} y2={0} />
            <text x={20} y={0} dominantBaseline="middle">
              {s.name}
            </text>
          </g>
        ))}
      </g>
    </svg>
  );
}
