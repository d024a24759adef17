import type { StateCreator } from 'zustand';
import type { StepUnit } from '../core/training/control';
import { DEFAULT_TRAINING, trainingSettingProblems, type TrainingSettings } from '../core/training/settings';
import { trainingText } from '../core/training/texts';
import { WorkerFailure } from '../worker/client';
import type { WorkerEvent } from '../worker/protocol';
import { rememberBackend, rememberedBackends } from './backendMemory';
import { bridge, failureText, isAbort } from './bridge';
import { phraseFor } from '../i18n/translate';
import { recoverCheckpoint, withDataset } from './recovery';
import { trainingTestHooks } from './trainingHooks';
import type { Store, TrainingActions, TrainingState } from './types';
import { parseUrlOverrides } from './urlParams';

/** The live batch-loss curve keeps at most this many points; older ones are thinned, keeping its shape. */
const MAX_LOSS_POINTS = 400;

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
const freshRun: Pick<TrainingState, 'history' | 'result' | 'backend' | 'backendReason' | 'live' | 'batchLosses' | 'notices' | 'checkpoint' | 'recovery' | 'decisionMap'> = {
  history: [],
  result: null,
  backend: null,
  backendReason: '',
  live: null,
  batchLosses: [],
  notices: [],
  checkpoint: null,
  recovery: null,
  decisionMap: null,
};

function withPoint(points: TrainingState['batchLosses'], point: TrainingState['batchLosses'][number]): TrainingState['batchLosses'] {
  const kept = points.length >= MAX_LOSS_POINTS ? points.filter((_, i) => i % 2 === 1) : points;
  return [...kept, point];
}

type Set = Parameters<StateCreator<Store>>[0];
type Get = () => Store;
type ProgressEvent = Extract<WorkerEvent, { type: 'trainingPhase' | 'epochEnd' | 'batchProgress' | 'trainingNotice' | 'backendChosen' | 'trainingCheckpoint' | 'decisionMap' }>;

const PROGRESS_TYPES: ReadonlySet<string> = new Set<ProgressEvent['type']>(['trainingPhase', 'epochEnd', 'batchProgress', 'trainingNotice', 'backendChosen', 'trainingCheckpoint', 'decisionMap']);
const isTrainingProgress = (event: WorkerEvent): event is ProgressEvent => PROGRESS_TYPES.has(event.type);

/**
 * Progress reaches the page at most this often: a small table can finish dozens of epochs a second,
 * and every store update costs a render, a layout and a paint on the main thread.
 */
const UPDATE_MS = 500;

function applyEvent(state: Store, event: Exclude<ProgressEvent, { type: 'backendChosen' }>): Partial<Store> {
  switch (event.type) {
    case 'trainingPhase':
      return { status: event.phase, statusDetail: event.detail, backend: event.backend ?? state.backend, backendReason: event.backendReason ?? state.backendReason };
    case 'epochEnd':
      return { history: [...state.history, event.record] };
    case 'batchProgress': {
      const { epoch, step, steps, loss } = event.progress;
      return { live: event.progress, batchLosses: withPoint(state.batchLosses, { x: epoch - 1 + step / steps, loss }) };
    }
    case 'trainingNotice':
      return { notices: [...state.notices, event.message] };
    case 'trainingCheckpoint':
      return { checkpoint: event.checkpoint };
    case 'decisionMap':
      return { decisionMap: event.view };
  }
}

/** Collects progress events and applies them together, at once for what a person waits for (a state change, the first epoch). */
class ProgressQueue {
  private events: Exclude<ProgressEvent, { type: 'backendChosen' }>[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly set: Set,
    private readonly get: Get,
  ) {}

  push(event: ProgressEvent): void {
    if (event.type === 'backendChosen') return rememberBackend(event.key, event.decision);
    this.events.push(event);
    const urgent = event.type === 'trainingPhase' || event.type === 'trainingNotice' || (event.type === 'epochEnd' && this.get().history.length === 0);
    if (urgent) this.flush();
    else this.timer ??= setTimeout(() => this.flush(), UPDATE_MS);
  }

  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const events = this.events;
    this.events = [];
    if (events.length > 0) this.set((state) => events.reduce((next, event) => ({ ...next, ...applyEvent(next, event) }), state));
  }
}

let crashHookUsed = false;

/** Sends the training request; a worker that lost the dataset (it was restarted after a crash) gets it again first. */
async function requestTraining(get: Get, progress: ProgressQueue, firstStep?: StepUnit) {
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
      ...(firstStep && { firstStep }),
    };
    return bridge.request({ type: 'train', config }, { onProgress: (event) => isTrainingProgress(event) && progress.push(event) });
  };
  return withDataset(get, send);
}

export const createTrainingSlice: StateCreator<Store, [], [], TrainingState & TrainingActions> = (set, get) => ({
  ...initialSettings(),
  ...freshRun,
  status: 'idle',
  statusDetail: '',

  setSettings: (patch) => set(({ settings }) => ({ settings: { ...settings, ...patch } })),

  setBackendChoice: (choice) => set({ backendChoice: choice }),

  train: async (firstStep) => {
    const { target, dataset } = get();
    if (!dataset || !target) {
      set({ error: phraseFor('train.needData') });
      return;
    }
    // Checked here too, not only in the worker, so that the person reads the problems in their language.
    const problems = trainingSettingProblems(get().settings);
    if (problems.length > 0) {
      set({ error: problems.reduce((first, next) => trainingText('settings.and', { first, next })) });
      return;
    }
    set({ ...freshRun, status: 'preparing', statusDetail: phraseFor('training.detail.preparing'), error: null });
    const progress = new ProgressQueue(set, get);
    try {
      const event = await requestTraining(get, progress, firstStep);
      progress.flush();
      if (event.type !== 'trainingDone') return;
      const { result } = event;
      const stopped = result.stoppedBy === 'user' || result.stoppedBy === 'diverged';
      set({ result, status: stopped ? 'stopped' : 'done', statusDetail: '', live: null, checkpoint: null, ...(result.divergence && { error: result.divergence }) });
    } catch (error) {
      progress.flush();
      if (isAbort(error)) return;
      const crashed = error instanceof WorkerFailure && error.code === 'worker-crashed';
      const checkpoint = crashed ? get().checkpoint : null;
      if (checkpoint) {
        // The model of the last checkpoint goes into the restarted worker: the run is kept up to there.
        set({ error: phraseFor('fault.workerCrashed') });
        await get().recoverCheckpoint(checkpoint, 'crash');
        return;
      }
      set({ status: 'error', statusDetail: '', live: null, error: crashed ? phraseFor('fault.workerCrashed') : failureText(error) });
    }
  },

  pause: () => {
    if (get().status === 'training') bridge.pauseTraining(true);
  },

  resume: () => {
    if (get().status === 'paused') bridge.pauseTraining(false);
  },

  step: (unit) => {
    const status = get().status;
    if (status === 'paused') bridge.stepTraining(unit);
    // From rest a step starts a run that holds after it; a running one has to be paused first.
    else if (status !== 'preparing' && status !== 'training') void get().train(unit);
  },

  stop: () => {
    if (['preparing', 'training', 'paused'].includes(get().status)) bridge.stopTraining();
  },

  recoverCheckpoint: recoverCheckpoint(set, get),
});
