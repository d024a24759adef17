import { useCallback, useState } from 'react';
import type { BinaryFigures } from '../../core/metrics/evaluation';
import { pointsOf, referenceLine } from './points';
import { useVisChart, type Vis } from './useVisChart';
import { percent, quoted } from './wording';

const SIZE = { width: 360, height: 240 };

/** Cumulative gains and lift: the marketer's reading of a ranking ("contact the top 20% and reach 61%"). */
export function GainsPanel({ figures }: { figures: BinaryFigures }) {
  const { gains } = figures;
  const [sharePercent, setSharePercent] = useState(20);
  const drawGains = useCallback(
    (vis: Vis, container: HTMLElement) =>
      vis.render.scatterplot(
        container,
        { values: [[{ x: 0, y: 0 }, ...pointsOf(gains.fraction, gains.gain)], referenceLine({ x: 0, y: 0 }, { x: 1, y: 1 })], series: ['this model', 'random'] },
        { ...SIZE, xLabel: 'share of rows contacted, best scores first', yLabel: 'share of cases reached', xAxisDomain: [0, 1], yAxisDomain: [0, 1] },
      ),
    [gains],
  );
  const drawLift = useCallback(
    (vis: Vis, container: HTMLElement) =>
      vis.render.scatterplot(
        container,
        { values: [pointsOf(gains.fraction, gains.lift), referenceLine({ x: 0, y: 1 }, { x: 1, y: 1 })], series: ['this model', 'random'] },
        { ...SIZE, xLabel: 'share of rows contacted, best scores first', yLabel: 'times better than random', xAxisDomain: [0, 1] },
      ),
    [gains],
  );
  const gainsRef = useVisChart(drawGains);
  const liftRef = useVisChart(drawLift);
  if (gains.fraction.length === 0) return null;
  const index = Math.min(gains.fraction.length, Math.max(1, Math.round(sharePercent))) - 1;
  const reached = gains.gain[index] as number;
  const lift = gains.lift[index] as number;
  const share = gains.fraction[index] as number;
  return (
    <section className="panel" aria-labelledby="gains-title">
      <h3 id="gains-title">Who to contact first</h3>
      <label className="field">
        <span>Share of rows you can contact (%)</span>
        <input type="number" min={1} max={100} step={1} value={sharePercent} onChange={(e) => setSharePercent(Number(e.target.value) || 1)} data-testid="gains-share" />
      </label>
      <p data-testid="gains-sentence" data-share={share} data-reached={reached}>
        Contact the top {percent(share)} of rows by the model’s score and you reach <strong>{percent(reached)}</strong> of all {quoted(figures.positiveClass)} cases:{' '}
        {lift.toFixed(1)} times as many as contacting {percent(share)} at random.
      </p>
      <div className="charts">
        <figure>
          <div ref={gainsRef} className="chart" data-testid="gains-chart" />
          <figcaption>Cumulative gains: the share of {quoted(figures.positiveClass)} cases reached as you contact more rows, best scores first.</figcaption>
        </figure>
        <figure>
          <div ref={liftRef} className="chart" data-testid="lift-chart" />
          <figcaption>Lift: how many times better than random each contact depth is; it always ends at 1, when everyone is contacted.</figcaption>
        </figure>
      </div>
    </section>
  );
}
