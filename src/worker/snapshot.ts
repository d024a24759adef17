import { layersModelFiles, loadLayersModelFiles } from '../core/export/artifacts';
import type { Table } from '../core/csv/table';
import type { Preprocessing } from '../core/dataset/preprocessing';
import type { ModelSpec } from '../core/model/spec';
import type { TrainingResult } from './protocol';
import type { TrainedModel } from './training';

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
  testSample: Table;
}

export async function snapshotOf(trained: TrainedModel): Promise<ModelSnapshot> {
  const files = await layersModelFiles(trained.model);
  return { ...files, pre: trained.pre, spec: trained.spec, result: trained.result, source: trained.source, testSample: trained.testSample };
}

export async function restoreFrom(snapshot: ModelSnapshot): Promise<TrainedModel> {
  const model = await loadLayersModelFiles({ modelJson: snapshot.modelJson, weights: snapshot.weights });
  return { model, pre: snapshot.pre, spec: snapshot.spec, result: snapshot.result, source: snapshot.source, testSample: snapshot.testSample };
}
