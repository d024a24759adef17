import type { Evaluation } from '../../core/metrics/evaluation';
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

const WORDS: Record<string, { label: string; meaning: string }> = {
  accuracy: { label: 'Accuracy', meaning: 'Share of test rows predicted right.' },
  balanced_accuracy: { label: 'Balanced accuracy', meaning: 'Accuracy with every class counting equally, so a rare class is not drowned out (0.5 is a coin toss for two classes).' },
  precision: { label: 'Precision', meaning: 'Of the rows the model flags, the share that are right.' },
  recall: { label: 'Recall', meaning: 'Of the real cases, the share the model finds.' },
  f1: { label: 'F1', meaning: 'One figure balancing precision and recall (1 is perfect).' },
  auc: { label: 'ROC AUC', meaning: 'How well it ranks real cases above the others: 0.5 is chance, 1 is perfect.' },
  pr_auc: { label: 'PR AUC', meaning: 'Average precision across all thresholds; compare it with the share of real cases, which is what chance scores.' },
  logloss: { label: 'Log loss', meaning: 'Penalty for confident mistakes; lower is better.' },
  mae: { label: 'MAE', meaning: 'Typical size of an error, in the target’s own units.' },
  rmse: { label: 'RMSE', meaning: 'Like MAE, but large errors count more.' },
  r2: { label: 'R²', meaning: 'Share of the variation explained: 1 is perfect, 0 is no better than always guessing the average.' },
  mape: { label: 'MAPE', meaning: 'Typical error as a share of the true value; misleading when true values are near zero.' },
};

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

/** The test metrics in reading order: the contract's keys with the evaluation's extra figures among them. */
export function metricEntries(result: TrainingResult): MetricEntry[] {
  const values: Record<string, number> = { ...result.metrics, ...extraFigures(result.evaluation) };
  const known = ORDER[result.task].filter((key) => key in values);
  const others = Object.keys(values).filter((key) => !known.includes(key));
  return [...known, ...others].map((key) => ({
    key,
    label: WORDS[key]?.label ?? key,
    meaning: WORDS[key]?.meaning ?? '',
    value: values[key] as number,
    asPercent: key === 'mape',
  }));
}

export const metricLabel = (key: string) => WORDS[key]?.label ?? key;
