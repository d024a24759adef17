import type { StateCreator } from 'zustand';
import type { DataFix } from '../core/dataset/checks';
import { DEFAULT_PLAN, type ColumnChoice, type DataPlan } from '../core/dataset/plan';
import { defaultModelSpec, denseStack } from '../core/model/spec';
import type { DataSource } from '../core/project/project';
import type { DatasetSummary } from '../worker/protocol';
import { phraseFor } from '../i18n/translate';
import type { UserMessage } from '../i18n/translator';
import { bridge, failureText, isAbort } from './bridge';
import { DEFAULT_SAMPLE_ID, fetchSamples, findSample, sampleUrl } from './samples';
import type { DataActions, DataState, Store } from './types';
import { parseUrlOverrides } from './urlParams';

/**
 * Files beyond this are refused before reading. Below it the worker decides, from the start of the
 * file, whether the columns fit this device's memory, and says so in plain words when they do not.
 */
export const MAX_FILE_BYTES = 4 * 1024 ** 3;

/** Results of a previous dataset or target no longer apply. */
const freshResults: Pick<Store, 'status' | 'statusDetail' | 'history' | 'result' | 'backend' | 'live' | 'batchLosses' | 'notices' | 'decisionMap' | 'checkpoint' | 'recovery'> = {
  status: 'idle',
  statusDetail: '',
  history: [],
  result: null,
  backend: null,
  live: null,
  batchLosses: [],
  notices: [],
  decisionMap: null,
  checkpoint: null,
  recovery: null,
};

/** The read in progress, so that Cancel (or a newer file) can stop it. */
let currentLoad: AbortController | null = null;
/** Only the answer to the latest data check is shown; earlier ones are outdated. */
let latestCheck = 0;
/** The request that loaded the current table, to send again to a worker restarted after a crash. */
let lastLoad: LoadMessage | null = null;

type SetState = Parameters<StateCreator<Store>>[0];

export const createDataSlice: StateCreator<Store, [], [], DataState & DataActions> = (set, get) => {
  /** Sends the target and plan to the worker, which checks the data and keeps the plan for training. */
  const check = async () => {
    const { dataset, target, dataPlan } = get();
    if (!dataset) return;
    const ticket = ++latestCheck;
    try {
      const event = await bridge.request({ type: 'checkData', target, positiveClass: dataset.preferredPositive, plan: dataPlan });
      if (ticket === latestCheck && event.type === 'dataChecked') set({ dataCheck: event.report });
    } catch (error) {
      if (ticket === latestCheck) set({ dataCheck: null, error: failureText(error) });
    }
  };
  const changePlan = (plan: DataPlan) => {
    set({ dataPlan: plan, ...freshResults });
    void check();
  };

  return {
    samples: [],
    dataset: null,
    dataSource: null,
    sourceFile: null,
    loading: null,
    loadProgress: null,
    target: null,
    dataPlan: DEFAULT_PLAN,
    dataCheck: null,

    init: async () => {
      try {
        const samples = await fetchSamples();
        set({ samples });
        const wanted = parseUrlOverrides(window.location.search).sample;
        const sample = (wanted && findSample(samples, wanted)) || findSample(samples, DEFAULT_SAMPLE_ID);
        if (wanted && !findSample(samples, wanted)) {
          set({ error: phraseFor('error.noSuchSample', { wanted, available: samples.map((s) => s.id).join(', ') }) });
        }
        if (sample) await get().pickSample(sample.id);
      } catch (error) {
        set({ error: failureText(error) });
      }
    },

    loadSample: async (id) => {
      const sample = findSample(get().samples, id);
      if (!sample) return false;
      return load(set, sample.title, { type: 'loadSample', url: sampleUrl(sample), title: sample.title, preferredTarget: sample.target, preferredPositive: sample.positiveClass ?? null }, (reason) => reason, check, { kind: 'sample', id: sample.id });
    },

    pickSample: async (id) => {
      const loaded = await get().loadSample(id);
      const suggested = findSample(get().samples, id)?.suggestedHidden;
      // Only a stack the person has not shaped yet is replaced, and as an edit that Undo takes back.
      if (loaded && suggested && JSON.stringify(get().spec) === JSON.stringify(defaultModelSpec())) get().replaceSpec(denseStack(suggested));
      return loaded;
    },

    loadFile: async (file) => {
      if (file.size > MAX_FILE_BYTES) {
        set({ error: phraseFor('error.fileTooLarge', { file: file.name, size: (file.size / 1e9).toFixed(1), limit: MAX_FILE_BYTES / 1024 ** 3 }) });
        return false;
      }
      return load(set, file.name, { type: 'loadFile', file, name: file.name }, (reason) => phraseFor('error.fileUnusable', { file: file.name, reason }), check, { kind: 'file', name: file.name }, file);
    },

    cancelLoad: () => currentLoad?.abort(),

    setTarget: (name) => {
      set({ target: name, ...freshResults });
      void check();
    },

    setColumnChoice: (name, patch) => {
      const plan = get().dataPlan;
      const existing = plan.columns.find((choice) => choice.name === name) ?? { name };
      const merged: ColumnChoice = { ...existing, ...patch, name };
      for (const key of Object.keys(patch) as (keyof typeof patch)[]) if (patch[key] === undefined) delete merged[key];
      const others = plan.columns.filter((choice) => choice.name !== name);
      changePlan({ ...plan, columns: Object.keys(merged).length > 1 ? [...others, merged] : others });
    },

    setSplitPlan: (patch) => changePlan({ ...get().dataPlan, split: { ...get().dataPlan.split, ...patch } }),

    setClassWeights: (on) => changePlan({ ...get().dataPlan, classWeights: on }),

    restoreDataset: async () => {
      if (!lastLoad) return false;
      try {
        const event = await bridge.request(lastLoad);
        return event.type === 'datasetLoaded';
      } catch (error) {
        if (!isAbort(error)) set({ error: failureText(error) });
        return false;
      }
    },

    applyFix: (fix: DataFix) => {
      if (fix.kind === 'classWeights') get().setClassWeights(fix.on);
      else if (fix.kind === 'exclude') get().setColumnChoice(fix.column, { role: 'excluded' });
      else get().setColumnChoice(fix.column, { dateOrder: fix.order });
    },
  };
};

type LoadMessage = Extract<Parameters<typeof bridge.request>[0], { type: 'loadFile' | 'loadSample' }>;

/**
 * One read: progress while it runs; on success a fresh plan and check, and the source remembered (for
 * autosave and share links); on failure the old table stays. Resolves with whether it loaded.
 */
async function load(set: SetState, what: string, message: LoadMessage, explain: (reason: UserMessage) => UserMessage, check: () => Promise<void>, source: DataSource, file: File | null = null): Promise<boolean> {
  currentLoad?.abort();
  const controller = new AbortController();
  currentLoad = controller;
  set({ loading: what, loadProgress: null });
  try {
    const event = await bridge.request(message, {
      signal: controller.signal,
      onProgress: (progress) => {
        if (progress.type === 'loadProgress' && currentLoad === controller) set({ loadProgress: progress.progress });
      },
    });
    if (event.type === 'datasetLoaded') {
      lastLoad = message;
      const summary: DatasetSummary = event.summary;
      set({ dataset: summary, dataSource: source, sourceFile: file, target: summary.suggestedTarget, dataPlan: DEFAULT_PLAN, dataCheck: null, error: null, ...freshResults });
      void check();
      return true;
    }
    return false;
  } catch (error) {
    if (!isAbort(error)) set({ error: explain(failureText(error)) });
    return false;
  } finally {
    if (currentLoad === controller) {
      currentLoad = null;
      set({ loading: null, loadProgress: null });
    }
  }
}
