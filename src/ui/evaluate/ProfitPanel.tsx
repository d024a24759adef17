import { useCallback, useMemo } from 'react';
import { evenlySpacedIndices } from '../../core/metrics/downsample';
import type { BinaryFigures } from '../../core/metrics/evaluation';
import { profitCurve } from '../../core/metrics/profit';
import { useStore } from '../../store/store';
import { formatCount } from '../shared/format';
import { useVisChart, type Vis } from './useVisChart';
import { amount, percent, quoted, thresholdText } from './wording';

interface Props {
  figures: BinaryFigures;
  step: number;
  onStep: (step: number) => void;
}

const CHART_POINTS = 200;

/** Campaign economics: what one contact costs, what one success brings, and the threshold that pays best. */
export function ProfitPanel({ figures, step, onStep }: Props) {
  const campaign = useStore((s) => s.campaign);
  const setCampaign = useStore((s) => s.setCampaign);
  const table = figures.thresholds;
  const curve = useMemo(() => profitCurve(table, campaign.costPerContact, campaign.valuePerSuccess), [table, campaign]);
  const draw = useCallback(
    (vis: Vis, container: HTMLElement) =>
      // A scatter plot, since tfjs-vis line charts ignore x (see points.ts).
      vis.render.scatterplot(
        container,
        { values: [evenlySpacedIndices(curve.points.length, CHART_POINTS).map((i) => ({ x: curve.points[i]!.threshold, y: curve.points[i]!.profit }))], series: ['profit'] },
        { width: 420, height: 240, xLabel: 'threshold', yLabel: 'profit on the test rows', xAxisDomain: [0, 1] },
      ),
    [curve],
  );
  const chartRef = useVisChart(draw);
  const { best } = curve;
  const chosen = curve.points[step];
  const rows = table.positives + table.negatives;
  const positive = quoted(figures.positiveClass);
  return (
    <section className="panel" aria-labelledby="profit-title">
      <h3 id="profit-title">Which threshold pays best?</h3>
      <div className="row">
        <AmountField label="Cost of contacting one row (a call, a discount)" value={campaign.costPerContact} testId="cost-per-contact" onValue={(v) => setCampaign({ costPerContact: v })} />
        <AmountField label={`Value of one contacted ${positive} case (a customer kept, a sale)`} value={campaign.valuePerSuccess} testId="value-per-success" onValue={(v) => setCampaign({ valuePerSuccess: v })} />
      </div>
      {best.profit > 0 ? (
        <p data-testid="profit-best" data-threshold={best.threshold} data-profit={best.profit}>
          Best threshold: <strong>{thresholdText(best.threshold)}</strong>. Contacting the {formatCount(best.contacted)} test rows scoring at least that ({percent(best.contacted / rows)}) reaches{' '}
          {formatCount(best.successes)} {positive} cases and earns <strong>{amount(best.profit)}</strong> on these {formatCount(rows)} rows, about {amount((best.profit / rows) * 1000)} per 1,000 rows scored.{' '}
          <button type="button" className="link" onClick={() => onStep(best.step)} data-testid="use-best-threshold">
            Use {thresholdText(best.threshold)} on the slider
          </button>
        </p>
      ) : (
        <p data-testid="profit-best" data-threshold="" data-profit={best.profit}>
          At these figures no threshold pays: each contact costs more than the {positive} cases it reaches bring. Raise the value of a success or lower the cost of a contact.
        </p>
      )}
      {chosen && (
        <p className="muted" data-testid="profit-at-threshold" data-profit={chosen.profit}>
          At the slider’s threshold ({thresholdText(chosen.threshold)}): {formatCount(chosen.contacted)} contacts, {formatCount(chosen.successes)} {positive} cases reached, profit {amount(chosen.profit)}.
        </p>
      )}
      <figure>
        <div ref={chartRef} className="chart" data-testid="profit-chart" />
        <figcaption>Profit on the test rows for every threshold: successes × value − contacts × cost.</figcaption>
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
