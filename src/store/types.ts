import type { DataCheckReport, DataFix } from '../core/dataset/checks';
import type { ColumnChoice, DataPlan, SplitPlan } from '../core/dataset/plan';
import type { LayerPatch } from '../core/model/edit';
import type { DataSource, WorkshopLocks } from '../core/project/project';
import type { EditHistory } from '../core/model/history';
import type { LayerKernel } from '../core/model/kernels';
import type { LayerKind, ModelSpec } from '../core/model/spec';
import type { StepUnit } from '../core/training/control';
import type { BatchProgress } from '../core/training/epoch';
import type { EpochRecord } from '../core/training/fit';
import type { PlaneView } from '../core/teaching/map';
import type { TrainingSettings } from '../core/training/settings';
import type { Locale } from '../i18n/locales';
import type { UserMessage } from '../i18n/translator';
import type { BackendChoice, BackendName, BundleVerification, DatasetSummary, RowPrediction, TrainingCheckpoint, TrainingResult } from '../worker/protocol';
import type { SampleInfo } from './samples';

/** The states of `training-status` (`data-state`), as in TEST-HOOKS.md. */
export type TrainingStatus = 'idle' | 'preparing' | 'training' | 'paused' | 'done' | 'stopped' | 'error';

export interface DataState {
  samples: SampleInfo[];
  dataset: DatasetSummary | null;
  /** Where the loaded table came from, for autosave and share links. */
  dataSource: DataSource | null;
  /** The file a person loaded (a handle, not its contents), so autosave can keep a copy on this device. */
  sourceFile: File | null;
  /** What is being read right now (a file or sample name), or null. */
  loading: string | null;
  /** How far the read has come (bytes and rows), while `loading`. */
  loadProgress: { bytesRead: number; totalBytes: number; rows: number } | null;
  target: string | null;
  /**
   * How to prepare the data: per-column choices, the split, and `classWeights` (weigh classes by the
   * inverse of their frequency: automatic until the person chooses). The worker receives it with every
   * data check and trains with it.
   */
  dataPlan: DataPlan;
  /** The data check for the current target and plan; null until it arrives. */
  dataCheck: DataCheckReport | null;
}

export interface DataActions {
  init: () => Promise<void>;
  loadSample: (id: string) => Promise<boolean>;
  /** Loads a sample the person picked; a teaching set also gets its small suggested layers while the layers are still the default. */
  pickSample: (id: string) => Promise<boolean>;
  loadFile: (file: File) => Promise<boolean>;
  /** Stops reading the file being loaded; the table loaded before stays. */
  cancelLoad: () => void;
  setTarget: (name: string) => void;
  /** Changes one column's choices; a key set to undefined goes back to the automatic choice. */
  setColumnChoice: (name: string, patch: Partial<Omit<ColumnChoice, 'name'>>) => void;
  setSplitPlan: (patch: Partial<SplitPlan>) => void;
  setClassWeights: (on: boolean) => void;
  /** Sends the loaded table again to a worker that lost it (restarted after a crash); the page's state stays. True if it arrived. */
  restoreDataset: () => Promise<boolean>;
  /** Applies a fix offered by the data check. */
  applyFix: (fix: DataFix) => void;
}

export interface ModelState {
  spec: ModelSpec;
  /** Undo and redo of the layer stack. */
  specHistory: EditHistory<ModelSpec>;
  /** Kernels of the last trained model, for colouring the network diagram; with the spec they belong to. */
  trainedWeights: { spec: ModelSpec; kernels: LayerKernel[] } | null;
}

export interface ModelActions {
  /** Adds a layer of this kind (Dense by default) at `at`, or at the end. */
  addLayer: (kind?: LayerKind, at?: number) => void;
  removeLayer: (index: number) => void;
  duplicateLayer: (index: number) => void;
  /** Moves layer `from` so that it ends up at index `to`. */
  moveLayer: (from: number, to: number) => void;
  updateLayer: (index: number, patch: LayerPatch) => void;
  /** Replaces the whole stack (a preset or a loaded file) as one undoable step. */
  replaceSpec: (spec: ModelSpec) => void;
  /** Opens a saved stack; a file that is not one is explained in the error message. True if opened. */
  openSpecFile: (file: File) => Promise<boolean>;
  undo: () => void;
  redo: () => void;
  /** Asks the worker for the trained kernels; the diagram stays uncoloured if there are none. */
  loadTrainedWeights: () => Promise<void>;
}

export interface TrainingState {
  settings: TrainingSettings;
  backendChoice: BackendChoice;
  status: TrainingStatus;
  /** What training is doing now (a phrase from the worker or the store), or ''. */
  statusDetail: UserMessage;
  backend: BackendName | null;
  history: EpochRecord[];
  result: TrainingResult | null;
  /** Why this backend trains: measured speeds, or the person's choice. */
  backendReason: UserMessage;
  /** The latest batch progress of the running epoch (a few updates a second), or null. */
  live: BatchProgress | null;
  /** Smoothed batch losses, x in epochs (2.5 = halfway through epoch 3), thinned to a few hundred points. */
  batchLosses: { x: number; loss: number }[];
  /** Things that happened without stopping training, e.g. a backend that failed and was replaced. */
  notices: UserMessage[];
  /** The run's latest checkpoint (its model after a finished epoch): what a crash or a reload falls back to. */
  checkpoint: TrainingCheckpoint | null;
  /** The model shown was brought back from a checkpoint: after what, and the epoch its weights come from. */
  recovery: Recovery | null;
  /** The run's decision map over its two inputs (issue 8), or why it has none; null until the worker says. */
  decisionMap: PlaneView | null;
}

export interface Recovery {
  cause: 'crash' | 'reload';
  keptEpoch: number;
}

export interface TrainingActions {
  setSettings: (patch: Partial<TrainingSettings>) => void;
  /** `auto` measures and picks the fastest backend; a name forces that one. */
  setBackendChoice: (choice: BackendChoice) => void;
  /** Starts a run; with `firstStep` (the Step button) it holds, paused, after that one batch or epoch. */
  train: (firstStep?: StepUnit) => Promise<void>;
  /** Holds training between two batches; `resume` lets it go on. */
  pause: () => void;
  resume: () => void;
  /** Trains one batch, or on to the end of the epoch, then holds: from a pause, or from rest (a new run). */
  step: (unit: StepUnit) => void;
  stop: () => void;
  /** Rebuilds and evaluates a checkpoint's model in the worker (sending it the data again if it lost it); true when it is back. */
  recoverCheckpoint: (checkpoint: TrainingCheckpoint, cause: Recovery['cause']) => Promise<boolean>;
}

/** A scored file, ready to download. */
export interface ScoredFile {
  file: Blob;
  fileName: string;
  rowCount: number;
  rowsWithNotes: number;
}

/** What a campaign costs and earns, for the profit curve; kept across trainings. */
export interface Campaign {
  costPerContact: number;
  valuePerSuccess: number;
}

export interface ResultState {
  /** Batch scoring under way, for the progress bar; null when none. */
  scoring: { fileName: string; done: number; total: number } | null;
  campaign: Campaign;
}

export interface ResultActions {
  /** Scores a file in the worker, reporting progress in `scoring`; resolves with the CSV, or null after an error. */
  scoreFile: (file: File) => Promise<ScoredFile | null>;
  /** Scores one what-if row (`[column, raw text]` pairs) in the worker; null after an error. */
  scoreRow: (values: [string, string][]) => Promise<RowPrediction | null>;
  setCampaign: (patch: Partial<Campaign>) => void;
  /** Packs the model bundle in the worker; resolves with the zip and the worker's check of it, or null after an error. */
  exportBundle: () => Promise<{ zip: Uint8Array; fileName: string; verification: BundleVerification } | null>;
}

export interface MessageState {
  /**
   * The one user-facing error (shown in the `error-message` alert), or null: a phrase, worded in the
   * language the person has when it is shown, or text without a translation (from the worker).
   */
  error: UserMessage | null;
}

export interface MessageActions {
  dismissError: () => void;
}

export interface LocaleState {
  /** The page's language; persisted on this device (localStorage `layerlab.locale`), overridden by `?lang=`. */
  locale: Locale;
}

export interface LocaleActions {
  setLocale: (locale: Locale) => void;
}

export interface PresenterState {
  /** Large type and key figures for a projector; persisted on this device (localStorage `layerlab.presenter`), overridden by `?presenter=1|0`. */
  presenter: boolean;
}

export interface PresenterActions {
  setPresenter: (on: boolean) => void;
}

/** A saved project as the projects list shows it. */
export interface ProjectSummary {
  id: string;
  name: string;
  updatedAt: number;
  hasModel: boolean;
}

export interface ProjectState {
  projectId: string;
  projectName: string;
  projects: ProjectSummary[];
  /** Bytes this site stores and may store, when the browser says. */
  storage: { used: number; quota: number } | null;
  /** The last autosave failed (a full quota, say): the page says so instead of "saved" until one succeeds. */
  autosaveFailed: boolean;
  /** What a workshop link fixed for this session; null when nothing is locked. */
  locks: WorkshopLocks | null;
}

export interface ProjectActions {
  /** Opens the app: a share link, else `?sample=`, else the last project, else the default sample. */
  start: () => Promise<void>;
  refreshProjects: () => Promise<void>;
  renameProject: (name: string) => void;
  newProject: () => Promise<void>;
  openProject: (id: string) => Promise<void>;
  duplicateProject: (id: string) => Promise<void>;
  deleteProject: (id: string) => Promise<void>;
  /** A link that reproduces this setup (never the data), optionally locking parts for a workshop. */
  shareLink: (locks: WorkshopLocks | null) => string;
  /** The `.layerlab` file of this project, with or without the data. */
  projectFile: (includeData: boolean) => Promise<{ bytes: Uint8Array; fileName: string } | null>;
  openProjectFile: (file: File) => Promise<void>;
}

export type StoreState = DataState & ModelState & TrainingState & ResultState & MessageState & LocaleState & PresenterState & ProjectState;
export type StoreActions = DataActions & ModelActions & TrainingActions & ResultActions & MessageActions & LocaleActions & PresenterActions & ProjectActions;
export type Store = StoreState & StoreActions;
