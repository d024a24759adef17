import { describe, expect, it } from 'vitest';
import { denseStack, MODEL_SPEC_VERSION, type ModelSpec } from '../model/spec';
import { neuronLayers } from './neurons';

describe('neuronLayers', () => {
  it('draws every neuron of small Dense-only networks, by tfjs layer name', () => {
    expect(neuronLayers(denseStack([8, 3]))).toEqual({ layers: [{ name: 'l1_dense', units: 8 }, { name: 'l2_dense', units: 3 }] });
  });

  it('says why others get no neuron maps, naming the layer as the builder counts', () => {
    expect(neuronLayers(denseStack([]))).toEqual({ problem: { reason: 'no-hidden' } });
    expect(neuronLayers(denseStack([4, 9]))).toEqual({ problem: { reason: 'too-wide', layer: 2, units: 9 } });
    expect(neuronLayers(denseStack([2, 2, 2, 2, 2, 2, 2]))).toEqual({ problem: { reason: 'too-deep', layers: 7 } });
    const withDropout: ModelSpec = { version: MODEL_SPEC_VERSION, hidden: [...denseStack([4]).hidden, { kind: 'dropout', rate: 0.2 }] };
    expect(neuronLayers(withDropout)).toEqual({ problem: { reason: 'not-dense', layer: 2, kind: 'dropout' } });
  });
});
