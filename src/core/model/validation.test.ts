import { describe, expect, it } from 'vitest';
import { MAX_HIDDEN_LAYERS } from './options';
import { denseStack, MODEL_SPEC_VERSION, outputFor, validateModelSpec, type HiddenLayerSpec, type ModelSpec } from './spec';
import { checkModelSpec, type ModelProblem } from './validation';

const stack = (...hidden: HiddenLayerSpec[]): ModelSpec => ({ version: MODEL_SPEC_VERSION, hidden });
const binary = { inputDim: 10, output: outputFor('binary', 2) };
const only = (problems: ModelProblem[], severity: ModelProblem['severity']) => problems.filter((p) => p.severity === severity);

describe('checkModelSpec', () => {
  it('accepts the suggested stack without remarks', () => {
    expect(checkModelSpec(denseStack([64, 32]), binary)).toEqual([]);
  });

  it('allows no hidden layer and names it logistic or linear regression', () => {
    expect(checkModelSpec(stack(), binary)).toEqual([expect.objectContaining({ severity: 'info', message: expect.stringContaining('logistic regression') })]);
    expect(checkModelSpec(stack(), { inputDim: 3, output: outputFor('regression', 0) })[0]?.message).toContain('linear regression');
  });

  it('refuses zero units and explains why, on the units field', () => {
    const [problem] = checkModelSpec(denseStack([16, 0]));
    expect(problem).toMatchObject({ severity: 'error', layerIndex: 1, field: 'units' });
    expect(problem?.message).toMatch(/^Layer 2 \(Dense\): a layer with 0 units passes nothing on/);
  });

  it.each([1.5, -3, 5000, Number.NaN])('refuses %s units', (units) => {
    expect(validateModelSpec(stack({ kind: 'residual', units, activation: 'relu' }))).toEqual([expect.stringContaining('whole number from 1 to 4096')]);
  });

  it('refuses a dropout rate of 1 because nothing would get through', () => {
    expect(validateModelSpec(stack({ kind: 'dropout', rate: 1 }))).toEqual([expect.stringContaining('switches off every output')]);
    expect(validateModelSpec(stack({ kind: 'dropout', rate: -0.1 }))).toHaveLength(1);
  });

  it('warns about heavy dropout and notes a rate of 0', () => {
    expect(checkModelSpec(stack({ kind: 'dropout', rate: 0.7 }))[0]).toMatchObject({ severity: 'warning', field: 'rate' });
    expect(checkModelSpec(stack({ kind: 'dropout', rate: 0 }))[0]).toMatchObject({ severity: 'info', field: 'rate' });
  });

  it('refuses softmax in a hidden layer and says where it belongs', () => {
    const [problem] = checkModelSpec(stack({ kind: 'activation', activation: 'softmax' } as unknown as HiddenLayerSpec));
    expect(problem).toMatchObject({ severity: 'error', field: 'activation' });
    expect(problem?.message).toContain('belongs only in the output layer');
  });

  it('refuses unknown activations and initializers from a hand-edited file', () => {
    const layer = { kind: 'dense', units: 4, activation: 'swishy', kernelInitializer: 'zeros' } as unknown as HiddenLayerSpec;
    expect(validateModelSpec(stack(layer))).toEqual([expect.stringContaining('unknown activation "swishy"'), expect.stringContaining('unknown weight initializer "zeros"')]);
  });

  it('refuses negative or huge regularisation and warns above 0.1', () => {
    expect(validateModelSpec(stack({ kind: 'dense', units: 4, activation: 'relu', l1: -1, l2: 2 }))).toHaveLength(2);
    expect(checkModelSpec(stack({ kind: 'dense', units: 4, activation: 'relu', l2: 0.5 }))[0]).toMatchObject({ severity: 'warning', field: 'l2' });
  });

  it('refuses negative noise and warns about noise as large as the data', () => {
    expect(validateModelSpec(stack({ kind: 'gaussianNoise', stddev: -1 }))).toHaveLength(1);
    expect(checkModelSpec(stack({ kind: 'gaussianNoise', stddev: 1 }))[0]).toMatchObject({ severity: 'warning', field: 'stddev' });
  });

  it('refuses more layers than supported', () => {
    expect(validateModelSpec(denseStack(Array.from({ length: MAX_HIDDEN_LAYERS + 1 }, () => 8)))).toEqual([expect.stringContaining(`at most ${MAX_HIDDEN_LAYERS}`)]);
  });

  it('refuses a network too large for the tab, with a lower bound when the data is unknown', () => {
    const huge = denseStack([4096, 4096]);
    expect(validateModelSpec(huge)).toEqual([]);
    expect(validateModelSpec(huge, { inputDim: 2000, output: outputFor('binary', 2) })).toEqual([expect.stringContaining('million weights')]);
    expect(validateModelSpec(denseStack([4096, 4096, 4096]))).toEqual([expect.stringContaining('at least 33.6 million weights')]);
  });

  it('warns about orders that waste or fight: linear into Dense, dropout into batch normalisation', () => {
    const linear = checkModelSpec(stack({ kind: 'dense', units: 8, activation: 'linear' }, { kind: 'dense', units: 8, activation: 'relu' }));
    expect(linear).toEqual([expect.objectContaining({ severity: 'warning', layerIndex: 0, message: expect.stringContaining('act like one') })]);
    const order = checkModelSpec(stack({ kind: 'dropout', rate: 0.2 }, { kind: 'batchNormalization' }));
    expect(order).toEqual([expect.objectContaining({ severity: 'warning', layerIndex: 0, message: expect.stringContaining('before the dropout') })]);
  });

  it('warns about a deep stack of sigmoid-like activations', () => {
    expect(only(checkModelSpec(denseStack([8, 8, 8, 8], 'tanh')), 'warning')).toHaveLength(1);
    expect(only(checkModelSpec(denseStack([8, 8, 8], 'tanh')), 'warning')).toHaveLength(0);
  });

  it('warns when a hidden layer is narrower than the classes to tell apart', () => {
    const problems = checkModelSpec(denseStack([16, 2]), { inputDim: 5, output: outputFor('multiclass', 4) });
    expect(problems).toEqual([expect.objectContaining({ severity: 'warning', layerIndex: 1, field: 'units' })]);
  });
});
