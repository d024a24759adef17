import { describe, expect, it } from 'vitest';
import { duplicateLayer, insertLayer, moveLayer, newLayer, removeLayer, updateLayer } from './edit';
import { MAX_HIDDEN_LAYERS } from './options';
import { denseStack, type ModelSpec } from './spec';

const units = (spec: ModelSpec) => spec.hidden.map((l) => ('units' in l ? l.units : l.kind));

describe('layer edits', () => {
  const spec = denseStack([64, 32, 16]);

  it('moves a layer to the given final position, either way', () => {
    expect(units(moveLayer(spec, 2, 0))).toEqual([16, 64, 32]);
    expect(units(moveLayer(spec, 0, 2))).toEqual([32, 16, 64]);
    expect(units(moveLayer(spec, 0, 99))).toEqual([32, 16, 64]);
  });

  it('returns the same spec when nothing changes, so no empty undo step is recorded', () => {
    expect(moveLayer(spec, 1, 1)).toBe(spec);
    expect(removeLayer(spec, 7)).toBe(spec);
    expect(updateLayer(spec, 0, { units: 64 })).toBe(spec);
    expect(updateLayer(spec, 0, { rate: 0.5 })).toBe(spec);
  });

  it('inserts, duplicates right after the original, and removes', () => {
    expect(units(insertLayer(spec, { kind: 'dropout', rate: 0.2 }, 1))).toEqual([64, 'dropout', 32, 16]);
    expect(units(duplicateLayer(spec, 1))).toEqual([64, 32, 32, 16]);
    expect(units(removeLayer(spec, 0))).toEqual([32, 16]);
  });

  it('adds nothing beyond the layer limit', () => {
    const full = denseStack(Array.from({ length: MAX_HIDDEN_LAYERS }, () => 4));
    expect(insertLayer(full, { kind: 'batchNormalization' })).toBe(full);
  });

  it('updates only the options the layer kind has', () => {
    const withDropout = insertLayer(spec, { kind: 'dropout', rate: 0.2 }, 0);
    expect(updateLayer(withDropout, 0, { rate: 0.4, units: 3 }).hidden[0]).toEqual({ kind: 'dropout', rate: 0.4 });
    expect(updateLayer(spec, 1, { l2: 0.01, useBias: false }).hidden[1]).toEqual({ kind: 'dense', units: 32, activation: 'relu', l2: 0.01, useBias: false });
  });

  it('gives new layers defaults that fit where they go', () => {
    expect(newLayer('dense', spec.hidden, 3)).toEqual({ kind: 'dense', units: 8, activation: 'relu' });
    expect(newLayer('dense', spec.hidden, 1)).toEqual({ kind: 'dense', units: 32, activation: 'relu' });
    expect(newLayer('dense', [], 0)).toMatchObject({ units: 32 });
    expect(newLayer('residual', spec.hidden, 2)).toEqual({ kind: 'residual', units: 32, activation: 'relu' });
    expect(newLayer('dropout', [], 0)).toEqual({ kind: 'dropout', rate: 0.2 });
  });
});
