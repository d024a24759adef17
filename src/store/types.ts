import type { DenseLayerSpec, ModelSpec } from '../core/model/spec';
import type { EpochRecord } from '../core/training/fit';
import type { TrainingSettings } from '../core/training/settings';
import type { BackendChoice, BackendName, DatasetSummary, TrainingResult } from '../worker/protocol';
import type { SampleInfo } from './samples';

/** The states of `training-status` (`data-state`), as in TEST-HOOKS.md. */
export type TrainingStatus = 'idle' | 'preparing' | 'training' | 'paused' | 'done' | 'stopped' | 'error';

export interface DataState {
  samples: SampleInfo[];
  dataset: DatasetSummary | null;
  /** What is being read right now (a file or sample name), or null. */
  loading: string | null;
  target: string | null;
}

export interface DataActions {
  init: () => Promise<void>;
  loadSample: (id: string) => Promise<void>;
  loadFile: (file: File) => Promise<void>;
  setTarget: (name: string) => void;
}

export interface ModelState {
  spec: ModelSpec;
}

export interface ModelActions {
  addLayer: () => void;
  removeLayer: (index: number) => void;
  updateLayer: (index: number, patch: Partial<Omit<DenseLayerSpec, 'kind'>>) => void;
}

export interface TrainingState {
  settings: TrainingSettings;
  backendChoice: BackendChoice;
  status: TrainingStatus;
  statusDetail: string;
  backend: BackendName | null;
  history: EpochRecord[];
  result: TrainingResult | null;
}

export interface TrainingActions {
  setSettings: (patch: Partial<TrainingSettings>) => void;
  train: () => Promise<void>;
  stop: () => void;
}

export interface ResultActions {
  /** Scores a file in the worker; resolves with the CSV to download, or null after an error. */
  scoreFile: (file: File) => Promise<{ csv: string; fileName: string; rowsWithNotes: number } | null>;
  exportBundle: () => Promise<{ zip: Uint8Array; fileName: string } | null>;
}

export interface MessageState {
  /** The one user-facing error (shown in the `error-message` alert), or null. */
  error: string | null;
}

export interface MessageActions {
  dismissError: () => void;
}

export type StoreState = DataState & ModelState & TrainingState & MessageState;
export type StoreActions = DataActions & ModelActions & TrainingActions & ResultActions & MessageActions;
export type Store = StoreState & StoreActions;
