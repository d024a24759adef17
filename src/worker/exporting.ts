import * as tf from '@tensorflow/tfjs';
import { layersModelFiles } from '../core/export/artifacts';
import { writeBundle } from '../core/export/bundle';
import { modelCard } from '../core/export/card';
import { kerasScript } from '../core/export/kerasScript';
import { readModelLayers } from '../core/export/modelLayers';
import { writeModelOnnx } from '../core/export/onnxFromSpec';
import type { HiddenLayerSpec } from '../core/model/spec';
import type { BundleVerification } from '../core/export/verification';
import type { TrainedModel } from './training';
import { verifyBundle, type OnnxRuntime } from './verifyBundle';

export interface ExportedBundle {
  zip: Uint8Array;
  verification: BundleVerification;
}

/** The downloadable zip for the last trained model, checked against that model once written. */
export async function exportBundle(trained: TrainedModel, loadOnnxRuntime: () => Promise<OnnxRuntime>): Promise<ExportedBundle> {
  const { result, spec, pre } = trained;
  const card = modelCard(pre, {
    datasetName: trained.source,
    rows: result.rows,
    metrics: result.metrics,
    baselines: result.evaluation?.baselines ?? [],
    layers: [`input (${result.featureCount})`, ...spec.hidden.map(describeLayer), `output (${result.classes.length > 2 ? result.classes.length : 1})`],
    backend: result.backend,
    trainedAt: new Date().toISOString().slice(0, 10),
  });
  const layers = await readModelLayers(trained.model);
  const inputDim = pre.featureNames.length;
  const output = pre.target.task === 'regression' ? 'the standardised prediction' : pre.target.task === 'binary' ? `the probability of "${pre.target.positiveClass}"` : 'one probability per class of preprocessing.json';
  const onnxDoc = `Layerlab model of ${pre.target.name}. Input "features": float32 [rows, ${inputDim}], the featureNames of preprocessing.json, computed as it describes. Output "output": ${output}.`;
  const zip = writeBundle({
    model: await layersModelFiles(trained.model),
    onnx: writeModelOnnx(spec, inputDim, layers, onnxDoc),
    preprocessing: pre,
    card,
    kerasScript: kerasScript(spec, inputDim, layers),
    tfjsVersion: tf.version.tfjs,
  });
  return { zip, verification: await verifyBundle(zip, trained, loadOnnxRuntime) };
}

/** One layer of the stack in a few words, for the model card. */
function describeLayer(layer: HiddenLayerSpec): string {
  switch (layer.kind) {
    case 'dense':
    case 'residual':
      return `${layer.kind} ${layer.units} ${layer.activation}`;
    case 'activation':
      return `activation ${layer.activation}`;
    case 'dropout':
      return `dropout ${layer.rate}`;
    case 'gaussianNoise':
      return `gaussianNoise ${layer.stddev}`;
    case 'batchNormalization':
    case 'layerNormalization':
      return layer.kind;
  }
}
