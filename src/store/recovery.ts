import type { StateCreator } from 'zustand';
import { phraseFor } from '../i18n/translate';
import { WorkerFailure } from '../worker/client';
import { bridge, failureText } from './bridge';
import type { Store, TrainingActions } from './types';

type Set = Parameters<StateCreator<Store>>[0];
type Get = () => Store;

/** Sends a request that needs the dataset; a worker that lost it (restarted after a crash) gets it again first. */
export async function withDataset<T>(get: Get, send: () => Promise<T>): Promise<T> {
  try {
    return await send();
  } catch (error) {
    if (error instanceof WorkerFailure && error.code === 'no-data' && (await get().restoreDataset())) return send();
    throw error;
  }
}

/**
 * After a crash or a reload: the history up to the checkpoint at once, then the checkpoint's model,
 * rebuilt and judged on the test split by the worker, so Evaluate, Use and Export work as after a Stop.
 */
export function recoverCheckpoint(set: Set, get: Get): TrainingActions['recoverCheckpoint'] {
  return async (checkpoint, cause) => {
    set({ status: 'preparing', statusDetail: '', history: checkpoint.history, backend: checkpoint.backend, result: null, live: null, batchLosses: [], recovery: null });
    try {
      const event = await withDataset(get, () => bridge.request({ type: 'restoreCheckpoint', checkpoint }));
      if (event.type !== 'modelRestored') return false;
      set({ result: event.result, status: 'stopped', checkpoint: null, recovery: { cause, keptEpoch: checkpoint.keptEpoch } });
      return true;
    } catch (error) {
      set({ status: 'error', checkpoint: null, error: phraseFor('fault.notRecovered', { reason: failureText(error) }) });
      return false;
    }
  };
}
