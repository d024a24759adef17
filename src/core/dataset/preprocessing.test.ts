import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MISSING_TOKENS } from '../csv/cells';
import { parseCsvText } from '../csv/parse';
import { profileStore, type ColumnProfile } from '../csv/profile';
import { storeFromTable } from '../csv/tableStore';
import { columnOf, type Table } from '../csv/table';
import { isUserError } from '../errors';
import { createRandom } from '../random';
import { encodeFeatures, encodeStoredFeatures } from './encode';
import { DEFAULT_PLAN, type ColumnChoice, type DataPlan } from './plan';
import { featureColumns, fitPreprocessing, type NumericInput, type Preprocessing } from './preprocessing';
import { splitRows } from './split';
import type { TargetInfo } from './target';
import { checkProperty } from '../../test/fastCheckTally';

/** 300 rows of every kind of column, with gaps, unreadable cells, a skewed amount and many categories. */
function mixedCsv(seed = 1, rows = 300): string {
  const random = createRandom(seed);
  const lines = ['amount,visits,city,plan,newsletter,signup,code,bought'];
  for (let i = 0; i < rows; i++) {
    const amount = i % 17 === 0 ? 'NA' : i % 29 === 0 ? 'unknown' : (Math.exp(9 * random() ** 3) * 3).toFixed(2);
    const visits = i % 13 === 0 ? '' : String(Math.floor(random() * 30));
    const city = `city_${Math.floor(random() ** 2 * 40)}`;
    const plan = i % 11 === 0 ? '' : ['basic', 'plus', 'pro'][Math.floor(random() * 3)];
    const signup = i % 9 === 0 ? '' : new Date(Date.UTC(2022, 0, 1) + Math.floor(random() * 700) * 86_400_000).toISOString().slice(0, 10);
    lines.push([amount, visits, city, plan, random() < 0.4 ? 'yes' : 'no', signup, String(Math.floor(random() * 5)), random() < 0.3 ? 'yes' : 'no'].join(','));
  }
  return lines.join('\n');
}

const TARGET: TargetInfo = { name: 'bought', task: 'binary', classes: ['no', 'yes'], positiveClass: 'yes', problem: null, problemText: null };

function setup(csv = mixedCsv()) {
  const table = parseCsvText(csv);
  const store = storeFromTable(table);
  const profiles = profileStore(store);
  const rows = Array.from({ length: table.rowCount }, (_, i) => i);
  const split = splitRows(rows, { validation: 0.15, test: 0.2 }, 7);
  return { table, store, profiles, split };
}

const fit = (data: Table | ReturnType<typeof storeFromTable>, profiles: ColumnProfile[], rows: ArrayLike<number>, plan: DataPlan = DEFAULT_PLAN) =>
  fitPreprocessing(data, featureColumns(profiles, 'bought', plan), TARGET, rows, MISSING_TOKENS, plan, profiles);

const planWith = (...columns: ColumnChoice[]): DataPlan => ({ ...DEFAULT_PLAN, columns });

describe('fitPreprocessing', () => {
  it('chooses per column automatically: log for the skewed amount, top-k for many cities, dates into four parts', () => {
    const { store, profiles, split } = setup();
    const pre = fit(store, profiles, split.train);
    const byName = new Map(pre.inputs.map((input) => [input.name, input]));
    expect(byName.get('amount')).toMatchObject({ kind: 'numeric', transform: 'log', imputeStrategy: 'median', missingIndicator: true });
    expect(byName.get('city')).toMatchObject({ kind: 'categorical', encoding: 'onehot', otherBucket: true });
    expect((byName.get('city') as { categories: string[] }).categories).toHaveLength(20);
    expect(byName.get('plan')).toMatchObject({ kind: 'categorical', impute: '(missing)' });
    expect(byName.get('newsletter')).toMatchObject({ kind: 'boolean' });
    expect(byName.get('signup')).toMatchObject({ kind: 'date', order: 'ymd', missingIndicator: true });
    expect(pre.featureNames).toContain('signup weekday');
    expect(pre.featureNames).toContain('city=(other)');
    expect(pre.version).toBe(2);
  });

  it('fits each scaling from the training rows as documented', () => {
    const { store, profiles } = setup();
    const train = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
    const values = train.map((row) => store.columns[1]?.numbers?.[row]).filter((v): v is number => v !== undefined && !Number.isNaN(v));
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const sorted = [...values].sort((a, b) => a - b);
    const visits = (scaling: ColumnChoice['scaling']) => fit(store, profiles, train, planWith({ name: 'visits', scaling })).inputs.find((i) => i.name === 'visits') as NumericInput;
    expect(visits('standard').center).toBeCloseTo(mean, 10);
    expect(visits('minmax')).toMatchObject({ center: sorted[0], scale: (sorted.at(-1) as number) - (sorted[0] as number) });
    expect(visits('none')).toMatchObject({ center: 0, scale: 1 });
    expect(visits('robust').center).toBe((sorted[Math.floor((sorted.length - 1) / 2)]! + sorted[Math.ceil((sorted.length - 1) / 2)]!) / 2);
  });

  it('orders ordinal categories by number and keeps a missing category in one-hot', () => {
    const { store, profiles, split } = setup();
    const pre = fit(store, profiles, split.train, planWith({ name: 'code', role: 'categorical', encoding: 'ordinal' }));
    expect(pre.inputs.find((i) => i.name === 'code')).toMatchObject({ encoding: 'ordinal', categories: ['0', '1', '2', '3', '4'] });
  });
});

describe('preprocessing round trips', () => {
  const plans: DataPlan[] = [
    DEFAULT_PLAN,
    planWith({ name: 'amount', scaling: 'robust', impute: 'mean' }, { name: 'visits', scaling: 'minmax', impute: 'constant', imputeValue: -1, missingIndicator: true }, { name: 'city', encoding: 'ordinal' }, { name: 'signup', impute: 'most_frequent' }),
    planWith({ name: 'amount', scaling: 'none', impute: 'most_frequent' }, { name: 'plan', impute: 'most_frequent', missingIndicator: true }, { name: 'city', encoding: 'topk', topK: 3 }, { name: 'code', role: 'categorical' }, { name: 'newsletter', role: 'excluded' }),
  ];

  it.each(plans.map((plan, index) => [index, plan] as const))('plan %i: fitted, written as JSON and read back, encodes identical arrays, from the table and from raw cells', (_, plan) => {
    const { table, store, profiles, split } = setup();
    const pre = fit(store, profiles, split.train, plan);
    const reloaded = JSON.parse(JSON.stringify(pre)) as Preprocessing;
    expect(reloaded).toEqual(pre);
    const allRows = Int32Array.from({ length: table.rowCount }, (_, i) => i);
    const fromStore = encodeStoredFeatures(pre, store, allRows);
    expect(encodeStoredFeatures(reloaded, store, allRows).values).toEqual(fromStore.values);
    // A file to score is read from raw cells: it must encode exactly as the training rows did.
    expect(encodeFeatures(reloaded, (name) => columnOf(table, name), allRows).values).toEqual(fromStore.values);
    expect(fromStore.values.every(Number.isFinite)).toBe(true);
    expect(fromStore.featureCount).toBe(pre.featureNames.length);
  });

  it('fits on raw cells and on the loaded table alike', () => {
    const { table, store, profiles, split } = setup();
    expect(fit(table, profiles, split.train)).toEqual(fit(store, profiles, split.train));
  });
});

describe('no leakage from held-out rows', () => {
  /** The same table with every held-out row changed: other numbers, unseen categories, gaps, far dates. */
  function scrambleHeldOut(csv: string, heldOut: Set<number>): string {
    const [header, ...lines] = csv.split('\n');
    return [header, ...lines.map((line, row) => (heldOut.has(row) ? ['99999', '', 'city_new', 'enterprise', 'no', '2031-12-31', '4', line.split(',').at(-1)].join(',') : line))].join('\n');
  }

  it('fits the same preprocessing whatever the validation and test rows hold', () => {
    const csv = mixedCsv(3);
    const { store, profiles, split } = setup(csv);
    const heldOut = new Set([...split.validation, ...split.test]);
    const scrambled = setup(scrambleHeldOut(csv, heldOut));
    for (const plan of plans()) expect(fit(scrambled.store, profiles, split.train, plan)).toEqual(fit(store, profiles, split.train, plan));
    // The scrambling is visible to any fit that looks at held-out rows: this test would catch a leak.
    const all = Array.from({ length: store.rowCount }, (_, i) => i);
    expect(fit(scrambled.store, profiles, all)).not.toEqual(fit(store, profiles, all));
  });

  function plans(): DataPlan[] {
    return [DEFAULT_PLAN, planWith({ name: 'amount', scaling: 'minmax', impute: 'median' }, { name: 'visits', scaling: 'robust' }, { name: 'city', encoding: 'ordinal' })];
  }
});

describe('properties', () => {
  const cell = fc.oneof(fc.constantFrom('', 'NA', '-', 'yes', 'no', '1e999', '$1,200', '12%', '2024-02-30', '2024-01-05', '03/04/2024', '0', '1', '__proto__'), fc.double({ noNaN: false }).map(String), fc.string({ maxLength: 4 }));
  const choice = (name: string) =>
    fc.record({
      name: fc.constant(name),
      role: fc.option(fc.constantFrom('numeric', 'categorical', 'boolean', 'date', 'excluded') as fc.Arbitrary<ColumnChoice['role']>, { nil: undefined }),
      impute: fc.option(fc.constantFrom('mean', 'median', 'most_frequent', 'constant') as fc.Arbitrary<ColumnChoice['impute']>, { nil: undefined }),
      imputeValue: fc.option(fc.double(), { nil: undefined }),
      missingIndicator: fc.option(fc.boolean(), { nil: undefined }),
      scaling: fc.option(fc.constantFrom('standard', 'minmax', 'robust', 'none', 'log') as fc.Arbitrary<ColumnChoice['scaling']>, { nil: undefined }),
      encoding: fc.option(fc.constantFrom('onehot', 'topk', 'ordinal') as fc.Arbitrary<ColumnChoice['encoding']>, { nil: undefined }),
      topK: fc.option(fc.integer({ min: -5, max: 300 }), { nil: undefined }),
    });

  it('never lets NaN or infinity reach the features, and throws nothing but UserError', () => {
    checkProperty(
      fc.property(fc.array(fc.tuple(cell, cell, cell, fc.constantFrom('yes', 'no')), { minLength: 1, maxLength: 40 }), fc.array(choice('a').chain((a) => choice('b').map((b) => [a, b])), { maxLength: 1 }), (rows, choices) => {
        const csv = ['a,b,c,bought', ...rows.map((row) => row.map((value) => `"${value.replaceAll('"', '""')}"`).join(','))].join('\n');
        try {
          const { store, profiles } = setup(csv);
          const plan = planWith(...(choices[0] ?? []));
          const train = Array.from({ length: Math.ceil(store.rowCount / 2) }, (_, i) => i);
          const pre = fit(store, profiles, train, plan);
          const encoded = encodeStoredFeatures(pre, store, Int32Array.from({ length: store.rowCount }, (_, i) => i));
          expect(encoded.values.every(Number.isFinite)).toBe(true);
          expect(encoded.values.length).toBe(store.rowCount * pre.featureNames.length);
        } catch (error) {
          if (!isUserError(error)) throw error;
        }
      }),
      { numRuns: 300 },
    );
  });
});
