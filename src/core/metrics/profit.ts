/**
 * Campaign economics: contacting one customer costs `costPerContact`, and each contacted positive (a
 * churner kept, a lead won) brings `valuePerSuccess`. Contacting everyone at or above a threshold then
 * earns `successes × value − contacts × cost`. Read off the threshold table, so it is exact at every
 * grid threshold and instant to recompute while a person types.
 */
import { thresholdAtStep, type ThresholdTable } from './thresholds';

export interface ProfitPoint {
  step: number;
  threshold: number;
  contacted: number;
  successes: number;
  profit: number;
}

export interface ProfitCurve {
  /** One point per grid step, lowest threshold first. */
  points: ProfitPoint[];
  /** The most profitable threshold; among equal profits, the highest (fewest contacts for the same money). */
  best: ProfitPoint;
}

export function profitCurve(table: ThresholdTable, costPerContact: number, valuePerSuccess: number): ProfitCurve {
  const points: ProfitPoint[] = [];
  for (let k = 0; k <= table.steps; k++) {
    const successes = table.truePositives[k] ?? 0;
    const contacted = successes + (table.falsePositives[k] ?? 0);
    points.push({ step: k, threshold: thresholdAtStep(table, k), contacted, successes, profit: successes * valuePerSuccess - contacted * costPerContact });
  }
  let best = points[0] as ProfitPoint;
  for (const point of points) if (point.profit >= best.profit) best = point;
  return { points, best };
}
