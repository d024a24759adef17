import { useMemo } from 'react';
import type { BinaryFigures } from '../../core/metrics/evaluation';
import { figuresAtStep, thresholdAtStep } from '../../core/metrics/thresholds';
import { formatCount, formatMetric } from '../shared/format';
import { binaryMatrix, ConfusionChart } from './ConfusionChart';
import { metricLabel } from './metricWords';
import { percent, quoted, thresholdText } from './wording';

interface Props {
  figures: BinaryFigures;
  /** The chosen grid step (threshold = step / steps). */
  step: number;
  onStep: (step: number) => void;
}

const SHOWN = ['precision', 'recall', 'f1', 'accuracy', 'balancedAccuracy'] as const;
const HOOK_KEYS: Record<(typeof SHOWN)[number], string> = { precision: 'precision', recall: 'recall', f1: 'f1', accuracy: 'accuracy', balancedAccuracy: 'balanced_accuracy' };

/**
 * The decision-threshold slider. Everything here is recomputed on the page from the threshold table,
 * instantly; the headline test metrics above stay at the model's own threshold.
 */
export function ThresholdPanel({ figures, step, onStep }: Props) {
  const table = figures.thresholds;
  const at = useMemo(() => figuresAtStep(table, step), [table, step]);
  const matrix = useMemo(() => binaryMatrix(at.confusion), [at.confusion]);
  const labels = useMemo(() => [figures.negativeClass, figures.positiveClass], [figures.negativeClass, figures.positiveClass]);
  const positive = quoted(figures.positiveClass);
  const { tp, fp } = at.confusion;
  const rows = table.positives + table.negatives;
  return (
    <section className="panel" aria-labelledby="threshold-title">
      <h3 id="threshold-title">Where to draw the line</h3>
      <p className="muted">
        The model flags a row as {positive} when its probability is at least {thresholdText(figures.report.threshold)}; the figures above use that threshold and stay put. Move the
        slider to see what another threshold would do on the same test rows.
      </p>
      <label className="field threshold-field">
        <span>
          Flag as {positive} from probability <output data-testid="threshold-value">{thresholdText(at.threshold)}</output>
        </span>
        <input
          type="range"
          min={0}
          max={table.steps}
          step={1}
          value={step}
          onChange={(event) => onStep(Number(event.target.value))}
          data-testid="threshold-slider"
          data-threshold={at.threshold}
          aria-valuetext={`threshold ${thresholdText(at.threshold)}`}
        />
      </label>
      <p data-testid="threshold-sentence">
        At {thresholdText(at.threshold)} the model flags {formatCount(tp + fp)} of {formatCount(rows)} test rows ({percent(at.flaggedShare)}): it finds {formatCount(tp)} of the{' '}
        {formatCount(table.positives)} {positive} cases ({percent(at.recall)}), and {formatCount(fp)} of those flagged are not {positive} (false alarms).
      </p>
      <div className="threshold-body">
        <dl className="metrics compact">
          {SHOWN.map((key) => (
            <div key={key} className="metric" data-testid={`threshold-metric-${HOOK_KEYS[key]}`} data-value={at[key]}>
              <dt>{metricLabel(HOOK_KEYS[key])}</dt>
              <dd>{formatMetric(at[key])}</dd>
            </div>
          ))}
        </dl>
        <figure>
          <ConfusionChart matrix={matrix} labels={labels} testId="threshold-confusion" />
          <figcaption>Test rows by actual and predicted class at threshold {thresholdText(thresholdAtStep(table, step))}.</figcaption>
        </figure>
      </div>
    </section>
  );
}
