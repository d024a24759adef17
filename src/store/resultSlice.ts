import type { StateCreator } from 'zustand';
import { bridge, messageOf } from './bridge';
import type { MessageActions, MessageState, ResultActions, Store } from './types';

export const createResultSlice: StateCreator<Store, [], [], ResultActions & MessageState & MessageActions> = (set) => ({
  error: null,

  scoreFile: async (file) => {
    try {
      const event = await bridge.request({ type: 'scoreFile', file, name: file.name });
      if (event.type !== 'scored') return null;
      set({ error: null });
      return { csv: event.csv, fileName: event.fileName, rowsWithNotes: event.rowsWithNotes };
    } catch (error) {
      set({ error: `"${file.name}" could not be scored. ${messageOf(error)}` });
      return null;
    }
  },

  exportBundle: async () => {
    try {
      const event = await bridge.request({ type: 'exportBundle' });
      return event.type === 'bundleReady' ? { zip: event.zip, fileName: event.fileName } : null;
    } catch (error) {
      set({ error: messageOf(error) });
      return null;
    }
  },

  dismissError: () => set({ error: null }),
});
