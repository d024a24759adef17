/**
 * The figures that depend on where the decision threshold sits, read off the four counts alone. Both the
 * test report and the live threshold slider use this one definition, so the slider at the model's own
 * threshold shows exactly the headline figures.
 */
import type { Confusion } from './binary';
import { mean, precisionRecallF1 } from './ratios';

export interface OperatingPoint {
  accuracy: number;
  /** Mean of the recalls of the classes present (scikit-learn's definition). */
  balancedAccuracy: number;
  /** Of the positive class; 0 when nothing is predicted positive. */
  precision: number;
  recall: number;
  f1: number;
}

export function operatingPoint(confusion: Confusion): OperatingPoint {
  const { tp, fp, tn, fn } = confusion;
  const presentRecalls: number[] = [];
  if (tp + fn > 0) presentRecalls.push(tp / (tp + fn));
  if (tn + fp > 0) presentRecalls.push(tn / (tn + fp));
  return {
    accuracy: (tp + tn) / (tp + fp + tn + fn),
    balancedAccuracy: mean(presentRecalls),
    ...precisionRecallF1(tp, fp, fn),
  };
}
