/**
 * Which networks get a small map per hidden neuron (as TensorFlow Playground shows): only those whose
 * every hidden layer is Dense and small, so that each tile is one neuron a person can follow.
 */
import { SMALL_NETWORK } from '../model/diagram';
import { tfLayerName, type LayerKind, type ModelSpec } from '../model/spec';

/** Why a network gets no neuron maps, for the page to explain. */
export type NeuronProblem =
  | { reason: 'no-hidden' }
  | { reason: 'not-dense'; layer: number; kind: LayerKind }
  | { reason: 'too-wide'; layer: number; units: number }
  | { reason: 'too-deep'; layers: number };

/** The hidden Dense layers whose outputs are drawn, by tfjs layer name, with their widths. */
export interface NeuronLayer {
  name: string;
  units: number;
}

/** Limits shared with the network diagram's neuron-by-neuron drawing: up to 8 units per layer and 6 layers. */
export const NEURON_LIMITS = { maxUnits: SMALL_NETWORK.maxUnits, maxLayers: SMALL_NETWORK.maxLayers } as const;

/** The layers to draw neuron by neuron (layer numbers in problems count from 1, as the builder shows them). */
export function neuronLayers(spec: ModelSpec): { layers: NeuronLayer[] } | { problem: NeuronProblem } {
  if (spec.hidden.length === 0) return { problem: { reason: 'no-hidden' } };
  if (spec.hidden.length > NEURON_LIMITS.maxLayers) return { problem: { reason: 'too-deep', layers: spec.hidden.length } };
  const layers: NeuronLayer[] = [];
  for (const [index, layer] of spec.hidden.entries()) {
    if (layer.kind !== 'dense') return { problem: { reason: 'not-dense', layer: index + 1, kind: layer.kind } };
    if (layer.units > NEURON_LIMITS.maxUnits) return { problem: { reason: 'too-wide', layer: index + 1, units: layer.units } };
    layers.push({ name: tfLayerName(index, 'dense'), units: layer.units });
  }
  return { layers };
}
