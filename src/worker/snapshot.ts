/** Trained models to and from plain data (see `ModelSnapshot` in the protocol). */
import { layersModelFiles, loadLayersModelFiles } from '../core/export/artifacts';
import type { ModelSnapshot } from './protocol';
import type { TrainedModel } from './training';

export async function snapshotOf(trained: TrainedModel): Promise<ModelSnapshot> {
  const files = await layersModelFiles(trained.model);
  return { ...files, pre: trained.pre, spec: trained.spec, result: trained.result, source: trained.source, testSample: trained.testSample };
}

export async function restoreFrom(snapshot: ModelSnapshot): Promise<TrainedModel> {
  const model = await loadLayersModelFiles({ modelJson: snapshot.modelJson, weights: snapshot.weights });
  return { model, pre: snapshot.pre, spec: snapshot.spec, result: snapshot.result, source: snapshot.source, testSample: snapshot.testSample };
}
