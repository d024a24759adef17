import type { WorkerMemoryStats } from '../worker/protocol';
import { bridge } from './bridge';

/**
 * `?debug=1`: a small read-only handle on `window.layerlabDebug`, for the soak test (`npm run soak`)
 * and for anyone chasing a leak in a bug report. Without the flag nothing is exposed.
 */
export interface LayerlabDebug {
  /**
   * tfjs's live tensors and bytes in the training worker. Asking starts the worker if none runs yet
   * (and no backend), so ask after loading data to measure what a session holds.
   */
  workerMemory(): Promise<WorkerMemoryStats>;
}

declare global {
  interface Window {
    layerlabDebug?: LayerlabDebug;
  }
}

export function installDebugHook(search: string = window.location.search): void {
  if (new URLSearchParams(search).get('debug') !== '1') return;
  window.layerlabDebug = {
    async workerMemory() {
      const answer = await bridge.request({ type: 'memoryStats' });
      if (answer.type !== 'memoryStats') throw new Error(`The worker answered ${answer.type} to memoryStats.`);
      return answer.stats;
    },
  };
}
