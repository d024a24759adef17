import type { StateCreator } from 'zustand';
import { PROJECT_FORMAT, PROJECT_VERSION, type ProjectSetup } from '../core/project/project';
import { readProjectFile, writeProjectFile } from '../core/project/projectFile';
import { readShareFragment, shareFragment } from '../core/project/shareLink';
import type { DataPlan } from '../core/dataset/plan';
import type { EpochRecord } from '../core/training/fit';
import type { ModelSnapshot, TrainingCheckpoint } from '../worker/protocol';
import { phraseFor, translate } from '../i18n/translate';
import { bridge, failureText } from './bridge';
import { storageUse } from './persistence/database';
import { copyProject, currentProjectId, listProjects, readCheckpoint, readData, readModel, readProject, rememberCurrentProject, removeProject } from './persistence/projectRecords';
import { fetchSamples } from './samples';
import type { ProjectActions, ProjectState, Store } from './types';

type Get = () => Store;
type Set = Parameters<StateCreator<Store>>[0];

export const newProjectId = () => crypto.randomUUID();
/** A project nobody named keeps an empty name; the page shows "Untitled project" in the person's language. */
const UNTITLED = '';

/** The setup of the open project, as share links and project files carry it. */
export function setupOf(state: Store): ProjectSetup {
  return {
    format: PROJECT_FORMAT,
    version: PROJECT_VERSION,
    name: state.projectName,
    source: state.dataSource,
    target: state.target,
    spec: state.spec,
    settings: state.settings,
    backend: state.backendChoice,
    locks: state.locks,
  };
}

interface Restorable {
  setup: ProjectSetup;
  plan?: DataPlan;
  file?: File | null;
  model?: { snapshot: ModelSnapshot; history: EpochRecord[] } | null;
  /** The checkpoint of a run a reload interrupted: brought back instead of `model`. */
  checkpoint?: TrainingCheckpoint | null;
}

let restoring = false;
/** True while a project is being brought back: autosave waits, so it never saves a half-restored state. */
export const isRestoring = () => restoring;

/** Loads the data a setup names, then applies its choices and, when there is one, its trained model. */
async function applySetup(get: Get, set: Set, restorable: Restorable): Promise<void> {
  restoring = true;
  try {
    await applyRestorable(get, set, restorable);
  } finally {
    restoring = false;
  }
}

async function applyRestorable(get: Get, set: Set, { setup, plan, file, model, checkpoint }: Restorable): Promise<void> {
  set({ projectName: setup.name, locks: setup.locks });
  if (get().samples.length === 0) set({ samples: await fetchSamples() });
  const loaded = file ? await get().loadFile(file) : setup.source?.kind === 'sample' ? await get().loadSample(setup.source.id) : false;
  get().replaceSpec(setup.spec);
  set({ settings: setup.settings, backendChoice: setup.backend });
  if (!loaded) return;
  if (plan) set({ dataPlan: plan });
  const target = setup.target;
  if (target !== null && get().dataset?.profiles.some((profile) => profile.name === target)) get().setTarget(target);
  if (checkpoint) {
    await get().recoverCheckpoint(checkpoint, 'reload');
  } else if (model) {
    const event = await bridge.request({ type: 'restoreModel', snapshot: model.snapshot });
    if (event.type === 'modelRestored') set({ result: event.result, history: model.history, status: 'done', statusDetail: '' });
  }
}

export const createProjectSlice: StateCreator<Store, [], [], ProjectState & ProjectActions> = (set, get) => {
  const open = async (id: string): Promise<boolean> => {
    const record = await readProject(id);
    if (!record) return false;
    set({ projectId: id });
    rememberCurrentProject(id);
    const [file, model, checkpoint] = await Promise.all([record.hasData ? readData(id) : null, record.hasModel ? readModel(id) : null, readCheckpoint(id)]);
    if (checkpoint) {
      // Only a run cut short by a reload (or a closed tab) leaves a checkpoint: it is newer than the saved
      // model, and it holds the settings the run trained with (autosave waits while training runs).
      const { target, spec, settings, data } = checkpoint.config;
      await applySetup(get, set, { setup: { ...record.setup, target, spec, settings }, plan: data, file: file ?? null, checkpoint });
    } else {
      await applySetup(get, set, { setup: record.setup, plan: record.plan, file: file ?? null, model: model ?? null });
    }
    return true;
  };

  return {
    projectId: newProjectId(),
    projectName: UNTITLED,
    projects: [],
    storage: null,
    autosaveFailed: false,
    locks: null,

    start: async () => {
      try {
        const shared = readShareFragment(window.location.hash);
        if (shared && !shared.ok) set({ error: shared.problem });
        if (shared?.ok) {
          rememberCurrentProject(get().projectId);
          return await applySetup(get, set, { setup: shared.project });
        }
        const saved = currentProjectId();
        const askedForSample = new URLSearchParams(window.location.search).has('sample');
        if (saved && !askedForSample && (await open(saved))) return;
        rememberCurrentProject(get().projectId);
      } catch (error) {
        set({ error: failureText(error) });
      }
      await get().init();
    },

    refreshProjects: async () => {
      const records = await listProjects().catch(() => []);
      set({
        projects: records.map((r) => ({ id: r.id, name: r.name, updatedAt: r.updatedAt, hasModel: r.hasModel })).sort((a, b) => b.updatedAt - a.updatedAt),
        storage: await storageUse().catch(() => null),
      });
    },

    renameProject: (name) => set({ projectName: name.trim().slice(0, 200) }),

    newProject: async () => {
      const id = newProjectId();
      set({ projectId: id, projectName: UNTITLED, locks: null });
      rememberCurrentProject(id);
      await get().init();
    },

    openProject: async (id) => {
      if (!(await open(id))) set({ error: phraseFor('project.gone') });
      await get().refreshProjects();
    },

    duplicateProject: async (id) => {
      const original = get().projects.find((p) => p.id === id);
      // The copy's name is stored, so it is worded once, in the language of the person who copies.
      const { locale } = get();
      const name = translate(locale, 'project.copyOf', { name: original?.name || translate(locale, 'project.untitled') });
      await copyProject(id, newProjectId(), name).catch((error: unknown) => set({ error: failureText(error) }));
      await get().refreshProjects();
    },

    deleteProject: async (id) => {
      await removeProject(id).catch((error: unknown) => set({ error: failureText(error) }));
      if (id === get().projectId) await get().newProject();
      await get().refreshProjects();
    },

    shareLink: (locks) => {
      const url = new URL(window.location.href);
      url.search = '';
      url.hash = shareFragment({ ...setupOf(get()), locks });
      return url.toString();
    },

    projectFile: async (includeData) => {
      const state = get();
      let model: { modelJson: string; weights: Uint8Array; state: unknown } | null = null;
      if (state.result) {
        const event = await bridge.request({ type: 'snapshotModel' });
        if (event.type === 'modelSnapshot') {
          const { modelJson, weights, ...rest } = event.snapshot;
          model = { modelJson, weights, state: { ...rest, history: state.history } };
        }
      }
      const file = includeData ? state.sourceFile : null;
      const data = file ? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : null;
      const bytes = writeProjectFile({ project: { ...setupOf(state), locks: null }, data, model });
      return { bytes, fileName: `${state.projectName.replace(/[^\w\u00C0-\uFFFF-]+/g, '_') || 'project'}.layerlab` };
    },

    openProjectFile: async (file) => {
      const read = readProjectFile(new Uint8Array(await file.arrayBuffer()));
      if (!read.ok) {
        set({ error: phraseFor('project.fileUnopenable', { file: file.name, problem: read.problem }) });
        return;
      }
      const { project, data, model } = read.contents;
      const restoredModel = model ? snapshotFromFile(model) : null;
      const id = newProjectId();
      set({ projectId: id });
      rememberCurrentProject(id);
      await applySetup(get, set, {
        setup: project,
        file: data ? new File([data.bytes as Uint8Array<ArrayBuffer>], data.name, { type: 'text/csv' }) : null,
        model: restoredModel,
      });
    },
  };
};

/** The model part of a project file, checked for the fields a snapshot needs. */
function snapshotFromFile(model: { modelJson: string; weights: Uint8Array; state: unknown }): { snapshot: ModelSnapshot; history: EpochRecord[] } | null {
  const state = model.state as Partial<ModelSnapshot> & { history?: unknown };
  if (!state.pre || !state.spec || !state.result || !state.testSample) return null;
  const history = Array.isArray(state.history) ? (state.history as EpochRecord[]) : [];
  return { snapshot: { modelJson: model.modelJson, weights: model.weights, pre: state.pre, spec: state.spec, result: state.result, source: String(state.source ?? ''), testSample: state.testSample }, history };
}
