import { parseCsvBytes } from '../core/csv/parse';
import { profileTable, type ColumnProfile } from '../core/csv/profile';
import { previewRows, type Table } from '../core/csv/table';
import { suggestTarget } from '../core/dataset/target';
import { UserError, isUserError } from '../core/errors';
import { TrainingControl } from '../core/training/fit';
import type { BackendDecision } from './backendChoice';
import { scoreTable } from './scoring';
import { exportBundle } from './exporting';
import { trainModel, type TrainedModel } from './training';
import type { BackendName, TrainConfig, WorkerEvent, WorkerRequest } from './protocol';

/** What the session needs from its environment; the worker entry passes the real ones, tests may not. */
export interface SessionEnvironment {
  post: (event: WorkerEvent, transfer?: ArrayBuffer[]) => void;
  fetchBytes: (url: string) => Promise<Uint8Array>;
  candidateBackends: () => BackendName[];
  switchBackend: (name: BackendName) => Promise<boolean>;
  describeBackend: (name: BackendName) => Promise<string>;
}

interface LoadedTable {
  table: Table;
  profiles: ColumnProfile[];
  source: string;
}

const PREVIEW_ROWS = 10;

/**
 * The worker's state and its message handler: one dataset, at most one training run, the last trained
 * model. Every request ends in exactly one answering event, a result or `failed`.
 */
export class Session {
  private data: LoadedTable | null = null;
  private trained: TrainedModel | null = null;
  private training: TrainingControl | null = null;
  private readonly backendDecisions = new Map<string, BackendDecision>();

  constructor(private readonly env: SessionEnvironment) {}

  async handle(request: WorkerRequest): Promise<void> {
    if (request.type === 'stopTraining') {
      this.training?.requestStop();
      return;
    }
    try {
      switch (request.type) {
        case 'loadSample':
          return this.load(request.requestId, await this.env.fetchBytes(request.url), request.title, request.preferredTarget, request.preferredPositive);
        case 'loadFile':
          return this.load(request.requestId, new Uint8Array(await request.file.arrayBuffer()), request.name, null, null);
        case 'train':
          return await this.train(request.requestId, request.config);
        case 'scoreFile':
          return await this.score(request.requestId, request.file, request.name);
        case 'exportBundle':
          return await this.export(request.requestId);
      }
    } catch (error) {
      this.env.post({
        type: 'failed',
        requestId: request.requestId,
        code: isUserError(error) ? error.code : 'internal',
        message: isUserError(error) ? error.message : `Something went wrong inside Layerlab: ${error instanceof Error ? error.message : String(error)}. Your settings are kept; try again.`,
      });
    }
  }

  private load(requestId: number, bytes: Uint8Array, source: string, preferredTarget: string | null, preferredPositive: string | null): void {
    const table = parseCsvBytes(bytes);
    const profiles = profileTable(table);
    // A new dataset replaces the old one only once it has been read successfully: nothing is lost on bad input.
    this.data = { table, profiles, source };
    const suggested = preferredTarget !== null && table.names.includes(preferredTarget) ? preferredTarget : suggestTarget(profiles);
    this.env.post({
      type: 'datasetLoaded',
      requestId,
      summary: {
        source,
        rowCount: table.rowCount,
        columnCount: table.names.length,
        profiles,
        preview: previewRows(table, PREVIEW_ROWS),
        notes: table.notes,
        suggestedTarget: suggested,
        preferredPositive,
      },
    });
  }

  private async train(requestId: number, config: TrainConfig): Promise<void> {
    if (!this.data) throw new UserError('no-data', 'Load a CSV file or a sample before training.');
    if (this.training) throw new UserError('busy', 'A model is already training. Stop it first, or wait until it finishes.');
    const control = new TrainingControl();
    this.training = control;
    try {
      const trained = await trainModel({ ...this.data, config, requestId, env: this.env, backendDecisions: this.backendDecisions, control });
      this.trained?.model.dispose();
      this.trained = trained;
      this.env.post({ type: 'trainingDone', requestId, result: trained.result });
    } finally {
      this.training = null;
    }
  }

  private async score(requestId: number, file: Blob, name: string): Promise<void> {
    if (!this.trained) throw new UserError('no-model', 'Train a model before scoring a file.');
    const table = parseCsvBytes(new Uint8Array(await file.arrayBuffer()));
    const scored = await scoreTable(this.trained, table);
    const fileName = `${name.replace(/\.[^.]*$/, '') || 'predictions'}-scored.csv`;
    this.env.post({ type: 'scored', requestId, csv: scored.csv, fileName, rowCount: table.rowCount, rowsWithNotes: scored.rowsWithNotes });
  }

  private async export(requestId: number): Promise<void> {
    if (!this.trained) throw new UserError('no-model', 'Train a model before downloading it.');
    const zip = await exportBundle(this.trained);
    const fileName = `layerlab-${this.trained.pre.target.name.replace(/[^\w-]+/g, '_')}-model.zip`;
    this.env.post({ type: 'bundleReady', requestId, zip, fileName }, [zip.buffer as ArrayBuffer]);
  }
}
