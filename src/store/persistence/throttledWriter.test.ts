import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ThrottledWriter } from './throttledWriter';

/** A write that finishes when the test says so. */
function controlledWrites() {
  const written: number[] = [];
  const finish: (() => void)[] = [];
  const write = (value: number) =>
    new Promise<void>((resolve) => {
      written.push(value);
      finish.push(resolve);
    });
  return { written, write, finishNext: async () => finish.shift()?.() };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('ThrottledWriter', () => {
  it('writes the first value at once, then only the latest, at most once per interval and one at a time', async () => {
    const { written, write, finishNext } = controlledWrites();
    const writer = new ThrottledWriter(write, () => undefined, 2000, () => Date.now());
    writer.offer(1);
    await vi.advanceTimersByTimeAsync(0);
    expect(written).toEqual([1]);
    writer.offer(2);
    writer.offer(3);
    await vi.advanceTimersByTimeAsync(2500);
    // The first write is still under way: nothing else starts.
    expect(written).toEqual([1]);
    await finishNext();
    await vi.advanceTimersByTimeAsync(0);
    expect(written).toEqual([1, 3]);
    await finishNext();
    writer.offer(4);
    await vi.advanceTimersByTimeAsync(1000);
    expect(written).toEqual([1, 3]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(written).toEqual([1, 3, 4]);
  });

  it('settles: drops what waits, waits for the write under way, and writes nothing after', async () => {
    const { written, write, finishNext } = controlledWrites();
    const writer = new ThrottledWriter(write, () => undefined, 2000, () => Date.now());
    writer.offer(1);
    await vi.advanceTimersByTimeAsync(0);
    writer.offer(2);
    let settled = false;
    const settling = writer.settle().then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(false);
    await finishNext();
    await settling;
    await vi.advanceTimersByTimeAsync(5000);
    expect(written).toEqual([1]);
  });

  it('reports a failed write and goes on with the next value', async () => {
    const errors: unknown[] = [];
    let calls = 0;
    const writer = new ThrottledWriter(
      async () => {
        calls++;
        if (calls === 1) throw new Error('full');
      },
      (error) => errors.push(error),
      100,
      () => Date.now(),
    );
    writer.offer(1);
    await vi.advanceTimersByTimeAsync(0);
    writer.offer(2);
    await vi.advanceTimersByTimeAsync(100);
    expect(errors.map((e) => (e as Error).message)).toEqual(['full']);
    expect(calls).toBe(2);
  });
});
