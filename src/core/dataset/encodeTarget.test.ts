import { describe, expect, it } from 'vitest';
import { storeFromTable } from '../csv/tableStore';
import { encodeTarget, TARGET_CLIP } from './encodeTarget';
import type { Preprocessing } from './preprocessing';

describe('encodeTarget', () => {
  it('standardises a numeric target, clipping a held-out value too far out for float32', () => {
    const store = storeFromTable({ names: ['spend'], columns: [['0', '0.5', '1', '1e308', '-1.7e308']], rowCount: 5, decimalComma: false, notes: [] });
    const pre = { target: { name: 'spend', task: 'regression', mean: 0.5, std: 0.5 } } as unknown as Preprocessing;
    expect([...encodeTarget(pre, store.columns[0]!, [0, 1, 2, 3, 4], 5)]).toEqual([-1, 0, 1, Math.fround(TARGET_CLIP), -Math.fround(TARGET_CLIP)]);
    // A mean near the largest double on one side, a value near it on the other: x - mean alone overflows.
    const far = { target: { name: 'spend', task: 'regression', mean: 1e308, std: 1e308 } } as unknown as Preprocessing;
    expect([...encodeTarget(far, store.columns[0]!, [3, 4], 5)]).toEqual([0, Math.fround(-2.7)]);
  });
});
