import { describe, expect, it } from 'vitest';
import { MODEL_PRESETS } from './presets';
import { outputFor, type Task } from './spec';
import { checkModelSpec } from './validation';

describe('presets', () => {
  it('offers the four starting points the builder promises', () => {
    expect(MODEL_PRESETS.map((p) => p.id)).toEqual(['linear', 'small-mlp', 'deep-mlp', 'residual-mlp']);
  });

  it.each<[Task, number]>([['binary', 2], ['multiclass', 3], ['regression', 0]])('are valid and free of warnings for a %s task', (task, classes) => {
    for (const preset of MODEL_PRESETS) {
      const problems = checkModelSpec(preset.spec(), { inputDim: 12, output: outputFor(task, classes) });
      expect(problems.filter((p) => p.severity !== 'info'), preset.id).toEqual([]);
    }
  });

  it('have the kinds their names promise', () => {
    const kinds = (id: string) => MODEL_PRESETS.find((p) => p.id === id)!.spec().hidden.map((l) => l.kind);
    expect(kinds('linear')).toEqual([]);
    expect(kinds('deep-mlp')).toEqual(expect.arrayContaining(['dropout', 'batchNormalization']));
    expect(kinds('residual-mlp')).toContain('residual');
  });
});
