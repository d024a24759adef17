import { useCallback, useState } from 'react';
import type { BinaryFigures } from '../../core/metrics/evaluation';
import { withElements } from '../../i18n/withElements';
import { pointsOf, referenceLine } from './points';
import { useVisChart, type Vis } from './useVisChart';
import { useWording } from './useWording';

const SIZE = { width: 360, height: 240 };

/** Cumulative gains and lift: the marketer's reading of a ranking ("contact the top 20% and reach 61%"). */
export function GainsPanel({ figures }: { figures: BinaryFigures }) {
  const { t, share: shareText, fixed } = useWording();
  const { gains } = figures;
  const [sharePercent, setSharePercent] = useState(20);
  const drawGains = useCallback(
    (vis: Vis, container: HTMLElement) =>
      vis.render.scatterplot(
        container,
        { values: [[{ x: 0, y: 0 }, ...pointsOf(gains.fraction, gains.gain)], referenceLine({ x: 0, y: 0 }, { x: 1, y: 1 })], series: [t('evaluate.series.model'), t('evaluate.series.random')] },
        { ...SIZE, xLabel: t('evaluate.axis.contacted'), yLabel: t('evaluate.axis.reached'), xAxisDomain: [0, 1], yAxisDomain: [0, 1] },
      ),
    [gains, t],
  );
  const drawLift = useCallback(
    (vis: Vis, container: HTMLElement) =>
      vis.render.scatterplot(
        container,
        { values: [pointsOf(gains.fraction, gains.lift), referenceLine({ x: 0, y: 1 }, { x: 1, y: 1 })], series: [t('evaluate.series.model'), t('evaluate.series.random')] },
        { ...SIZE, xLabel: t('evaluate.axis.contacted'), yLabel: t('evaluate.axis.lift'), xAxisDomain: [0, 1] },
      ),
    [gains, t],
  );
  const gainsRef = useVisChart(drawGains);
  const liftRef = useVisChart(drawLift);
  if (gains.fraction.length === 0) return null;
  const index = Math.min(gains.fraction.length, Math.max(1, Math.round(sharePercent))) - 1;
  const reached = gains.gain[index] as number;
  const lift = gains.lift[index] as number;
  const share = gains.fraction[index] as number;
  const positive = figures.positiveClass;
  return (
    <section className="panel" aria-labelledby="gains-title">
      <h3 id="gains-title">{t('evaluate.gains.title')}</h3>
      <label className="field">
        <span>{t('evaluate.gains.share')}</span>
        <input type="number" min={1} max={100} step={1} value={sharePercent} onChange={(e) => setSharePercent(Number(e.target.value) || 1)} data-testid="gains-share" />
      </label>
      <p data-testid="gains-sentence" data-share={share} data-reached={reached}>
        {withElements({ reached: <strong>{shareText(reached)}</strong> }, (marks) =>
          t('evaluate.gains.sentence', { share: shareText(share), positive, lift: fixed(lift, 1), ...marks }),
        )}
      </p>
      <div className="charts">
        <figure>
          <div ref={gainsRef} className="chart" data-testid="gains-chart" />
          <figcaption>{t('evaluate.gains.caption', { positive })}</figcaption>
        </figure>
        <figure>
          <div ref={liftRef} className="chart" data-testid="lift-chart" />
          <figcaption>{t('evaluate.lift.caption')}</figcaption>
        </figure>
      </div>
    </section>
  );
}
