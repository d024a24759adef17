import { describe, expect, it } from 'vitest';
import type { Phrase } from '../core/text';
import { english } from '../core/texts';
import { trainingText } from '../core/training/texts';
import { chooseFastestBackend, fallbackOrder, modelSizeKey } from './backendChoice';
import type { BackendName } from './protocol';

/** A fake device: which backends start, and how fast each trains. */
function device(speeds: Partial<Record<BackendName, number | 'fails' | 'no-start'>>) {
  let current: BackendName | null = null;
  return {
    switchTo: async (name: BackendName) => {
      if (speeds[name] === 'no-start' || speeds[name] === undefined) return false;
      current = name;
      return true;
    },
    measure: async () => {
      const speed = current && speeds[current];
      if (speed === 'fails') throw new Error('lost context');
      return speed as number;
    },
    describe: async (name: BackendName) => (name === 'wasm' ? trainingText('backend.wasm', { simd: trainingText('backend.simd'), threads: trainingText('backend.oneThread') }) : name),
  };
}

describe('backend choice', () => {
  it('picks the fastest by measurement, not by a fixed order, and says how much faster', async () => {
    const d = device({ webgpu: 1_500, webgl: 5_700, wasm: 56_000, cpu: 16_000 });
    const decision = await chooseFastestBackend(['webgpu', 'webgl', 'wasm', 'cpu'], d.switchTo, d.measure, d.describe);
    expect(decision.backend).toBe('wasm');
    expect(english(decision.reason as Phrase)).toBe('wasm with SIMD, 1 thread: 3.5× faster than cpu on this device');
  });

  it('skips backends that do not start or fail while measured', async () => {
    const d = device({ webgpu: 'no-start', webgl: 'fails', cpu: 16_000 });
    const decision = await chooseFastestBackend(['webgpu', 'webgl', 'cpu'], d.switchTo, d.measure, d.describe);
    expect(decision.backend).toBe('cpu');
    expect(english(decision.reason as Phrase)).toBe('cpu: the only backend that started on this device');
    expect(decision.timings.map((t) => t.samplesPerSecond)).toEqual([null, null, 16_000]);
    await expect(chooseFastestBackend(['webgpu'], d.switchTo, d.measure, d.describe)).rejects.toThrow(/No training backend/);
  });

  it('falls back to the next fastest measured backend, then to the unmeasured ones, never to a failed one', () => {
    const decision = { backend: 'webgl' as const, reason: '', timings: [{ backend: 'webgl' as const, samplesPerSecond: 9_000 }, { backend: 'cpu' as const, samplesPerSecond: 4_000 }, { backend: 'webgpu' as const, samplesPerSecond: null }] };
    expect(fallbackOrder(['webgl'], ['wasm', 'cpu', 'webgl', 'webgpu'], decision)).toEqual(['cpu', 'wasm']);
    expect(fallbackOrder(['webgl'], ['cpu', 'webgl', 'webgpu', 'wasm'], null)).toEqual(['wasm', 'webgpu', 'cpu']);
  });

  it('remembers choices per size class and batch size', () => {
    expect(modelSizeKey(4_097, 256)).toBe(modelSizeKey(4_500, 256));
    expect(modelSizeKey(4_097, 256)).not.toBe(modelSizeKey(4_097, 1024));
    expect(modelSizeKey(4_097, 256)).not.toBe(modelSizeKey(233_000, 256));
  });
});
