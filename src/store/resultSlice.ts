import type { StateCreator } from 'zustand';
import { phraseFor } from '../i18n/translate';
import { bridge, failureText } from './bridge';
import type { MessageActions, MessageState, ResultActions, ResultState, Store } from './types';

/** A contact costing 1 and a success worth 10: round figures a person replaces with their own. */
const DEFAULT_CAMPAIGN = { costPerContact: 1, valuePerSuccess: 10 };

export const createResultSlice: StateCreator<Store, [], [], ResultState & ResultActions & MessageState & MessageActions> = (set) => ({
  error: null,
  scoring: null,
  campaign: DEFAULT_CAMPAIGN,

  scoreFile: async (file) => {
    set({ scoring: { fileName: file.name, done: 0, total: 0 } });
    try {
      const event = await bridge.request(
        { type: 'scoreFile', file, name: file.name },
        {
          onProgress: (progress) => {
            if (progress.type === 'scoringProgress') set({ scoring: { fileName: file.name, done: progress.done, total: progress.total } });
          },
        },
      );
      if (event.type !== 'scored') return null;
      set({ error: null });
      return { file: event.file, fileName: event.fileName, rowCount: event.rowCount, rowsWithNotes: event.rowsWithNotes };
    } catch (error) {
      set({ error: phraseFor('predict.error.scoreFile', { file: file.name, reason: failureText(error) }) });
      return null;
    } finally {
      set({ scoring: null });
    }
  },

  scoreRow: async (values) => {
    try {
      const event = await bridge.request({ type: 'scoreRow', values });
      return event.type === 'rowScored' ? event.prediction : null;
    } catch (error) {
      set({ error: phraseFor('predict.error.whatIf', { reason: failureText(error) }) });
      return null;
    }
  },

  setCampaign: (patch) => set(({ campaign }) => ({ campaign: { ...campaign, ...patch } })),

  exportBundle: async () => {
    try {
      const event = await bridge.request({ type: 'exportBundle' });
      return event.type === 'bundleReady' ? { zip: event.zip, fileName: event.fileName, verification: event.verification } : null;
    } catch (error) {
      set({ error: failureText(error) });
      return null;
    }
  },

  dismissError: () => set({ error: null }),
});
