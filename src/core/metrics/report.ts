/**
 * The figures the Evaluate step shows, one function per task. The key names of these interfaces are a
 * public contract: the worker sends them to the UI, the model card and exports store them, so rename
 * nothing here without a migration.
 */
import { averagePrecision, binaryLogLoss, confusionAtThreshold, rocAuc, type Confusion } from './binary';
import { argmaxRows, confusionMatrix, multiclassLogLoss } from './multiclass';
import { operatingPoint } from './operatingPoint';
import { mean, precisionRecallF1 } from './ratios';
import { meanAbsoluteError, meanAbsolutePercentageError, r2Score, rootMeanSquaredError } from './regression';

export interface BinaryReport {
  accuracy: number;
  /** Mean of the recalls of the classes present in the labels (scikit-learn's definition). */
  balancedAccuracy: number;
  /** Of the positive class (label 1); 0 when nothing is predicted positive. */
  precision: number;
  recall: number;
  f1: number;
  /** ROC AUC; NaN when the labels hold one class only. */
  auc: number;
  /** Average precision (step-wise area under the PR curve), as scikit-learn's `average_precision_score`. */
  prAuc: number;
  logloss: number;
  /** The operating point: `prob >= threshold` is predicted positive. */
  threshold: number;
  confusion: Confusion;
}

/** Every binary figure at one threshold. Threshold-free figures (AUC, PR AUC, log loss) ignore it. */
export function binaryReport(labels: ArrayLike<number>, probs: ArrayLike<number>, threshold = 0.5): BinaryReport {
  const confusion = confusionAtThreshold(labels, probs, threshold);
  return {
    ...operatingPoint(confusion),
    auc: rocAuc(labels, probs),
    prAuc: averagePrecision(labels, probs),
    logloss: binaryLogLoss(labels, probs),
    threshold,
    confusion,
  };
}

export interface ClassFigures {
  precision: number;
  recall: number;
  f1: number;
  /** Number of rows whose true class is this one. */
  support: number;
}

export interface MulticlassReport {
  accuracy: number;
  /** Mean recall over the classes present in the labels. */
  balancedAccuracy: number;
  /** Macro averages: every class weighs the same, however rare. */
  precision: number;
  recall: number;
  f1: number;
  logloss: number;
  /** One entry per class index 0…k−1. */
  perClass: ClassFigures[];
  /** `confusion[true][predicted]`. */
  confusion: number[][];
}

/**
 * Every multiclass figure, predicting the most probable class of each row.
 *
 * The macro averages run over the classes that occur in the labels or the predictions, which is what
 * scikit-learn does by default (`labels=None`). A class that appears in neither has no precision or
 * recall to speak of; counting it as 0 would punish the model for a class the test split lacks.
 * `perClass` still lists all k classes.
 */
export function multiclassReport(labels: ArrayLike<number>, probs: ArrayLike<number>, k: number): MulticlassReport {
  // Checks k, the n×k shape and the label range before anything else reads the arrays.
  const logloss = multiclassLogLoss(labels, probs, k);
  const confusion = confusionMatrix(labels, argmaxRows(probs, k), k);
  const perClass: ClassFigures[] = [];
  const seen: ClassFigures[] = [];
  const supported: ClassFigures[] = [];
  let correct = 0;
  for (let c = 0; c < k; c++) {
    const row = confusion[c] as number[];
    const tp = row[c] as number;
    let support = 0;
    let predicted = 0;
    for (let other = 0; other < k; other++) {
      support += row[other] as number;
      predicted += (confusion[other] as number[])[c] as number;
    }
    const figures: ClassFigures = { ...precisionRecallF1(tp, predicted - tp, support - tp), support };
    perClass.push(figures);
    if (support > 0 || predicted > 0) seen.push(figures);
    if (support > 0) supported.push(figures);
    correct += tp;
  }
  return {
    accuracy: correct / labels.length,
    balancedAccuracy: mean(supported.map((f) => f.recall)),
    precision: mean(seen.map((f) => f.precision)),
    recall: mean(seen.map((f) => f.recall)),
    f1: mean(seen.map((f) => f.f1)),
    logloss,
    perClass,
    confusion,
  };
}

export interface RegressionReport {
  mae: number;
  rmse: number;
  r2: number;
  /** A fraction (0.25 = 25 %), as scikit-learn returns it. */
  mape: number;
}

export function regressionReport(yTrue: ArrayLike<number>, yPred: ArrayLike<number>): RegressionReport {
  return {
    mae: meanAbsoluteError(yTrue, yPred),
    rmse: rootMeanSquaredError(yTrue, yPred),
    r2: r2Score(yTrue, yPred),
    mape: meanAbsolutePercentageError(yTrue, yPred),
  };
}
