/**
 * Output widths and weight counts of each layer, computed from the spec alone: the same numbers tfjs
 * reports for the model build.ts makes (the property test holds them equal), without building it.
 */
import { hasDenseOptions } from './options';
import type { HiddenLayerSpec, ModelSpec } from './spec';

/** One tfjs layer a spec layer becomes. `part` names it as in `tfLayerName` ('main' is the layer's own kind). */
export interface LayerPart {
  part: 'main' | 'res_a' | 'res_b' | 'res_add';
  /** The tfjs/Keras class, as `layer.getClassName()` reports it. */
  className: string;
  /** Output width: every layer here maps [batch, n] to [batch, width]. */
  width: number;
  trainable: number;
  nonTrainable: number;
}

export function denseParams(inputs: number, units: number, useBias = true): number {
  return inputs * units + (useBias ? units : 0);
}

const part = (className: string, width: number, trainable = 0, nonTrainable = 0, which: LayerPart['part'] = 'main'): LayerPart => ({ part: which, className, width, trainable, nonTrainable });

/** The tfjs layers one spec layer becomes, in build order, given the width of its input. */
export function layerParts(layer: HiddenLayerSpec, inputWidth: number): LayerPart[] {
  if (hasDenseOptions(layer)) {
    const bias = layer.useBias ?? true;
    if (layer.kind === 'dense') return [part('Dense', layer.units, denseParams(inputWidth, layer.units, bias))];
    return [
      part('Dense', layer.units, denseParams(inputWidth, layer.units, bias), 0, 'res_a'),
      part('Dense', inputWidth, denseParams(layer.units, inputWidth, bias), 0, 'res_b'),
      part('Add', inputWidth, 0, 0, 'res_add'),
    ];
  }
  switch (layer.kind) {
    case 'dropout':
      return [part('Dropout', inputWidth)];
    case 'activation':
      return [part('Activation', inputWidth)];
    case 'gaussianNoise':
      return [part('GaussianNoise', inputWidth)];
    case 'batchNormalization':
      // gamma and beta learn; the moving mean and variance are running averages, not trained.
      return [part('BatchNormalization', inputWidth, 2 * inputWidth, 2 * inputWidth)];
    case 'layerNormalization':
      return [part('LayerNormalization', inputWidth, 2 * inputWidth)];
  }
}

export interface ParamTotals {
  trainable: number;
  nonTrainable: number;
}

/** Total weights of the whole model, output layer included. */
export function countParams(spec: ModelSpec, inputDim: number, outputUnits: number): ParamTotals {
  let width = inputDim;
  const totals: ParamTotals = { trainable: 0, nonTrainable: 0 };
  for (const layer of spec.hidden) {
    for (const p of layerParts(layer, width)) {
      totals.trainable += p.trainable;
      totals.nonTrainable += p.nonTrainable;
      width = p.width;
    }
  }
  totals.trainable += denseParams(width, outputUnits);
  return totals;
}
