import { describe, expect, it } from 'vitest';
import { predictedClasses, summariseMap } from './map';

// A 2 × 2 plane over [0, 2] × [0, 2]: cells are top-left, top-right, bottom-left, bottom-right.
const plane = { x: { name: 'x', min: 0, max: 2 }, y: { name: 'y', min: 0, max: 2 }, cells: 2, classes: ['a', 'b', 'c'] };
// Top-left a, top-right b, bottom-left c, bottom-right a tie between a and b (the first wins).
const probabilities = Float32Array.of(0.8, 0.1, 0.1, 0.2, 0.7, 0.1, 0.1, 0.1, 0.8, 0.4, 0.4, 0.2);

describe('a decision map', () => {
  it('predicts the most probable class per cell', () => {
    expect(Array.from(predictedClasses({ ...plane, probabilities }))).toEqual([0, 1, 2, 0]);
  });

  it('is summed up as each class’s share of the plane and the points in their own class’s area', () => {
    const points = {
      // In a's cell (top-left), b's cell (top-right), c's cell (bottom-left), off the plane.
      x: Float32Array.of(0.5, 1.5, 0.5, 0.5, 5),
      y: Float32Array.of(1.5, 1.5, 0.5, 0.5, 5),
      classIndex: Uint8Array.of(0, 0, 2, 1, 0),
    };
    expect(summariseMap({ ...plane, probabilities, points })).toEqual({ areaShares: [0.5, 0.25, 0.25], points: 5, pointsInOwnArea: 2 });
  });
});
