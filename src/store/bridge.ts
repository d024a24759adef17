import { WorkerBridge, WorkerFailure } from '../worker/client';

/** The app's one training worker. */
export const bridge = new WorkerBridge(() => new Worker(new URL('../worker/worker.ts', import.meta.url), { type: 'module', name: 'layerlab-training' }));

/** The plain-language message of a failure, whatever threw it. */
export function messageOf(error: unknown): string {
  if (error instanceof WorkerFailure) return error.message;
  return `Something went wrong: ${error instanceof Error ? error.message : String(error)}. Your work is kept; try again.`;
}

export function isAbort(error: unknown): boolean {
  return error instanceof WorkerFailure && error.code === 'aborted';
}
