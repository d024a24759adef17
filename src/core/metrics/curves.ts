/**
 * Cumulative gains and lift: "if we contact the top x % of rows by score, what share of all positives
 * do we reach, and how many times better is that than contacting x % at random?" This is the chart a
 * marketing or triage user reads, where ROC is the chart a modeller reads.
 */
import { countsAtThresholds } from './ranking';

export interface GainsCurve {
  /** Share of rows contacted, 1/points, 2/points, …, 1 (the origin is implied and left out). */
  fraction: number[];
  /** Share of all positives among the contacted rows, in [0, 1]. */
  gain: number[];
  /** `gain / fraction`: 1 is no better than random, and it always ends at 1. */
  lift: number[];
}

/**
 * Gains and lift at `points` evenly spaced fractions of the rows, best scores first.
 *
 * When the cut falls inside a group of tied scores, that group counts in proportion to how much of it
 * is contacted (the expected result of breaking the tie at random). Breaking it by row order instead
 * would make the curve depend on how the file happened to be sorted. NaN gains and lifts when there
 * are no positives (or no rows), since "share of the positives" is then undefined. Throws on NaN scores.
 */
export function gainsCurve(labels: ArrayLike<number>, scores: ArrayLike<number>, points = 100): GainsCurve {
  if (!Number.isInteger(points) || points < 1) {
    throw new RangeError(`gainsCurve: points must be a positive integer, got ${points}.`);
  }
  const { tps, fps, positives } = countsAtThresholds(labels, scores, 'gainsCurve');
  const n = labels.length;
  const fraction: number[] = [];
  const gain: number[] = [];
  const lift: number[] = [];
  let group = 0;
  let rowsBefore = 0;
  let tpBefore = 0;
  for (let i = 1; i <= points; i++) {
    // Multiply before dividing so that whole row counts come out exact (0.29 * 100 is not 29).
    const contacted = (i * n) / points;
    while (group < tps.length && (tps[group] as number) + (fps[group] as number) < contacted) {
      rowsBefore = (tps[group] as number) + (fps[group] as number);
      tpBefore = tps[group] as number;
      group++;
    }
    let captured = tpBefore;
    if (group < tps.length) {
      const rowsInGroup = (tps[group] as number) + (fps[group] as number) - rowsBefore;
      captured += (((tps[group] as number) - tpBefore) * (contacted - rowsBefore)) / rowsInGroup;
    }
    const share = positives > 0 ? captured / positives : NaN;
    const f = i / points;
    fraction.push(f);
    gain.push(share);
    lift.push(share / f);
  }
  return { fraction, gain, lift };
}
