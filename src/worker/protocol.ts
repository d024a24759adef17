/**
 * The one typed protocol between the page and the training worker: one union for requests, one for
 * events. Every request but `stopTraining` carries a `requestId`; every event answering it echoes it.
 */
import type { ColumnProfile } from '../core/csv/profile';
import type { ModelSpec, Task } from '../core/model/spec';
import type { EpochRecord, StopReason } from '../core/training/fit';
import type { TrainingSettings } from '../core/training/settings';

export const BACKENDS = ['webgpu', 'webgl', 'wasm', 'cpu'] as const;
export type BackendName = (typeof BACKENDS)[number];
export type BackendChoice = BackendName | 'auto';

export interface DatasetSummary {
  /** File name or sample title. */
  source: string;
  rowCount: number;
  columnCount: number;
  profiles: ColumnProfile[];
  /** The first rows, row-major, for a preview: the page never holds the whole table. */
  preview: string[][];
  notes: string[];
  suggestedTarget: string | null;
  preferredPositive: string | null;
}

export interface TrainConfig {
  target: string;
  positiveClass: string | null;
  spec: ModelSpec;
  settings: TrainingSettings;
  backend: BackendChoice;
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
}

export type WorkerRequest =
  | { type: 'loadSample'; requestId: number; url: string; title: string; preferredTarget: string | null; preferredPositive: string | null }
  | { type: 'loadFile'; requestId: number; file: Blob; name: string }
  | { type: 'train'; requestId: number; config: TrainConfig }
  | { type: 'stopTraining' }
  | { type: 'scoreFile'; requestId: number; file: Blob; name: string }
  | { type: 'exportBundle'; requestId: number };

export type TrainingPhase = 'preparing' | 'training';

export type WorkerEvent =
  | { type: 'datasetLoaded'; requestId: number; summary: DatasetSummary }
  | { type: 'trainingPhase'; requestId: number; phase: TrainingPhase; backend: BackendName | null; detail: string }
  | { type: 'epochEnd'; requestId: number; record: EpochRecord }
  | { type: 'trainingDone'; requestId: number; result: TrainingResult }
  | { type: 'scored'; requestId: number; csv: string; fileName: string; rowCount: number; rowsWithNotes: number }
  | { type: 'bundleReady'; requestId: number; zip: Uint8Array; fileName: string }
  | { type: 'failed'; requestId: number; code: string; message: string };

export type RequestType = WorkerRequest['type'];
