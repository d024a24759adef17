import { useMemo } from 'react';
import type { BinaryFigures } from '../../core/metrics/evaluation';
import { figuresAtStep, thresholdAtStep } from '../../core/metrics/thresholds';
import { withElements } from '../../i18n/withElements';
import { binaryMatrix, ConfusionChart } from './ConfusionChart';
import { metricLabel } from './metricWords';
import { useWording } from './useWording';

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
  const { t, share, threshold, metric } = useWording();
  const table = figures.thresholds;
  const at = useMemo(() => figuresAtStep(table, step), [table, step]);
  const matrix = useMemo(() => binaryMatrix(at.confusion), [at.confusion]);
  const labels = useMemo(() => [figures.negativeClass, figures.positiveClass], [figures.negativeClass, figures.positiveClass]);
  const positive = figures.positiveClass;
  const { tp, fp } = at.confusion;
  const rows = table.positives + table.negatives;
  return (
    <section className="panel" aria-labelledby="threshold-title">
      <h3 id="threshold-title">{t('evaluate.threshold.title')}</h3>
      <p className="muted">{t('evaluate.threshold.intro', { positive, threshold: threshold(figures.report.threshold) })}</p>
      <label className="field threshold-field">
        <span>
          {withElements({ threshold: <output data-testid="threshold-value">{threshold(at.threshold)}</output> }, (marks) => t('evaluate.threshold.slider', { positive, ...marks }))}
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
          aria-valuetext={t('evaluate.threshold.valueText', { threshold: threshold(at.threshold) })}
        />
      </label>
      <p data-testid="threshold-sentence">
        {t('evaluate.threshold.sentence', {
          threshold: threshold(at.threshold),
          flagged: tp + fp,
          rows,
          flaggedShare: share(at.flaggedShare),
          found: tp,
          positives: table.positives,
          positive,
          recall: share(at.recall),
          falseAlarms: fp,
        })}
      </p>
      <div className="threshold-body">
        <dl className="metrics compact">
          {SHOWN.map((key) => (
            <div key={key} className="metric" data-testid={`threshold-metric-${HOOK_KEYS[key]}`} data-value={at[key]}>
              <dt>{metricLabel(t, HOOK_KEYS[key])}</dt>
              <dd>{metric(at[key])}</dd>
            </div>
          ))}
        </dl>
        <figure>
          <ConfusionChart matrix={matrix} labels={labels} testId="threshold-confusion" />
          <figcaption>{t('evaluate.threshold.confusion', { threshold: threshold(thresholdAtStep(table, step)) })}</figcaption>
        </figure>
      </div>
    </section>
  );
}
