import type { StateCreator } from 'zustand';
import { defaultModelSpec, denseStack, MAX_HIDDEN_LAYERS } from '../core/model/spec';
import type { ModelActions, ModelState, Store } from './types';
import { parseUrlOverrides } from './urlParams';

function initialSpec() {
  const hidden = typeof window === 'undefined' ? null : parseUrlOverrides(window.location.search).hidden;
  return hidden ? denseStack(hidden) : defaultModelSpec();
}

export const createModelSlice: StateCreator<Store, [], [], ModelState & ModelActions> = (set) => ({
  spec: initialSpec(),

  addLayer: () =>
    set(({ spec }) => {
      if (spec.hidden.length >= MAX_HIDDEN_LAYERS) return {};
      const last = spec.hidden.findLast((layer) => layer.kind === 'dense');
      const units = last ? Math.max(4, Math.round(last.units / 2)) : 32;
      return { spec: { ...spec, hidden: [...spec.hidden, { kind: 'dense', units, activation: last?.activation ?? 'relu' }] } };
    }),

  removeLayer: (index) => set(({ spec }) => ({ spec: { ...spec, hidden: spec.hidden.filter((_, i) => i !== index) } })),

  updateLayer: (index, patch) =>
    set(({ spec }) => ({ spec: { ...spec, hidden: spec.hidden.map((layer, i) => (i === index && layer.kind === 'dense' ? { ...layer, ...patch } : layer)) } })),
});
