import { describe, expect, it } from 'vitest';
import { balancedClassWeights, rareShareLimit, rarestClass, weighsClasses } from './classBalance';

describe('class balance', () => {
  it('calls a class rare under 20% of rows for two classes, and proportionally less for more classes', () => {
    expect(rareShareLimit(2)).toBeCloseTo(0.2);
    expect(rareShareLimit(5)).toBeCloseTo(0.05);
    expect(rarestClass([81, 19])).toEqual({ index: 1, share: 0.19 });
    expect(rarestClass([80, 20])).toBeNull();
    expect(rarestClass([40, 9, 51])).toEqual({ index: 1, share: 0.09 });
    expect(rarestClass([40, 11, 49])).toBeNull();
    expect(rarestClass([10])).toBeNull();
    expect(rarestClass([0, 0])).toBeNull();
  });

  it('weighs automatically only when a class is rare; a yes or no from the person wins', () => {
    expect(weighsClasses('auto', true)).toBe(true);
    expect(weighsClasses('auto', false)).toBe(false);
    expect(weighsClasses(false, true)).toBe(false);
    expect(weighsClasses(true, false)).toBe(true);
  });

  it('gives each class n / (classes × n_class), as scikit-learn’s "balanced"', () => {
    expect(balancedClassWeights([90, 10])).toEqual({ 0: 100 / 180, 1: 5 });
    expect(balancedClassWeights([3, 0, 1])).toEqual({ 0: 4 / 9, 1: 1, 2: 4 / 3 });
  });
});
