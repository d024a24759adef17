import type { StateCreator } from 'zustand';
import { bridge, messageOf } from './bridge';
import { DEFAULT_SAMPLE_ID, fetchSamples, findSample, sampleUrl } from './samples';
import type { DataActions, DataState, Store } from './types';
import { parseUrlOverrides } from './urlParams';

/** Bigger files are refused before reading, with a message, rather than crashing the tab. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

/** Results of a previous dataset or target no longer apply. */
const freshResults: Pick<Store, 'status' | 'statusDetail' | 'history' | 'result' | 'backend'> = { status: 'idle', statusDetail: '', history: [], result: null, backend: null };

export const createDataSlice: StateCreator<Store, [], [], DataState & DataActions> = (set, get) => ({
  samples: [],
  dataset: null,
  loading: null,
  target: null,

  init: async () => {
    try {
      const samples = await fetchSamples();
      set({ samples });
      const wanted = parseUrlOverrides(window.location.search).sample;
      const sample = (wanted && findSample(samples, wanted)) || findSample(samples, DEFAULT_SAMPLE_ID);
      if (wanted && !findSample(samples, wanted)) {
        set({ error: `There is no built-in sample called "${wanted}". Available: ${samples.map((s) => s.id).join(', ')}.` });
      }
      if (sample) await get().loadSample(sample.id);
    } catch (error) {
      set({ error: messageOf(error) });
    }
  },

  loadSample: async (id) => {
    const sample = findSample(get().samples, id);
    if (!sample) return;
    set({ loading: sample.title });
    try {
      const event = await bridge.request({ type: 'loadSample', url: sampleUrl(sample), title: sample.title, preferredTarget: sample.target, preferredPositive: sample.positiveClass ?? null });
      if (event.type === 'datasetLoaded') set({ dataset: event.summary, target: event.summary.suggestedTarget, error: null, ...freshResults });
    } catch (error) {
      set({ error: messageOf(error) });
    } finally {
      set({ loading: null });
    }
  },

  loadFile: async (file) => {
    if (file.size > MAX_FILE_BYTES) {
      set({ error: `"${file.name}" is ${(file.size / 1e6).toFixed(0)} MB; files up to ${MAX_FILE_BYTES / 1e6} MB can be read here. Remove rows or columns you do not need and try again.` });
      return;
    }
    set({ loading: file.name });
    try {
      const event = await bridge.request({ type: 'loadFile', file, name: file.name });
      if (event.type === 'datasetLoaded') set({ dataset: event.summary, target: event.summary.suggestedTarget, error: null, ...freshResults });
    } catch (error) {
      set({ error: `"${file.name}" could not be used. ${messageOf(error)}` });
    } finally {
      set({ loading: null });
    }
  },

  setTarget: (name) => set({ target: name, ...freshResults }),
});
