import { phraseFor } from '../i18n/translate';
import type { UserMessage } from '../i18n/translator';
import { WorkerBridge, WorkerFailure } from '../worker/client';
import { StorageProblem } from './persistence/storageProblem';
import { SampleListProblem } from './sampleListProblem';

/** The app's one training worker. */
export const bridge = new WorkerBridge(() => new Worker(new URL('../worker/worker.ts', import.meta.url), { type: 'module', name: 'layerlab-training' }));

/** The plain-language message of a failure, whatever threw it, as a phrase the page words in the person's language. */
export function failureText(error: unknown): UserMessage {
  if (error instanceof WorkerFailure) return error.text;
  if (error instanceof StorageProblem || error instanceof SampleListProblem) return error.text;
  return phraseFor('error.unexpected', { detail: error instanceof Error ? error.message : String(error) });
}

export function isAbort(error: unknown): boolean {
  return error instanceof WorkerFailure && error.code === 'aborted';
}
