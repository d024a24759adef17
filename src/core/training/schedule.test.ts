import { describe, expect, it } from 'vitest';
import { afterEpoch, initialSchedule, type ScheduleState } from './schedule';

const settings = { patience: 3, lrPatience: 2, lrFactor: 0.5 };

/** Runs validation losses through the schedule, one per epoch, until it says stop. */
function run(losses: number[]) {
  let state: ScheduleState = initialSchedule(0.01);
  const rates: number[] = [];
  for (const [i, loss] of losses.entries()) {
    const decision = afterEpoch(state, i + 1, loss, settings);
    state = decision.state;
    rates.push(state.learningRate);
    if (decision.stop) return { stoppedAt: i + 1, state, rates };
  }
  return { stoppedAt: null, state, rates };
}

describe('early stopping and reduce-on-plateau', () => {
  it('keep going while the validation loss improves', () => {
    const { stoppedAt, state, rates } = run([0.9, 0.8, 0.7, 0.6, 0.5]);
    expect(stoppedAt).toBeNull();
    expect(state.bestEpoch).toBe(5);
    expect(rates.every((r) => r === 0.01)).toBe(true);
  });

  it('halve the rate after lrPatience flat epochs and stop after patience epochs without a better loss', () => {
    const { stoppedAt, state, rates } = run([0.9, 0.5, 0.6, 0.7, 0.6, 0.8]);
    expect(state.bestEpoch).toBe(2);
    expect(stoppedAt).toBe(5);
    expect(rates).toEqual([0.01, 0.01, 0.01, 0.005, 0.005]);
  });

  it('count plateau epochs again from a better loss', () => {
    const { rates, stoppedAt } = run([0.9, 0.95, 0.8, 0.85, 0.9, 0.95]);
    expect(rates).toEqual([0.01, 0.01, 0.01, 0.01, 0.005, 0.005]);
    expect(stoppedAt).toBe(6);
  });

  it('never stop or lower the rate when both patiences are 0', () => {
    let state = initialSchedule(0.01);
    for (let epoch = 1; epoch <= 20; epoch++) {
      const decision = afterEpoch(state, epoch, 1 + epoch, { patience: 0, lrPatience: 0, lrFactor: 0.5 });
      expect(decision.stop).toBe(false);
      state = decision.state;
    }
    expect(state.learningRate).toBe(0.01);
  });
});
