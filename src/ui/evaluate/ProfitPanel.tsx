import { useCallback, useMemo } from 'react';
import { evenlySpacedIndices } from '../../core/metrics/downsample';
import type { BinaryFigures } from '../../core/metrics/evaluation';
import { profitCurve } from '../../core/metrics/profit';
import { withElements } from '../../i18n/withElements';
import { useStore } from '../../store/store';
import { useVisChart, type Vis } from './useVisChart';
import { useWording } from './useWording';

interface Props {
  figures: BinaryFigures;
  step: number;
  onStep: (step: number) => void;
}

const CHART_POINTS = 200;

/** Campaign economics: what one contact costs, what one success brings, and the threshold that pays best. */
export function ProfitPanel({ figures, step, onStep }: Props) {
  const { t, amount, share, threshold } = useWording();
  const campaign = useStore((s) => s.campaign);
  const setCampaign = useStore((s) => s.setCampaign);
  const table = figures.thresholds;
  const curve = useMemo(() => profitCurve(table, campaign.costPerContact, campaign.valuePerSuccess), [table, campaign]);
  const draw = useCallback(
    (vis: Vis, container: HTMLElement) =>
      // A scatter plot, since tfjs-vis line charts ignore x (see points.ts).
      vis.render.scatterplot(
        container,
        { values: [evenlySpacedIndices(curve.points.length, CHART_POINTS).map((i) => ({ x: curve.points[i]!.threshold, y: curve.points[i]!.profit }))], series: [t('evaluate.profit.series')] },
        { width: 420, height: 240, xLabel: t('evaluate.profit.axisThreshold'), yLabel: t('evaluate.profit.axisProfit'), xAxisDomain: [0, 1] },
      ),
    [curve, t],
  );
  const chartRef = useVisChart(draw);
  const { best } = curve;
  const chosen = curve.points[step];
  const rows = table.positives + table.negatives;
  const positive = figures.positiveClass;
  return (
    <section className="panel" aria-labelledby="profit-title">
      <h3 id="profit-title">{t('evaluate.profit.title')}</h3>
      <div className="row">
        <AmountField label={t('evaluate.profit.cost')} value={campaign.costPerContact} testId="cost-per-contact" onValue={(v) => setCampaign({ costPerContact: v })} />
        <AmountField label={t('evaluate.profit.value', { positive })} value={campaign.valuePerSuccess} testId="value-per-success" onValue={(v) => setCampaign({ valuePerSuccess: v })} />
      </div>
      {best.profit > 0 ? (
        <p data-testid="profit-best" data-threshold={best.threshold} data-profit={best.profit}>
          {withElements({ threshold: <strong>{threshold(best.threshold)}</strong>, profit: <strong>{amount(best.profit)}</strong> }, (marks) =>
            t('evaluate.profit.best', {
              contacted: best.contacted,
              share: share(best.contacted / rows),
              reached: best.successes,
              positive,
              rows,
              perThousand: amount((best.profit / rows) * 1000),
              thousand: 1000,
              ...marks,
            }),
          )}{' '}
          <button type="button" className="link" onClick={() => onStep(best.step)} data-testid="use-best-threshold">
            {t('evaluate.profit.useBest', { threshold: threshold(best.threshold) })}
          </button>
        </p>
      ) : (
        <p data-testid="profit-best" data-threshold="" data-profit={best.profit}>
          {t('evaluate.profit.none', { positive })}
        </p>
      )}
      {chosen && (
        <p className="muted" data-testid="profit-at-threshold" data-profit={chosen.profit}>
          {t('evaluate.profit.atSlider', { threshold: threshold(chosen.threshold), contacts: chosen.contacted, reached: chosen.successes, positive, profit: amount(chosen.profit) })}
        </p>
      )}
      <figure>
        <div ref={chartRef} className="chart" data-testid="profit-chart" />
        <figcaption>{t('evaluate.profit.caption')}</figcaption>
      </figure>
    </section>
  );
}

/** A non-negative amount; what is typed stays as typed, and only readable amounts reach the store. */
function AmountField({ label, value, testId, onValue }: { label: string; value: number; testId: string; onValue: (value: number) => void }) {
  return (
    <label className="field">
      <span>{label}</span>
      <input
        type="number"
        min={0}
        step="any"
        defaultValue={value}
        data-testid={testId}
        onChange={(event) => {
          const typed = event.target.value.trim();
          if (typed !== '' && Number(typed) >= 0) onValue(Number(typed));
        }}
      />
    </label>
  );
}
