/** Test rows the bundle check scores: enough to reach every output, few enough to take a moment. */
export const VERIFICATION_ROWS = 100;

/**
 * Largest output difference accepted between the trained model and a file reloaded from the bundle.
 * The same float32 network run by another engine differs by rounding (about 1e-7 here); anything near
 * this bound means different weights or a different computation.
 */
export const VERIFICATION_TOLERANCE = 1e-4;

/**
 * What the bundle check found: the largest absolute difference between the trained model's outputs
 * (probabilities, or the standardised value) and those of the bundle's tfjs files and model.onnx, on the
 * same raw test rows run through the bundle's preprocessing.json; or why the check failed.
 */
export type BundleVerification =
  | { ok: true; rowsCompared: number; tfjsDifference: number; onnxDifference: number }
  | { ok: false; rowsCompared: number; problem: string };

/** Largest |a - b|; Infinity when the lengths differ or a value is not finite, so a broken file cannot pass. */
export function largestDifference(expected: ArrayLike<number>, actual: ArrayLike<number>): number {
  if (expected.length !== actual.length) return Infinity;
  let largest = 0;
  for (let i = 0; i < expected.length; i++) {
    const difference = Math.abs((expected[i] as number) - (actual[i] as number));
    if (!Number.isFinite(difference)) return Infinity;
    largest = Math.max(largest, difference);
  }
  return largest;
}

/** The verdict for two measured differences. */
export function judgeDifferences(rowsCompared: number, tfjsDifference: number, onnxDifference: number): BundleVerification {
  const failing = [
    tfjsDifference > VERIFICATION_TOLERANCE ? `model.json + weights.bin differ by up to ${formatDifference(tfjsDifference)}` : null,
    onnxDifference > VERIFICATION_TOLERANCE ? `model.onnx differs by up to ${formatDifference(onnxDifference)}` : null,
  ].filter((part): part is string => part !== null);
  if (failing.length > 0) {
    return { ok: false, rowsCompared, problem: `Reloaded from the zip, ${failing.join(' and ')} from the trained model on ${rowsCompared} test rows (allowed: ${formatDifference(VERIFICATION_TOLERANCE)}).` };
  }
  return { ok: true, rowsCompared, tfjsDifference, onnxDifference };
}

/** `2e-7`, as a person reads a tiny difference; `0` when the outputs are identical. */
export function formatDifference(value: number): string {
  if (value === 0) return '0';
  if (!Number.isFinite(value)) return 'an unreadable amount';
  return value.toExponential(0).replace('e+', 'e');
}
