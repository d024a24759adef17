import type { DataPlan } from '../../core/dataset/plan';
import type { ProjectSetup } from '../../core/project/project';
import type { EpochRecord } from '../../core/training/fit';
import type { ModelSnapshot, TrainingCheckpoint } from '../../worker/protocol';
import { allValues, deleteValue, getValue, putValue } from './database';

/**
 * A project as autosave keeps it in IndexedDB: the setup and plan in `projects`, the loaded file and the
 * trained model (with its training history) in `files`, so a reload brings everything back.
 */
export interface ProjectRecord {
  id: string;
  name: string;
  updatedAt: number;
  setup: ProjectSetup;
  plan: DataPlan;
  hasData: boolean;
  hasModel: boolean;
}

export interface StoredModel {
  snapshot: ModelSnapshot;
  history: EpochRecord[];
}

const dataKey = (id: string) => `data:${id}`;
const modelKey = (id: string) => `model:${id}`;
/** Only while a run trains: its latest checkpoint, which a reload brings back. */
const checkpointKey = (id: string) => `checkpoint:${id}`;
const CURRENT_KEY = 'layerlab.currentProject';

export const listProjects = () => allValues<ProjectRecord>('projects');
export const readProject = (id: string) => getValue<ProjectRecord>('projects', id);
export const writeProject = (record: ProjectRecord) => putValue('projects', record);
export const readData = (id: string) => getValue<File>('files', dataKey(id));
export const writeData = (id: string, file: File) => putValue('files', file, dataKey(id));
export const readModel = (id: string) => getValue<StoredModel>('files', modelKey(id));
export const writeModel = (id: string, model: StoredModel) => putValue('files', model, modelKey(id));
export const forgetModel = (id: string) => deleteValue('files', modelKey(id));
export const readCheckpoint = (id: string) => getValue<TrainingCheckpoint>('files', checkpointKey(id));
export const writeCheckpoint = (id: string, checkpoint: TrainingCheckpoint) => putValue('files', checkpoint, checkpointKey(id));
export const forgetCheckpoint = (id: string) => deleteValue('files', checkpointKey(id));

export async function removeProject(id: string): Promise<void> {
  await deleteValue('projects', id);
  await deleteValue('files', dataKey(id));
  await deleteValue('files', modelKey(id));
  await deleteValue('files', checkpointKey(id));
}

export async function copyProject(id: string, copyId: string, name: string): Promise<void> {
  const record = await readProject(id);
  if (!record) return;
  const [data, model] = [await readData(id), await readModel(id)];
  if (data) await writeData(copyId, data);
  if (model) await writeModel(copyId, model);
  // The setup carries the name too: opening the copy shows the copy's name.
  await writeProject({ ...record, id: copyId, name, setup: { ...record.setup, name }, updatedAt: Date.now() });
}

/** The project a reload returns to (kept in localStorage: read synchronously at start). */
export const currentProjectId = () => localStorage.getItem(CURRENT_KEY);
export const rememberCurrentProject = (id: string) => localStorage.setItem(CURRENT_KEY, id);
