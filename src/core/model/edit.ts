/**
 * The edits a person makes to the layer stack, as pure functions from spec to spec. Each returns the
 * same object when nothing changes, so the store records only real edits in the undo history.
 */
import { MAX_HIDDEN_LAYERS } from './options';
import type { DenseOptions, HiddenLayerSpec, LayerKind, ModelSpec } from './spec';

/** The options any layer kind may carry; each layer takes only the ones that belong to its kind. */
export type LayerPatch = Partial<DenseOptions & { rate: number; stddev: number }>;

const FALLBACK_UNITS = 32;

/** The units of the nearest Dense layer before `before`, if any. */
function lastUnits(hidden: readonly HiddenLayerSpec[], before: number): number | null {
  for (let i = before - 1; i >= 0; i--) {
    const layer = hidden[i];
    if (layer?.kind === 'dense') return layer.units;
  }
  return null;
}

/** A new layer with sensible defaults for where it goes: a Dense narrows the one before it. */
export function newLayer(kind: LayerKind, hidden: readonly HiddenLayerSpec[], at: number): HiddenLayerSpec {
  const previous = lastUnits(hidden, at);
  switch (kind) {
    case 'dense':
      return { kind, units: previous ? Math.max(4, Math.round(previous / 2)) : FALLBACK_UNITS, activation: 'relu' };
    case 'residual':
      return { kind, units: previous ?? FALLBACK_UNITS, activation: 'relu' };
    case 'dropout':
      return { kind, rate: 0.2 };
    case 'gaussianNoise':
      return { kind, stddev: 0.1 };
    case 'activation':
      return { kind, activation: 'relu' };
    case 'batchNormalization':
    case 'layerNormalization':
      return { kind };
  }
}

const withHidden = (spec: ModelSpec, hidden: HiddenLayerSpec[]): ModelSpec => ({ ...spec, hidden });
const clampIndex = (index: number, length: number) => Math.max(0, Math.min(length, index));

export function insertLayer(spec: ModelSpec, layer: HiddenLayerSpec, at: number = spec.hidden.length): ModelSpec {
  if (spec.hidden.length >= MAX_HIDDEN_LAYERS) return spec;
  const hidden = [...spec.hidden];
  hidden.splice(clampIndex(at, hidden.length), 0, layer);
  return withHidden(spec, hidden);
}

export function removeLayer(spec: ModelSpec, index: number): ModelSpec {
  if (!spec.hidden[index]) return spec;
  return withHidden(spec, spec.hidden.filter((_, i) => i !== index));
}

export function duplicateLayer(spec: ModelSpec, index: number): ModelSpec {
  const layer = spec.hidden[index];
  return layer ? insertLayer(spec, { ...layer }, index + 1) : spec;
}

/** Moves layer `from` so that it ends up at index `to`. */
export function moveLayer(spec: ModelSpec, from: number, to: number): ModelSpec {
  const layer = spec.hidden[from];
  const target = clampIndex(to, spec.hidden.length - 1);
  if (!layer || target === from) return spec;
  const hidden = spec.hidden.filter((_, i) => i !== from);
  hidden.splice(target, 0, layer);
  return withHidden(spec, hidden);
}

const KIND_FIELDS: Record<LayerKind, readonly (keyof LayerPatch)[]> = {
  dense: ['units', 'activation', 'useBias', 'kernelInitializer', 'l1', 'l2'],
  residual: ['units', 'activation', 'useBias', 'kernelInitializer', 'l1', 'l2'],
  activation: ['activation'],
  dropout: ['rate'],
  gaussianNoise: ['stddev'],
  batchNormalization: [],
  layerNormalization: [],
};

/** Sets options of one layer, ignoring any that its kind does not have. */
export function updateLayer(spec: ModelSpec, index: number, patch: LayerPatch): ModelSpec {
  const layer = spec.hidden[index];
  if (!layer) return spec;
  const allowed = KIND_FIELDS[layer.kind];
  const changes = Object.entries(patch).filter(([key, value]) => allowed.includes(key as keyof LayerPatch) && (layer as unknown as Record<string, unknown>)[key] !== value);
  if (changes.length === 0) return spec;
  const updated = { ...layer, ...Object.fromEntries(changes) } as HiddenLayerSpec;
  return withHidden(spec, spec.hidden.map((l, i) => (i === index ? updated : l)));
}

