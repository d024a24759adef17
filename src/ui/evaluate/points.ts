/**
 * tfjs-vis draws lines only against the row index (its linechart ignores x), so curves with a real x
 * axis (ROC, precision–recall, profit, gains) are drawn as scatter plots of their points, and straight
 * reference lines as evenly spaced dots.
 */
export interface Point {
  x: number;
  y: number;
}

export const pointsOf = (xs: readonly number[], ys: readonly number[]): Point[] => xs.map((x, i) => ({ x, y: ys[i] as number }));

/** Dots along the straight line from `from` to `to`, dense enough to read as a line. */
export function referenceLine(from: Point, to: Point, count = 41): Point[] {
  return Array.from({ length: count }, (_, i) => ({ x: from.x + ((to.x - from.x) * i) / (count - 1), y: from.y + ((to.y - from.y) * i) / (count - 1) }));
}
