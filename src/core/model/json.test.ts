import { describe, expect, it } from 'vitest';
import { english } from '../texts';
import { modelSpecToJson, parseModelSpec } from './json';
import { MODEL_PRESETS } from './presets';

const problemOf = (text: string) => {
  const parsed = parseModelSpec(text);
  return parsed.ok ? null : english(parsed.problem);
};

describe('model files', () => {
  it('reads back every preset exactly', () => {
    for (const preset of MODEL_PRESETS) expect(parseModelSpec(modelSpecToJson(preset.spec()))).toEqual({ ok: true, spec: preset.spec() });
  });

  it('refuses what is not a model file, in plain words', () => {
    expect(problemOf('{not json')).toContain('not valid JSON');
    expect(problemOf('{"layers": []}')).toContain('not a saved Layerlab model');
    expect(problemOf('[1, 2]')).toContain('not a saved Layerlab model');
  });

  it('refuses a newer format and says to use the newer version', () => {
    expect(problemOf('{"version": 2, "hidden": []}')).toContain('newer Layerlab (format 2)');
    expect(problemOf('{"version": 0, "hidden": []}')).toContain('unknown format version (0)');
  });

  it('names the layer with an unknown kind or a field of the wrong type', () => {
    expect(problemOf('{"version": 1, "hidden": [{"kind": "conv2d"}]}')).toMatch(/^Layer 1 has an unknown kind "conv2d"/);
    expect(problemOf('{"version": 1, "hidden": [{"kind": "dropout", "rate": 0.2}, {"kind": "dense", "units": "64", "activation": "relu"}]}')).toBe(
      'Layer 2 (dense) needs "units" as a number.',
    );
    expect(problemOf('{"version": 1, "hidden": [{"kind": "dense", "units": 4, "activation": "relu", "useBias": "no"}]}')).toContain('"useBias" as a boolean');
  });

  it('keeps values for validation to judge and drops fields no layer has', () => {
    const parsed = parseModelSpec('{"version": 1, "hidden": [{"kind": "dense", "units": 0, "activation": "softmax", "colour": "red"}]}');
    expect(parsed).toEqual({ ok: true, spec: { version: 1, hidden: [{ kind: 'dense', units: 0, activation: 'softmax' }] } });
  });
});
