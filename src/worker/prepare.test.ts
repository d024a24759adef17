import { describe, expect, it } from 'vitest';
import { parseCsvText } from '../core/csv/parse';
import { profileStore } from '../core/csv/profile';
import { storeFromTable } from '../core/csv/tableStore';
import { DEFAULT_PLAN, type DataPlan } from '../core/dataset/plan';
import { createRandom } from '../core/random';
import { prepareData } from './prepare';

/** 500 customers over 500 days; 10% churn. */
function data() {
  const random = createRandom(5);
  const lines = ['day,visits,plan,churned'];
  for (let i = 0; i < 500; i++) {
    lines.push([new Date(Date.UTC(2023, 0, 1) + i * 86_400_000).toISOString().slice(0, 10), Math.floor(random() * 20), ['a', 'b'][i % 2], i % 10 === 0 ? 'yes' : 'no'].join(','));
  }
  const store = storeFromTable(parseCsvText(lines.join('\n')));
  return { store, profiles: profileStore(store) };
}

describe('prepareData', () => {
  it('weighs classes by the inverse of their training frequency: automatically for a rare class, or as the plan says', () => {
    const { store, profiles } = data();
    const automatic = prepareData(store, profiles, 'churned', 'yes', 1).classWeights;
    expect(automatic?.[1]).toBeCloseTo(5, 0);
    expect(automatic?.[0]).toBeCloseTo(5 / 9, 1);
    expect(((automatic?.[0] ?? 0) * 9) / (automatic?.[1] ?? 1)).toBeCloseTo(1, 1);
    expect(prepareData(store, profiles, 'churned', 'yes', 1, { ...DEFAULT_PLAN, classWeights: true }).classWeights).toEqual(automatic);
    expect(prepareData(store, profiles, 'churned', 'yes', 1, { ...DEFAULT_PLAN, classWeights: false }).classWeights).toBeNull();
    // Two balanced classes: nothing is rare, so automatic means unweighted.
    expect(prepareData(store, profiles, 'plan', 'a', 1).classWeights).toBeNull();
    expect(prepareData(store, profiles, 'visits', null, 1, { ...DEFAULT_PLAN, classWeights: true }).classWeights).toBeNull();
  });

  it('splits in time by a date column: the test rows are the newest', () => {
    const { store, profiles } = data();
    const plan: DataPlan = { ...DEFAULT_PLAN, split: { validation: 0.1, test: 0.2, byDate: 'day' } };
    const prepared = prepareData(store, profiles, 'churned', 'yes', 1, plan);
    expect(Math.min(...prepared.split.test)).toBe(400);
    expect(Math.max(...prepared.split.train)).toBe(349);
    expect(prepared.testSample.columns[0]?.[0]).toBe('2024-02-05');
  });

  it('refuses an unusable split or date column in plain words', () => {
    const { store, profiles } = data();
    expect(() => prepareData(store, profiles, 'churned', 'yes', 1, { ...DEFAULT_PLAN, split: { validation: 0.5, test: 0.3, byDate: null } })).toThrow(/between 5% and 40%/);
    expect(() => prepareData(store, profiles, 'churned', 'yes', 1, { ...DEFAULT_PLAN, split: { validation: 0.1, test: 0.1, byDate: 'plan' } })).toThrow(/does not hold dates/);
  });
});
