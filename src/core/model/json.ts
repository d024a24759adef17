/**
 * A ModelSpec as a JSON file a person can save, share and load again. Reading checks the structure
 * (kinds and field types) and the format version; whether the values make sense is validation's job,
 * so a loaded file with a zero-unit layer shows that problem in the builder instead of being refused.
 */
import { phrase, type Phrase } from '../text';
import { LAYER_KINDS } from './options';
import { MODEL_SPEC_VERSION, type HiddenLayerSpec, type LayerKind, type ModelSpec } from './spec';
import type { MODEL_FILE_TEXTS } from './texts';

export function modelSpecToJson(spec: ModelSpec): string {
  return `${JSON.stringify(spec, null, 2)}\n`;
}

/** Why a file is refused, as a phrase the page words in the person's language (`english()` gives its English). */
export type ModelFileProblem = Phrase<keyof typeof MODEL_FILE_TEXTS>;
export type ParsedSpec = { ok: true; spec: ModelSpec } | { ok: false; problem: ModelFileProblem };

/** The fields each kind carries, and their JSON types; optional ones may be left out. */
const FIELDS: Record<LayerKind, Record<string, { type: 'number' | 'string' | 'boolean'; optional?: true }>> = {
  dense: denseFields(),
  residual: denseFields(),
  dropout: { rate: { type: 'number' } },
  batchNormalization: {},
  layerNormalization: {},
  activation: { activation: { type: 'string' } },
  gaussianNoise: { stddev: { type: 'number' } },
};

function denseFields() {
  return {
    units: { type: 'number' },
    activation: { type: 'string' },
    useBias: { type: 'boolean', optional: true },
    kernelInitializer: { type: 'string', optional: true },
    l1: { type: 'number', optional: true },
    l2: { type: 'number', optional: true },
  } as const;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function readLayer(raw: unknown, index: number): HiddenLayerSpec | ModelFileProblem {
  const position = index + 1;
  if (!isRecord(raw)) return phrase('modelFile.notLayer', { index: position });
  const kind = raw.kind;
  if (typeof kind !== 'string' || !(LAYER_KINDS as readonly string[]).includes(kind)) {
    return phrase('modelFile.unknownKind', { index: position, kind: String(kind), kinds: LAYER_KINDS.join(', ') });
  }
  const layer: Record<string, unknown> = { kind };
  for (const [field, rule] of Object.entries(FIELDS[kind as LayerKind])) {
    const value = raw[field];
    if (value === undefined && rule.optional) continue;
    if (typeof value !== rule.type) return phrase('modelFile.fieldType', { index: position, kind, field, type: phrase(`modelFile.type.${rule.type}`) });
    layer[field] = value;
  }
  return layer as unknown as HiddenLayerSpec;
}

const isProblem = (layer: HiddenLayerSpec | ModelFileProblem): layer is ModelFileProblem => 'id' in layer && 'params' in layer;

/** Reads a saved spec; every refusal says what is wrong in plain words. */
export function parseModelSpec(text: string): ParsedSpec {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, problem: phrase('modelFile.notJson') };
  }
  if (!isRecord(raw) || !Array.isArray(raw.hidden) || typeof raw.version !== 'number') {
    return { ok: false, problem: phrase('modelFile.notModel', { version: 'version', hidden: 'hidden' }) };
  }
  // Version 1 is the only format so far; a later one adds its migration from the previous one here.
  if (raw.version !== MODEL_SPEC_VERSION) {
    // Format numbers are names of formats, written as they are (not grouped like counts).
    const version = String(raw.version);
    return {
      ok: false,
      problem: raw.version > MODEL_SPEC_VERSION ? phrase('modelFile.newer', { version, supported: String(MODEL_SPEC_VERSION) }) : phrase('modelFile.unknownVersion', { version }),
    };
  }
  const hidden: HiddenLayerSpec[] = [];
  for (const [index, entry] of raw.hidden.entries()) {
    const layer = readLayer(entry, index);
    if (isProblem(layer)) return { ok: false, problem: layer };
    hidden.push(layer);
  }
  return { ok: true, spec: { version: MODEL_SPEC_VERSION, hidden } };
}
