import type { Evaluation } from '../../core/metrics/evaluation';
import type { Translator } from '../../i18n/translator';
import type { TrainingResult } from '../../worker/protocol';

export interface MetricEntry {
  /** The `metric-<key>` hook. */
  key: string;
  label: string;
  value: number;
  /** What the figure means, in plain words. */
  meaning: string;
  /** Shown as a percentage (MAPE) rather than a decimal. */
  asPercent?: boolean;
}

/** The metrics the catalogue names and explains (`evaluate.metric.<key>`, `evaluate.meaning.<key>`). */
const NAMED = ['accuracy', 'balanced_accuracy', 'precision', 'recall', 'f1', 'auc', 'pr_auc', 'logloss', 'mae', 'rmse', 'r2', 'mape'] as const;
type NamedMetric = (typeof NAMED)[number];
const isNamed = (key: string): key is NamedMetric => (NAMED as readonly string[]).includes(key);

const ORDER: Record<TrainingResult['task'], string[]> = {
  binary: ['accuracy', 'balanced_accuracy', 'precision', 'recall', 'f1', 'auc', 'pr_auc', 'logloss'],
  multiclass: ['accuracy', 'balanced_accuracy', 'precision', 'recall', 'f1', 'logloss'],
  regression: ['mae', 'rmse', 'r2', 'mape'],
};

/** Figures the evaluation adds to the contract's headline metrics. */
function extraFigures(evaluation: Evaluation | undefined): Record<string, number> {
  const figures = evaluation?.figures;
  if (!figures) return {};
  if (figures.task === 'binary') return { balanced_accuracy: figures.report.balancedAccuracy, pr_auc: figures.report.prAuc };
  if (figures.task === 'multiclass') return { balanced_accuracy: figures.report.balancedAccuracy };
  return { mape: figures.report.mape };
}

/** A metric's name in the person's language; an unknown key is shown as it is. */
export const metricLabel = (t: Translator['t'], key: string) => (isNamed(key) ? t(`evaluate.metric.${key}`) : key);

/** The test metrics in reading order: the contract's keys with the evaluation's extra figures among them. */
export function metricEntries(result: TrainingResult, t: Translator['t']): MetricEntry[] {
  const values: Record<string, number> = { ...result.metrics, ...extraFigures(result.evaluation) };
  const known = ORDER[result.task].filter((key) => key in values);
  const others = Object.keys(values).filter((key) => !known.includes(key));
  return [...known, ...others].map((key) => ({
    key,
    label: metricLabel(t, key),
    meaning: isNamed(key) ? t(`evaluate.meaning.${key}`) : '',
    value: values[key] as number,
    asPercent: key === 'mape',
  }));
}
