import type { StateCreator } from 'zustand';
import * as edits from '../core/model/edit';
import { emptyHistory, recordEdit, redo, undo } from '../core/model/history';
import { parseModelSpec } from '../core/model/json';
import { defaultModelSpec, denseStack, type ModelSpec } from '../core/model/spec';
import { phraseFor } from '../i18n/translate';
import { bridge } from './bridge';
import type { ModelActions, ModelState, Store } from './types';
import { parseUrlOverrides } from './urlParams';

function initialSpec() {
  const hidden = typeof window === 'undefined' ? null : parseUrlOverrides(window.location.search).hidden;
  return hidden ? denseStack(hidden) : defaultModelSpec();
}

export const createModelSlice: StateCreator<Store, [], [], ModelState & ModelActions> = (set, get) => {
  /**
   * Applies one edit and records it for undo. `mergeKey` names the field for edits that may merge with
   * the previous one (typing a number); an edit that changes nothing is not recorded.
   */
  const edit = (change: (spec: ModelSpec) => ModelSpec, mergeKey: string | null = null) =>
    set(({ spec, specHistory }) => {
      const next = change(spec);
      return next === spec ? {} : { spec: next, specHistory: recordEdit(specHistory, spec, mergeKey, Date.now()) };
    });

  return {
    spec: initialSpec(),
    specHistory: emptyHistory(),
    trainedWeights: null,

    addLayer: (kind = 'dense', at) =>
      edit((spec) => {
        const index = at ?? spec.hidden.length;
        return edits.insertLayer(spec, edits.newLayer(kind, spec.hidden, index), index);
      }),
    removeLayer: (index) => edit((spec) => edits.removeLayer(spec, index)),
    duplicateLayer: (index) => edit((spec) => edits.duplicateLayer(spec, index)),
    moveLayer: (from, to) => edit((spec) => edits.moveLayer(spec, from, to)),
    updateLayer: (index, patch) => edit((spec) => edits.updateLayer(spec, index, patch), `${index}:${Object.keys(patch).sort().join(',')}`),
    replaceSpec: (next) => edit((spec) => (JSON.stringify(next) === JSON.stringify(spec) ? spec : next)),
    openSpecFile: async (file) => {
      const parsed = parseModelSpec(await file.text());
      if (!parsed.ok) {
        set({ error: phraseFor('error.layersFileUnusable', { file: file.name, reason: parsed.problem }) });
        return false;
      }
      get().replaceSpec(parsed.spec);
      return true;
    },

    undo: () => set(({ spec, specHistory }) => {
      const step = undo(specHistory, spec);
      return step ? { spec: step.state, specHistory: step.history } : {};
    }),
    redo: () => set(({ spec, specHistory }) => {
      const step = redo(specHistory, spec);
      return step ? { spec: step.state, specHistory: step.history } : {};
    }),

    loadTrainedWeights: async () => {
      try {
        const event = await bridge.request({ type: 'getWeights' });
        if (event.type === 'weights') set({ trainedWeights: { spec: event.spec, kernels: event.kernels } });
      } catch {
        // Colouring is a bonus: without weights the diagram is still right, only grey.
        set({ trainedWeights: null });
      }
    },
  };
};
