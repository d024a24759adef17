import { describe, expect, it } from 'vitest';
import { english } from '../texts';
import { diagramColumns, isSmallNetwork } from './diagram';
import { denseStack, MODEL_SPEC_VERSION, outputFor, type ModelSpec } from './spec';

describe('network diagram layout', () => {
  it('draws a residual block as two Dense columns with a shortcut from the block input', () => {
    const spec: ModelSpec = { version: MODEL_SPEC_VERSION, hidden: [{ kind: 'dense', units: 6, activation: 'relu' }, { kind: 'residual', units: 3, activation: 'relu' }, { kind: 'dropout', rate: 0.25 }] };
    const columns = diagramColumns(spec, 4, outputFor('multiclass', 3));
    expect(columns.map((c) => [c.width, c.link, c.kernel, c.skipFrom])).toEqual([
      [4, 'none', null, null],
      [6, 'dense', 'l1_dense', null],
      [3, 'dense', 'l2_res_a', null],
      [6, 'dense', 'l2_res_b', 1],
      [6, 'elementwise', null, null],
      [3, 'dense', 'output', null],
    ]);
    expect(english(columns[4]!.caption)).toBe('Dropout 25%');
  });

  it('draws neurons only up to 8 units per layer, 6 layers and 16 inputs', () => {
    const small = (spec: ModelSpec, inputs: number) => isSmallNetwork(spec, diagramColumns(spec, inputs, outputFor('binary', 2)));
    expect(small(denseStack([8, 4]), 16)).toBe(true);
    expect(small(denseStack([9, 4]), 16)).toBe(false);
    expect(small(denseStack([8, 4]), 17)).toBe(false);
    expect(small(denseStack([2, 2, 2, 2, 2, 2]), 3)).toBe(true);
    expect(small(denseStack([2, 2, 2, 2, 2, 2, 2]), 3)).toBe(false);
    expect(isSmallNetwork(denseStack([]), diagramColumns(denseStack([]), 4, outputFor('multiclass', 9)))).toBe(false);
  });
});
