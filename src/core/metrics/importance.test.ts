import { describe, expect, it } from 'vitest';
import { permutationImportance, type ColumnBlock } from './importance';
import { r2Score } from './regression';

/** Rows of [x, one-hot colour (3 parts), noise]: the target is 4x + [colour = blue]; noise is ignored. */
function dataset(rows: number) {
  const featureCount = 5;
  const features = new Float32Array(rows * featureCount);
  const target: number[] = [];
  for (let i = 0; i < rows; i++) {
    const x = (i % 17) / 17 - 0.5;
    const colour = i % 3;
    features.set([x, colour === 0 ? 1 : 0, colour === 1 ? 1 : 0, colour === 2 ? 1 : 0, ((i * 7919) % 13) / 13], i * featureCount);
    target.push(4 * x + (colour === 2 ? 1 : 0));
  }
  const columns: ColumnBlock[] = [
    { name: 'x', offset: 0, width: 1 },
    { name: 'colour', offset: 1, width: 3 },
    { name: 'noise', offset: 4, width: 1 },
  ];
  return { features, featureCount, target, columns, rows };
}

/** The true function as a "model"; it checks that a one-hot block is always moved whole. */
async function predict(features: Float32Array): Promise<Float32Array> {
  const rows = features.length / 5;
  return Float32Array.from({ length: rows }, (_, i) => {
    const parts = features.slice(i * 5 + 1, i * 5 + 4);
    if (parts.reduce((a, b) => a + b, 0) !== 1) throw new Error(`row ${i}: a one-hot block was split`);
    return 4 * (features[i * 5] as number) + (parts[2] as number);
  });
}

describe('permutationImportance', () => {
  it('ranks the columns the model uses, gives an ignored column exactly 0, and leaves the input unchanged', async () => {
    const data = dataset(120);
    const before = data.features.slice();
    const result = await permutationImportance({
      features: data.features,
      rowCount: data.rows,
      featureCount: data.featureCount,
      columns: data.columns,
      predict,
      score: (outputs) => r2Score(data.target, outputs),
      repeats: 4,
      seed: 1,
    });
    expect(result.baseline).toBeCloseTo(1, 6);
    expect(result.columns.map((c) => c.name)).toEqual(['x', 'colour', 'noise']);
    expect(result.columns[0]!.drop).toBeGreaterThan(0.5);
    expect(result.columns[1]!.drop).toBeGreaterThan(0.1);
    expect(result.columns[2]).toEqual({ name: 'noise', drop: 0, spread: 0 });
    expect(data.features).toEqual(before);
  });

  it('is reproducible for a seed and rejects blocks outside the rows', async () => {
    const data = dataset(60);
    const run = (seed: number) =>
      permutationImportance({ features: data.features, rowCount: 60, featureCount: 5, columns: data.columns, predict, score: (o) => r2Score(data.target, o), repeats: 2, seed });
    expect(await run(7)).toEqual(await run(7));
    expect((await run(7)).columns[0]!.drop).not.toBe((await run(8)).columns[0]!.drop);
    await expect(
      permutationImportance({ features: data.features, rowCount: 60, featureCount: 5, columns: [{ name: 'bad', offset: 4, width: 2 }], predict, score: () => 0, repeats: 1, seed: 1 }),
    ).rejects.toThrow(RangeError);
  });
});
