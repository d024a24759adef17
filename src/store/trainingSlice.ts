import type { StateCreator } from 'zustand';
import { DEFAULT_TRAINING, type TrainingSettings } from '../core/training/settings';
import { bridge, isAbort, messageOf } from './bridge';
import type { Store, TrainingActions, TrainingState } from './types';
import { parseUrlOverrides } from './urlParams';

function initialSettings(): Pick<TrainingState, 'settings' | 'backendChoice'> {
  const url = parseUrlOverrides(typeof window === 'undefined' ? '' : window.location.search);
  const settings: TrainingSettings = {
    ...DEFAULT_TRAINING,
    ...(url.seed !== null && { seed: url.seed }),
    ...(url.batch !== null && { batchSize: url.batch }),
    ...(url.epochs !== null && { epochs: url.epochs }),
    ...(url.patience !== null && { patience: url.patience }),
  };
  return { settings, backendChoice: url.backend };
}

export const createTrainingSlice: StateCreator<Store, [], [], TrainingState & TrainingActions> = (set, get) => ({
  ...initialSettings(),
  status: 'idle',
  statusDetail: '',
  backend: null,
  history: [],
  result: null,

  setSettings: (patch) => set(({ settings }) => ({ settings: { ...settings, ...patch } })),

  train: async () => {
    const { target, spec, settings, backendChoice, dataset } = get();
    if (!dataset || !target) {
      set({ error: 'Load a dataset and choose the column to predict before training.' });
      return;
    }
    set({ status: 'preparing', statusDetail: 'Preparing the data', history: [], result: null, backend: null, error: null });
    try {
      const event = await bridge.request(
        { type: 'train', config: { target, positiveClass: dataset.preferredPositive, spec, settings, backend: backendChoice } },
        {
          onProgress: (progress) => {
            if (progress.type === 'trainingPhase') set({ status: progress.phase, statusDetail: progress.detail, backend: progress.backend });
            else set(({ history }) => ({ history: [...history, progress.record] }));
          },
        },
      );
      if (event.type === 'trainingDone') {
        set({ result: event.result, status: event.result.stoppedBy === 'user' ? 'stopped' : 'done', statusDetail: '' });
      }
    } catch (error) {
      if (!isAbort(error)) set({ status: 'error', statusDetail: '', error: messageOf(error) });
    }
  },

  stop: () => {
    if (get().status === 'training' || get().status === 'preparing') bridge.stopTraining();
  },
});
