/** Starting points for the stack, each with one line on when it is the right choice. */
import { denseStack, MODEL_SPEC_VERSION, type ModelSpec } from './spec';

export interface ModelPreset {
  id: 'linear' | 'small-mlp' | 'deep-mlp' | 'residual-mlp';
  title: string;
  whenToUse: string;
  spec: () => ModelSpec;
}

export const MODEL_PRESETS: readonly ModelPreset[] = [
  {
    id: 'linear',
    title: 'Logistic / linear regression',
    whenToUse: 'No hidden layer: the baseline to beat, and a model whose every weight can be read and explained.',
    spec: () => denseStack([]),
  },
  {
    id: 'small-mlp',
    title: 'Small network',
    whenToUse: 'Two small layers: a quick, solid start for most tables of a few hundred to a few thousand rows.',
    spec: () => denseStack([32, 16]),
  },
  {
    id: 'deep-mlp',
    title: 'Deep network with dropout and batch normalisation',
    whenToUse: 'For tens of thousands of rows with complex patterns; dropout and normalisation keep the bigger network from memorising.',
    spec: () => ({
      version: MODEL_SPEC_VERSION,
      hidden: [
        { kind: 'dense', units: 128, activation: 'relu', kernelInitializer: 'heNormal' },
        { kind: 'batchNormalization' },
        { kind: 'dropout', rate: 0.3 },
        { kind: 'dense', units: 64, activation: 'relu', kernelInitializer: 'heNormal' },
        { kind: 'batchNormalization' },
        { kind: 'dropout', rate: 0.3 },
        { kind: 'dense', units: 32, activation: 'relu', kernelInitializer: 'heNormal' },
      ],
    }),
  },
  {
    id: 'residual-mlp',
    title: 'Residual network',
    whenToUse: 'When a deep plain network learns slowly or stalls: the shortcuts let the signal pass straight through each block.',
    spec: () => ({
      version: MODEL_SPEC_VERSION,
      hidden: [
        { kind: 'dense', units: 64, activation: 'relu' },
        { kind: 'residual', units: 64, activation: 'relu' },
        { kind: 'layerNormalization' },
        { kind: 'residual', units: 64, activation: 'relu' },
        { kind: 'layerNormalization' },
        { kind: 'dropout', rate: 0.1 },
      ],
    }),
  },
];
