import type * as tf from '@tensorflow/tfjs';
import { readWeights, writeWeights } from '../core/training/snapshot';
import type { BackendName } from './protocol';
import type { SessionEnvironment } from './session';

/** Backends that pay a dispatch per op and a device sync per read. */
const GPU_BACKENDS: readonly BackendName[] = ['webgpu', 'webgl'];
/** The CPU-side backends, fastest first (wasm trains the sample's network about 3.5× faster than cpu). */
export const CPU_SIDE: readonly BackendName[] = ['wasm', 'cpu'];
/**
 * Models up to this many weights move. Per-op and per-read costs dominate their evaluation; beyond it
 * the arithmetic starts to dominate (up to a million predicted rows for importance, about two
 * operations per weight and row), which a real GPU does faster than wasm.
 */
export const MAX_WEIGHTS_TO_MOVE = 100_000;

export interface Handover {
  model: tf.LayersModel;
  backend: BackendName;
}

/**
 * After training on a GPU backend, the same model on the fastest CPU-side backend that starts: same
 * layers (rebuilt), same weights (read into arrays, written back). Evaluation, scoring and export run
 * thousands of small ops with a read after each prediction (the baselines' 300 steps, a prediction per
 * column and shuffle for importance): on WebGPU over SwiftShader that took minutes, on wasm seconds.
 * Null when the model stays: it trained on the CPU side already, it is large, or no CPU-side backend
 * starts (then the GPU backend is current again). The caller disposes the GPU copy.
 */
export async function moveToCpuSide(model: tf.LayersModel, trainedOn: BackendName, rebuild: () => tf.LayersModel, env: Pick<SessionEnvironment, 'candidateBackends' | 'switchBackend'>): Promise<Handover | null> {
  if (!GPU_BACKENDS.includes(trainedOn) || model.countParams() > MAX_WEIGHTS_TO_MOVE) return null;
  const weights = await readWeights(model);
  const available = env.candidateBackends();
  for (const backend of CPU_SIDE) {
    if (!available.includes(backend) || !(await env.switchBackend(backend))) continue;
    const moved = rebuild();
    writeWeights(moved, weights);
    return { model: moved, backend };
  }
  await env.switchBackend(trainedOn);
  return null;
}
