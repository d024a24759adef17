import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { profileStore } from '../core/csv/profile';
import { storeFromTable } from '../core/csv/tableStore';
import { encodeFeatures } from '../core/dataset/encode';
import { DEFAULT_PLAN, type ColumnChoice, type DataPlan } from '../core/dataset/plan';
import { isUserError } from '../core/errors';
import { checkProperty } from '../test/fastCheckTally';
import { prepareData, type SplitData } from './prepare';

/**
 * Fuzzing preparation, the last step before the arrays become tensors: whatever the cells, the target
 * and the person's column choices, prepareData gives finite features and targets of the right shape, or
 * a UserError; and the fitted preprocessing turns any file to score into finite features.
 */
const messyCell = fc.oneof(
  fc.constantFrom('', ' ', 'NA', '?', 'yes', 'no', '0', '1', '007', '1e999', '-1e308', '1.7e308', '5e-324', '$1,200.50', '(5)', '12%', '3,5', '2024-02-30', '2024-01-05', '13/01/2024', 'Zoë', '__proto__'),
  fc.double().map(String),
  fc.integer({ min: -50, max: 50 }).map(String),
  fc.string({ maxLength: 4 }),
);
/** Target cells per task, with gaps and junk that must be dropped rather than trained on. */
const targetCell = {
  binary: fc.constantFrom('yes', 'no', 'no', 'no', '', 'NA'),
  multiclass: fc.constantFrom('a', 'b', 'c', 'c', '', 'NA'),
  regression: fc.oneof(fc.double({ noNaN: true }).map(String), fc.constantFrom('1e308', '-1.7e308', '5e-324', '', 'n/a', '12%'), fc.integer({ min: -1000, max: 1000 }).map(String)),
};

const choice = (name: string): fc.Arbitrary<ColumnChoice> =>
  fc.record(
    {
      name: fc.constant(name),
      role: fc.constantFrom('numeric', 'categorical', 'boolean', 'date', 'excluded'),
      impute: fc.constantFrom('mean', 'median', 'most_frequent', 'constant'),
      imputeValue: fc.double(),
      missingIndicator: fc.boolean(),
      scaling: fc.constantFrom('standard', 'minmax', 'robust', 'none', 'log'),
      encoding: fc.constantFrom('onehot', 'topk', 'ordinal'),
      topK: fc.integer({ min: -5, max: 300 }),
    },
    { requiredKeys: ['name'] },
  );

const INPUTS = ['a', 'b', 'c'];
const scenario = fc.constantFrom('binary', 'multiclass', 'regression').chain((task) =>
  fc.record({
    task: fc.constant(task),
    rows: fc.integer({ min: 24, max: 50 }).chain((n) => fc.array(fc.tuple(messyCell, messyCell, messyCell, targetCell[task as keyof typeof targetCell]), { minLength: n, maxLength: n })),
    choices: fc.tuple(...INPUTS.map(choice)).chain((all) => fc.subarray(all)),
    classWeights: fc.boolean(),
    seed: fc.nat(1000),
  }),
);

function expectFinite(part: SplitData, rows: number, width: number, targetWidth: number): void {
  expect(part.features.values.length).toBe(rows * width);
  expect(part.target.length).toBe(rows * targetWidth);
  expect(part.features.values.every(Number.isFinite)).toBe(true);
  expect(part.target.every(Number.isFinite)).toBe(true);
}

describe('prepareData (properties)', () => {
  it('never lets NaN or infinity reach a tensor, and throws nothing but UserError', () => {
    checkProperty(
      fc.property(scenario, fc.array(fc.tuple(messyCell, messyCell, messyCell), { minLength: 1, maxLength: 10 }), ({ rows, choices, classWeights, seed }, toScore) => {
        const columns = [0, 1, 2, 3].map((k) => rows.map((row) => row[k] as string));
        const store = storeFromTable({ names: [...INPUTS, 'target'], columns, rowCount: rows.length, decimalComma: false, notes: [] });
        const plan: DataPlan = { ...DEFAULT_PLAN, columns: choices, classWeights };
        try {
          const prepared = prepareData(store, profileStore(store), 'target', null, seed, plan);
          const width = prepared.pre.featureNames.length;
          const targetWidth = prepared.target.task === 'multiclass' ? prepared.target.classes.length : 1;
          expectFinite(prepared.train, prepared.split.train.length, width, targetWidth);
          expectFinite(prepared.validation, prepared.split.validation.length, width, targetWidth);
          expectFinite(prepared.test, prepared.split.test.length, width, targetWidth);
          for (const weight of Object.values(prepared.classWeights ?? {})) expect(Number.isFinite(weight) && weight > 0).toBe(true);
          // A file to score, with cells the training rows never had (and a column left out).
          const scored = encodeFeatures(prepared.pre, (name) => (name === 'c' ? undefined : toScore.map((cells) => cells[INPUTS.indexOf(name)] ?? '')), Array.from(toScore.keys()));
          expect(scored.values.length).toBe(toScore.length * width);
          expect(scored.values.every(Number.isFinite)).toBe(true);
        } catch (error) {
          if (!isUserError(error)) throw error;
        }
      }),
      { numRuns: 1500 },
    );
  });
});
