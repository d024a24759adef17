import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { trainingText } from '../core/training/texts';
import { rememberBackend, rememberedBackends } from './backendMemory';

const KEY = 'layerlab.backendChoices.v1';

/** A Map-backed localStorage: the tests run in Node, which has none. */
function fakeStorage() {
  const items = new Map<string, string>();
  return { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value) };
}

describe('remembered backend choices', () => {
  beforeEach(() => vi.stubGlobal('localStorage', fakeStorage()));
  afterEach(() => vi.unstubAllGlobals());

  it('keep a reason sent as a phrase, and one stored as text before phrases were sent', () => {
    const reason = trainingText('backend.faster', { backend: trainingText('backend.wasm', { simd: trainingText('backend.simd'), threads: trainingText('backend.oneThread') }), ratio: 3.4, runnerUp: 'webgl' });
    rememberBackend('a', { backend: 'wasm', reason, timings: [] });
    localStorage.setItem(KEY, JSON.stringify({ ...JSON.parse(localStorage.getItem(KEY) ?? '{}'), b: { backend: 'cpu', reason: 'cpu: the only backend that started on this device', timings: [] } }));
    expect(rememberedBackends()).toEqual({ a: { backend: 'wasm', reason, timings: [] }, b: { backend: 'cpu', reason: 'cpu: the only backend that started on this device', timings: [] } });
  });

  it('drop entries whose reason is neither, so that nothing malformed reaches the page', () => {
    const bad = [{ id: 'backend.only' }, { id: 'backend.only', params: { backend: true } }, { id: 7, params: {} }, null, 12];
    localStorage.setItem(KEY, JSON.stringify(Object.fromEntries(bad.map((reason, i) => [`k${i}`, { backend: 'wasm', reason, timings: [] }]))));
    expect(rememberedBackends()).toEqual({});
  });
});
