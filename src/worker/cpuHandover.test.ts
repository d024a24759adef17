import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildModel } from '../core/model/build';
import { denseStack, outputFor } from '../core/model/spec';
import { MAX_WEIGHTS_TO_MOVE, moveToCpuSide } from './cpuHandover';
import type { BackendName } from './protocol';

beforeAll(async () => {
  tf.env().set('PROD', true);
  await tf.setBackend('cpu');
});

const SPEC = denseStack([6, 3]);
const build = (seed: number) => buildModel(SPEC, 4, outputFor('binary', 2), seed);
const rows = tf.tensor2d([0.1, -1, 2, 0.5, 1, 1, -0.3, 0], [2, 4]);
const predictions = (model: tf.LayersModel) => (model.predict(rows) as tf.Tensor).arraySync();

/** Node has only tfjs's cpu backend: it plays the CPU side, and the switches that happened are recorded. */
function environment(starts: readonly BackendName[]) {
  const switches: BackendName[] = [];
  return {
    switches,
    env: {
      candidateBackends: (): BackendName[] => ['wasm', 'cpu', 'webgl', 'webgpu'],
      switchBackend: async (name: BackendName) => {
        switches.push(name);
        return starts.includes(name) && name === 'cpu' && (await tf.setBackend('cpu'));
      },
    },
  };
}

describe('moveToCpuSide', () => {
  it('rebuilds a model trained on a GPU backend on the fastest CPU-side backend that starts, with the same weights', async () => {
    const trained = build(1);
    const { env, switches } = environment(['cpu']);
    // A different seed: only the written weights can make the copy predict the same.
    const moved = await moveToCpuSide(trained, 'webgpu', () => build(2), env);
    expect(moved?.backend).toBe('cpu');
    expect(switches).toEqual(['wasm', 'cpu']);
    expect(moved?.model).not.toBe(trained);
    expect(predictions(moved?.model as tf.LayersModel)).toEqual(predictions(trained));
    expect(predictions(build(2))).not.toEqual(predictions(trained));
  });

  it('leaves a model where it is when it trained on the CPU side or is large', async () => {
    const { env, switches } = environment(['cpu']);
    expect(await moveToCpuSide(build(1), 'wasm', () => build(1), env)).toBeNull();
    expect(await moveToCpuSide(build(1), 'cpu', () => build(1), env)).toBeNull();
    const large = buildModel(denseStack([400, 400]), 40, outputFor('binary', 2), 1);
    expect(large.countParams()).toBeGreaterThan(MAX_WEIGHTS_TO_MOVE);
    expect(await moveToCpuSide(large, 'webgl', () => build(1), env)).toBeNull();
    expect(switches).toEqual([]);
  });

  it('switches back to the GPU backend when no CPU-side backend starts', async () => {
    const { env, switches } = environment([]);
    expect(await moveToCpuSide(build(1), 'webgl', () => build(1), env)).toBeNull();
    expect(switches).toEqual(['wasm', 'cpu', 'webgl']);
  });
});
