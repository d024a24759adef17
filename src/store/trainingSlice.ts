import type { StateCreator } from 'zustand';
import { DEFAULT_TRAINING, type TrainingSettings } from '../core/training/settings';
import { WorkerFailure } from '../worker/client';
import type { WorkerEvent } from '../worker/protocol';
import { rememberBackend, rememberedBackends } from './backendMemory';
import { bridge, isAbort, messageOf } from './bridge';
import { trainingTestHooks } from './trainingHooks';
import type { Store, TrainingActions, TrainingState } from './types';
import { parseUrlOverrides } from './urlParams';

/** The live batch-loss curve keeps at most this many points; older ones are thinned, keeping its shape. */
const MAX_LOSS_POINTS = 400;

const CRASH_MESSAGE =
  'Training stopped because the training worker crashed; it may have run out of memory. Your data and settings are kept: press Train to try again (a smaller batch size or a smaller model needs less memory).';

const search = typeof window === 'undefined' ? '' : window.location.search;
const hooks = trainingTestHooks(search);

function initialSettings(): Pick<TrainingState, 'settings' | 'backendChoice'> {
  const url = parseUrlOverrides(search);
  const settings: TrainingSettings = {
    ...DEFAULT_TRAINING,
    ...(url.seed !== null && { seed: url.seed }),
    ...(url.batch !== null && { batchSize: url.batch }),
    ...(url.epochs !== null && { epochs: url.epochs }),
    ...(url.patience !== null && { patience: url.patience }),
  };
  return { settings, backendChoice: url.backend };
}

/** Training's live state before a run: everything a previous run showed is cleared. */
const freshRun: Pick<TrainingState, 'history' | 'result' | 'backend' | 'backendReason' | 'live' | 'batchLosses' | 'notices'> = {
  history: [],
  result: null,
  backend: null,
  backendReason: '',
  live: null,
  batchLosses: [],
  notices: [],
};

function withPoint(points: TrainingState['batchLosses'], point: TrainingState['batchLosses'][number]): TrainingState['batchLosses'] {
  const kept = points.length >= MAX_LOSS_POINTS ? points.filter((_, i) => i % 2 === 1) : points;
  return [...kept, point];
}

type Set = Parameters<StateCreator<Store>>[0];
type Get = () => Store;

function onProgress(event: WorkerEvent, set: Set): void {
  switch (event.type) {
    case 'trainingPhase':
      return set((state) => ({
        status: event.phase,
        statusDetail: event.detail,
        backend: event.backend ?? state.backend,
        backendReason: event.backendReason ?? state.backendReason,
      }));
    case 'epochEnd':
      return set((state) => ({ history: [...state.history, event.record] }));
    case 'batchProgress': {
      const { epoch, step, steps, loss } = event.progress;
      return set((state) => ({ live: event.progress, batchLosses: withPoint(state.batchLosses, { x: epoch - 1 + step / steps, loss }) }));
    }
    case 'trainingNotice':
      return set((state) => ({ notices: [...state.notices, event.message] }));
    case 'backendChosen':
      return rememberBackend(event.key, event.decision);
  }
}

let crashHookUsed = false;

/** Sends the training request; a worker that lost the dataset (it was restarted after a crash) gets it again first. */
async function requestTraining(get: Get, set: Set) {
  const send = () => {
    const { target, spec, settings, backendChoice, dataset, dataPlan } = get();
    const crashAtEpoch = crashHookUsed ? null : hooks.crashAtEpoch;
    crashHookUsed = true;
    const config = {
      target: target as string,
      positiveClass: dataset?.preferredPositive ?? null,
      spec,
      settings,
      backend: backendChoice,
      data: dataPlan,
      rememberedBackends: rememberedBackends(),
      testHooks: { failBackendAtEpoch: hooks.failBackendAtEpoch, crashAtEpoch },
    };
    return bridge.request({ type: 'train', config }, { onProgress: (event) => onProgress(event, set) });
  };
  try {
    return await send();
  } catch (error) {
    if (error instanceof WorkerFailure && error.code === 'no-data' && (await get().restoreDataset())) return send();
    throw error;
  }
}

export const createTrainingSlice: StateCreator<Store, [], [], TrainingState & TrainingActions> = (set, get) => ({
  ...initialSettings(),
  ...freshRun,
  status: 'idle',
  statusDetail: '',

  setSettings: (patch) => set(({ settings }) => ({ settings: { ...settings, ...patch } })),

  setBackendChoice: (choice) => set({ backendChoice: choice }),

  train: async () => {
    const { target, dataset } = get();
    if (!dataset || !target) {
      set({ error: 'Load a dataset and choose the column to predict before training.' });
      return;
    }
    set({ ...freshRun, status: 'preparing', statusDetail: 'Preparing the data', error: null });
    try {
      const event = await requestTraining(get, set);
      if (event.type !== 'trainingDone') return;
      const { result } = event;
      const stopped = result.stoppedBy === 'user' || result.stoppedBy === 'diverged';
      set({ result, status: stopped ? 'stopped' : 'done', statusDetail: '', live: null, ...(result.divergence && { error: result.divergence }) });
    } catch (error) {
      if (isAbort(error)) return;
      const crashed = error instanceof WorkerFailure && error.code === 'worker-crashed';
      set({ status: 'error', statusDetail: '', live: null, error: crashed ? CRASH_MESSAGE : messageOf(error) });
    }
  },

  pause: () => {
    if (get().status === 'training') bridge.pauseTraining(true);
  },

  resume: () => {
    if (get().status === 'paused') bridge.pauseTraining(false);
  },

  stop: () => {
    if (['preparing', 'training', 'paused'].includes(get().status)) bridge.stopTraining();
  },
});
