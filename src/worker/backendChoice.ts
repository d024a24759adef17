import { trainingText } from '../core/training/texts';
import type { BackendDecision, BackendName, BackendTiming, WorkerText } from './protocol';

/**
 * When no measurement says otherwise, the order to fall back in: the CPU paths that start everywhere
 * first (wasm is the fastest of those), then the GPU ones, which can also be lost mid-run.
 */
const FALLBACK_ORDER: readonly BackendName[] = ['wasm', 'webgl', 'webgpu', 'cpu'];

/**
 * Models of about the same size and batch train fastest on the same backend, so a choice is
 * remembered per power of two of parameters and per batch size.
 */
export function modelSizeKey(paramCount: number, batchSize: number): string {
  return `params~2^${Math.round(Math.log2(Math.max(1, paramCount)))}|batch ${batchSize}`;
}

/**
 * Picks the fastest backend by timing real training steps on each one that starts. A fixed priority
 * would be wrong: on a machine without a GPU, tfjs's default (webgpu on SwiftShader) is the slowest.
 */
export async function chooseFastestBackend(
  candidates: readonly BackendName[],
  switchTo: (name: BackendName) => Promise<boolean>,
  measure: () => Promise<number>,
  describe: (name: BackendName) => Promise<WorkerText>,
): Promise<BackendDecision> {
  const timings: BackendTiming[] = [];
  for (const backend of candidates) {
    let samplesPerSecond: number | null = null;
    try {
      if (await switchTo(backend)) samplesPerSecond = await measure();
    } catch {
      samplesPerSecond = null;
    }
    timings.push({ backend, samplesPerSecond });
  }
  const working = timings.filter((t): t is { backend: BackendName; samplesPerSecond: number } => t.samplesPerSecond !== null).sort((a, b) => b.samplesPerSecond - a.samplesPerSecond);
  const [fastest, runnerUp] = working;
  if (!fastest) throw new Error('No training backend could start on this device.');
  const description = (await switchTo(fastest.backend)) ? await describe(fastest.backend) : fastest.backend;
  const reason = runnerUp
    ? trainingText('backend.faster', { backend: description, ratio: Number((fastest.samplesPerSecond / runnerUp.samplesPerSecond).toFixed(1)), runnerUp: runnerUp.backend })
    : trainingText('backend.only', { backend: description });
  return { backend: fastest.backend, reason, timings };
}

/** Backends to try after `failed` stopped working, fastest measured first; ones never measured last. */
export function fallbackOrder(failed: readonly BackendName[], candidates: readonly BackendName[], decision: BackendDecision | null): BackendName[] {
  const speed = new Map(decision?.timings.map((t) => [t.backend, t.samplesPerSecond]) ?? []);
  const usable = candidates.filter((name) => !failed.includes(name) && speed.get(name) !== null);
  const rank = (name: BackendName) => speed.get(name) ?? -1 - FALLBACK_ORDER.indexOf(name);
  return usable.sort((a, b) => rank(b) - rank(a));
}
