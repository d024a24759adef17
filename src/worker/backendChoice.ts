import type { BackendName } from './protocol';

export interface BackendTiming {
  backend: BackendName;
  /** Measured training throughput; null when the backend failed to start or to train. */
  samplesPerSecond: number | null;
}

export interface BackendDecision {
  backend: BackendName;
  /** Why, in plain words, e.g. "fastest here: 3.4× faster than webgl". */
  reason: string;
  timings: BackendTiming[];
}

/**
 * Picks the fastest backend by timing real training steps on each one that starts. A fixed priority
 * would be wrong: on a machine without a GPU, tfjs's default (webgpu on SwiftShader) is the slowest.
 */
export async function chooseFastestBackend(
  candidates: readonly BackendName[],
  switchTo: (name: BackendName) => Promise<boolean>,
  measure: () => Promise<number>,
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
  const working = timings.filter((t): t is { backend: BackendName; samplesPerSecond: number } => t.samplesPerSecond !== null);
  working.sort((a, b) => b.samplesPerSecond - a.samplesPerSecond);
  const [fastest, runnerUp] = working;
  if (!fastest) throw new Error('No training backend could start on this device.');
  const reason = runnerUp
    ? `fastest here: ${(fastest.samplesPerSecond / runnerUp.samplesPerSecond).toFixed(1)}× faster than ${runnerUp.backend}`
    : 'the only backend that started here';
  return { backend: fastest.backend, reason, timings };
}
