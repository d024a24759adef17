/**
 * Registers every tfjs backend in the worker and switches between them. Imported only by the worker
 * entry: the page never loads tfjs.
 */
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-webgpu';
import { getThreadsCount, setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import wasmPlainUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreadedUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import { speedUpWasmKernels } from '../core/training/wasmKernels';
import { trainingText } from '../core/training/texts';
import type { BackendName, WorkerText } from './protocol';

// Served from our own origin (no CDN): the app works offline and sends nothing elsewhere.
setWasmPaths({
  'tfjs-backend-wasm.wasm': wasmPlainUrl,
  'tfjs-backend-wasm-simd.wasm': wasmSimdUrl,
  'tfjs-backend-wasm-threaded-simd.wasm': wasmThreadedUrl,
});
speedUpWasmKernels();

/** Backends worth trying on this device, without initialising any of them. */
export function candidateBackends(): BackendName[] {
  const names: BackendName[] = ['wasm', 'cpu'];
  if (typeof OffscreenCanvas !== 'undefined') names.push('webgl');
  if ('gpu' in navigator) names.push('webgpu');
  return names;
}

/** Switches to a backend; false when it cannot start here (no adapter, no context, no wasm). */
export async function switchBackend(name: BackendName): Promise<boolean> {
  try {
    const ok = await tf.setBackend(name);
    await tf.ready();
    return ok && tf.getBackend() === name;
  } catch {
    return false;
  }
}

/** A short description of the backend in use, e.g. "wasm with SIMD, 1 thread". */
export async function describeBackend(name: BackendName): Promise<WorkerText> {
  if (name !== 'wasm') return name;
  const simd = Boolean(await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT'));
  const threads = getThreadsCount();
  return trainingText('backend.wasm', {
    simd: trainingText(simd ? 'backend.simd' : 'backend.noSimd'),
    threads: threads === 1 ? trainingText('backend.oneThread') : trainingText('backend.threads', { count: threads }),
  });
}
