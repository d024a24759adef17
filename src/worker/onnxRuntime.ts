/**
 * Loads onnxruntime-web for the bundle check, on first use only (it is large). Imported only by the
 * worker entry: Node tests load the package's Node build instead.
 */
import ortWasmUrl from 'onnxruntime-web/ort-wasm-simd-threaded.wasm?url';
import type { OnnxRuntime } from './verifyBundle';

export async function loadOnnxRuntime(): Promise<OnnxRuntime> {
  // The wasm-only build: the check needs no GPU provider, and the rest of ONNX Runtime is dead weight.
  const ort = await import('onnxruntime-web/wasm');
  // Served from our own origin (no CDN): the app works offline and sends nothing elsewhere.
  ort.env.wasm.wasmPaths = { wasm: ortWasmUrl };
  // A hundred rows gain nothing from threads, which would start more workers.
  ort.env.wasm.numThreads = 1;
  return ort;
}
