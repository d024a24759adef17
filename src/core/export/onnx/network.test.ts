import { describe, expect, it } from 'vitest';
import { validateNetwork, type OnnxLayer } from './network';
import { writeOnnx } from './index';

const dense = (inputDim: number, units: number, overrides: Partial<Extract<OnnxLayer, { op: 'dense' }>> = {}): OnnxLayer => ({
  op: 'dense',
  inputDim,
  units,
  kernel: new Float32Array(inputDim * units),
  bias: new Float32Array(units),
  activation: 'relu',
  ...overrides,
});

describe('validateNetwork', () => {
  it('returns the output width through dense, normalisation and residual layers', () => {
    const layers: OnnxLayer[] = [
      dense(4, 6),
      { op: 'layerNorm', gamma: new Float32Array(6), beta: null, epsilon: 1e-3 },
      { op: 'residual', body: [dense(6, 3), dense(3, 6)] },
      dense(6, 2),
    ];
    expect(validateNetwork({ inputDim: 4, layers })).toBe(2);
    expect(validateNetwork({ inputDim: 4, layers: [] })).toBe(4);
  });

  it('names the layer whose weights do not fit', () => {
    expect(() => validateNetwork({ inputDim: 3, layers: [dense(3, 2, { kernel: new Float32Array(5) })] })).toThrow('layers[0] (dense): kernel has 5 values, expected 6.');
    expect(() => validateNetwork({ inputDim: 3, layers: [dense(4, 2)] })).toThrow(/inputDim is 4 but the previous layer outputs 3/);
    const batchNorm: OnnxLayer = { op: 'batchNorm', gamma: null, beta: null, movingMean: new Float32Array(2), movingVariance: new Float32Array(3), epsilon: 1e-3 };
    expect(() => validateNetwork({ inputDim: 3, layers: [batchNorm] })).toThrow(/layers\[0\] \(batchNorm\): movingMean has 2 values/);
  });

  it('refuses a residual body that changes the width', () => {
    expect(() => validateNetwork({ inputDim: 3, layers: [{ op: 'residual', body: [dense(3, 2)] }] })).toThrow(/body outputs 2 values but its input has 3/);
    expect(() => validateNetwork({ inputDim: 3, layers: [{ op: 'residual', body: [dense(3, 3), dense(2, 3)] }] })).toThrow(/layers\[0\]\.body\[1\] \(dense\)/);
  });
});

describe('writeOnnx arguments', () => {
  it('refuses an input and output of the same name', () => {
    expect(() => writeOnnx({ inputDim: 2, layers: [], inputName: 'x', outputName: 'x' })).toThrow(/distinct/);
  });
});
