/**
 * Starting points for the stack. Their names and the line on when each is the right choice are texts
 * of the page (src/i18n, `preset.<id>.title` and `preset.<id>.when`).
 */
import { denseStack, MODEL_SPEC_VERSION, type ModelSpec } from './spec';

export interface ModelPreset {
  id: 'linear' | 'small-mlp' | 'deep-mlp' | 'residual-mlp';
  spec: () => ModelSpec;
}

export const MODEL_PRESETS: readonly ModelPreset[] = [
  {
    id: 'linear',
    spec: () => denseStack([]),
  },
  {
    id: 'small-mlp',
    spec: () => denseStack([32, 16]),
  },
  {
    id: 'deep-mlp',
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
