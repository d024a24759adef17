/**
 * The one typed protocol between the page and the training worker: one union for requests, one for
 * events. Every request but `stopTraining` carries a `requestId`; every event answering it echoes it.
 */
import type { ColumnProfile } from '../core/csv/profile';
import type { Table } from '../core/csv/table';
import type { Preprocessing } from '../core/dataset/preprocessing';
import type { ReadingInfo, ReadProgress } from '../core/csv/reader';
import type { DataCheckReport } from '../core/dataset/checks';
import type { DataPlan } from '../core/dataset/plan';
import type { BundleVerification } from '../core/export/verification';
import type { LayerKernel } from '../core/model/kernels';
import type { Evaluation } from '../core/metrics/evaluation';
import type { ModelSpec, Task } from '../core/model/spec';
import type { PlaneView } from '../core/teaching/map';
import type { BatchProgress } from '../core/training/epoch';
import type { StepUnit } from '../core/training/control';
import type { EpochRecord, StopReason } from '../core/training/fit';
import type { TrainingSettings } from '../core/training/settings';
import type { Phrase } from '../core/text';

export const BACKENDS = ['webgpu', 'webgl', 'wasm', 'cpu'] as const;
export type BackendName = (typeof BACKENDS)[number];
export type BackendChoice = BackendName | 'auto';

/**
 * Words for people from the worker: a phrase (core/training/texts.ts) that the page words in the
 * person's language, or plain text (a choice remembered, or a result saved, before phrases were sent).
 */
export type WorkerText = string | Phrase;

export interface BackendTiming {
  backend: BackendName;
  /** Measured training throughput; null when the backend failed to start or to train. */
  samplesPerSecond: number | null;
}

/** A measured backend choice, in plain data: the page keeps it per device and model size between visits. */
export interface BackendDecision {
  backend: BackendName;
  /** Why, in plain words, e.g. "wasm with SIMD, 1 thread: 3.4× faster than webgl on this device". */
  reason: WorkerText;
  timings: BackendTiming[];
}

export interface DatasetSummary {
  /** File name or sample title. */
  source: string;
  rowCount: number;
  columnCount: number;
  profiles: ColumnProfile[];
  /** The first rows, row-major, for a preview: the page never holds the whole table. */
  preview: string[][];
  /** What was repaired or guessed while reading, for the page to word in the person's language. */
  notes: WorkerText[];
  suggestedTarget: string | null;
  preferredPositive: string | null;
  /** How the file was read (encoding, dialect, size) and how long reading, typing and profiling took. */
  reading?: ReadingInfo & { seconds: number };
}

export interface TrainConfig {
  target: string;
  positiveClass: string | null;
  spec: ModelSpec;
  settings: TrainingSettings;
  backend: BackendChoice;
  /** Column choices, split and class weights; absent: the plan last sent with `checkData`. */
  data?: DataPlan;
  /** Backend choices measured earlier on this device, by model-size key: the page keeps them between visits. */
  rememberedBackends?: Record<string, BackendDecision>;
  /**
   * Test hooks from the address: `failBackendAtEpoch` makes the first backend fail as that epoch starts
   * (training must fall back and finish); `crashAtEpoch` crashes the worker after that epoch.
   */
  testHooks?: { failBackendAtEpoch?: number | null; crashAtEpoch?: number | null };
  /** Set by the Step button when no run is under way: the run trains this much, then holds paused. */
  firstStep?: StepUnit;
}

export interface TrainingResult {
  task: Task;
  classes: string[];
  /** Test-split metrics keyed as in the test-hook contract (`accuracy`, `auc`, `rmse`...). */
  metrics: Record<string, number>;
  stoppedBy: StopReason;
  bestEpoch: number;
  backend: BackendName;
  rows: { train: number; validation: number; test: number; droppedForTarget: number };
  featureCount: number;
  paramCount: number;
  /**
   * Curves, threshold table, baselines, importance and the what-if form, all from the test split.
   * Training always sets it; it is optional so that results made elsewhere (tests, saved projects) stay valid.
   */
  evaluation?: Evaluation;
  /** Why training diverged and what to do, in plain words; absent unless it did. */
  divergence?: WorkerText;
}

/** One row's prediction, as the columns a scored file would add for it. */
export interface RowPrediction {
  columns: { name: string; value: string | number }[];
  notes: string[];
}

/**
 * A trained model as plain, structured-cloneable data: what the page stores in IndexedDB so that a
 * reload (or opening a saved project) brings back the same model, able to score and export again.
 */
export interface ModelSnapshot {
  modelJson: string;
  weights: Uint8Array;
  pre: Preprocessing;
  spec: ModelSpec;
  result: TrainingResult;
  source: string;
  /** Raw cells of up to 100 test rows, for the export self-check. */
  testSample: Table;
}

/**
 * A training run at the end of a finished epoch, as plain data: enough for a restarted worker (after a
 * crash) or a reloaded page to rebuild the model trained so far, evaluate it and keep it.
 */
export interface TrainingCheckpoint {
  /** What the run trained with: the page's settings may have changed since. */
  config: Pick<TrainConfig, 'target' | 'positiveClass' | 'spec' | 'settings'> & { data: DataPlan };
  /** The last finished epoch; `history` runs up to it. */
  epoch: number;
  history: EpochRecord[];
  bestEpoch: number;
  /** The epoch `weights` come from: what Stop would keep now (the best epoch when the best weights are restored). */
  keptEpoch: number;
  /** Every weight of the model in `getWeights()` order, float32, end to end: one buffer, transferred. */
  weights: Float32Array;
  backend: BackendName;
}

/** What tfjs holds in the worker: live tensors and their bytes, as `tf.memory()` counts them. */
export interface WorkerMemoryStats {
  /** The backend in use; null before any training or restore started one. */
  backend: string | null;
  numTensors: number;
  numDataBuffers: number;
  numBytes: number;
  /** Whether a trained model is held (its weights are among the tensors). */
  hasModel: boolean;
}

export type WorkerRequest =
  | { type: 'loadSample'; requestId: number; url: string; title: string; preferredTarget: string | null; preferredPositive: string | null }
  | { type: 'loadFile'; requestId: number; file: Blob; name: string }
  /** Stops the file being read (answered by `failed` with code `aborted` for the load). */
  | { type: 'cancelLoad' }
  /** Checks the data for this target under this plan, and keeps the plan for training. */
  | { type: 'checkData'; requestId: number; target: string | null; positiveClass: string | null; plan: DataPlan }
  | { type: 'train'; requestId: number; config: TrainConfig }
  | { type: 'stopTraining' }
  /** Pause holds training between two batches until `resumeTraining` (or `stopTraining`). */
  | { type: 'pauseTraining' }
  | { type: 'resumeTraining' }
  /** Trains one batch, or on to the end of the epoch, then holds again (paused); from a pause only. */
  | { type: 'stepTraining'; unit: StepUnit }
  | { type: 'scoreFile'; requestId: number; file: Blob; name: string }
  /** The what-if form: cells as [column, raw text] pairs (pairs, so a column named `__proto__` stays data). */
  | { type: 'scoreRow'; requestId: number; values: [string, string][] }
  | { type: 'exportBundle'; requestId: number }
  | { type: 'getWeights'; requestId: number }
  /** The trained model as data, for autosave and project files; `restoreModel` brings it back. */
  | { type: 'snapshotModel'; requestId: number }
  | { type: 'restoreModel'; requestId: number; snapshot: ModelSnapshot }
  /** Rebuilds a checkpoint's model on the loaded data and evaluates it (answered by `modelRestored`). */
  | { type: 'restoreCheckpoint'; requestId: number; checkpoint: TrainingCheckpoint }
  /** tfjs memory figures of the worker, for the `?debug=1` hook and the soak test (npm run soak). */
  | { type: 'memoryStats'; requestId: number };

export type TrainingPhase = 'preparing' | 'training' | 'paused';

export type WorkerEvent =
  | { type: 'datasetLoaded'; requestId: number; summary: DatasetSummary }
  | { type: 'loadProgress'; requestId: number; progress: ReadProgress }
  | { type: 'dataChecked'; requestId: number; report: DataCheckReport }
  | { type: 'trainingPhase'; requestId: number; phase: TrainingPhase; backend: BackendName | null; detail: WorkerText; /** Why this backend, when training starts on it. */ backendReason?: WorkerText }
  | { type: 'epochEnd'; requestId: number; record: EpochRecord }
  /** A few times a second while training: the smoothed batch loss and where the epoch is. */
  | { type: 'batchProgress'; requestId: number; progress: BatchProgress }
  /** A model of two numeric inputs: its decision map over their plane, after some epochs and at the end; otherwise, once, why there is none. */
  | { type: 'decisionMap'; requestId: number; view: PlaneView }
  /** Something the person should know that does not stop training (a backend fell back). */
  | { type: 'trainingNotice'; requestId: number; message: WorkerText }
  /** A newly measured backend choice, for the page to remember on this device. */
  | { type: 'backendChosen'; requestId: number; key: string; decision: BackendDecision }
  /** After a finished epoch, at most every few seconds, and after the last one: the model so far. */
  | { type: 'trainingCheckpoint'; requestId: number; checkpoint: TrainingCheckpoint }
  | { type: 'trainingDone'; requestId: number; result: TrainingResult }
  | { type: 'scoringProgress'; requestId: number; done: number; total: number }
  /**
   * The scored CSV (UTF-8), as a Blob made in the worker: it can be tens of megabytes, and copying bytes
   * into a Blob on the page (for the download) took a 40–65 ms main-thread task; passing a Blob is a handle.
   */
  | { type: 'scored'; requestId: number; file: Blob; fileName: string; rowCount: number; rowsWithNotes: number }
  | { type: 'rowScored'; requestId: number; prediction: RowPrediction }
  | { type: 'bundleReady'; requestId: number; zip: Uint8Array; fileName: string; verification: BundleVerification }
  /** The last trained model's Dense kernels for the network diagram (none for large models). */
  | { type: 'weights'; requestId: number; spec: ModelSpec; kernels: LayerKernel[] }
  | { type: 'modelSnapshot'; requestId: number; snapshot: ModelSnapshot }
  | { type: 'modelRestored'; requestId: number; result: TrainingResult }
  | { type: 'memoryStats'; requestId: number; stats: WorkerMemoryStats }
  /** `text` says what went wrong in the person's language; `message` is its English, for logs. */
  | { type: 'failed'; requestId: number; code: string; message: string; text: Phrase };

export type RequestType = WorkerRequest['type'];
export type { BundleVerification };
