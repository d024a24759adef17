import { layersModelFiles } from '../core/export/artifacts';
import { writeBundle } from '../core/export/bundle';
import { modelCard } from '../core/export/card';
import type { TrainedModel } from './training';

/** The downloadable zip for the last trained model. */
export async function exportBundle(trained: TrainedModel): Promise<Uint8Array> {
  const { result } = trained;
  const card = modelCard(trained.pre, {
    datasetName: trained.source,
    rows: result.rows,
    metrics: result.metrics,
    layers: [`input (${result.featureCount})`, ...trained.spec.hidden.map((l) => (l.kind === 'dense' || l.kind === 'residual' ? `${l.kind} ${l.units} ${l.activation}` : l.kind)), `output (${result.classes.length > 2 ? result.classes.length : 1})`],
    backend: result.backend,
    trainedAt: new Date().toISOString().slice(0, 10),
  });
  return writeBundle({ model: await layersModelFiles(trained.model), preprocessing: trained.pre, card });
}
