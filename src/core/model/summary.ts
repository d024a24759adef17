/** The Keras-style `model.summary()` of a spec, computed without tfjs so the page can show it live. */
import { BYTES_PER_PARAM } from './options';
import { denseParams, layerParts } from './params';
import { INPUT_LAYER_NAME, OUTPUT_LAYER_NAME, tfLayerName, type ModelSpec, type OutputSpec } from './spec';

export interface SummaryRow {
  /** The tfjs layer name, as build.ts gives it. */
  name: string;
  /** The tfjs/Keras class name (`Dense`, `Dropout`, `Add`…). */
  className: string;
  /** What the layer applies, where that helps a reader (`relu`, `20%`). */
  note: string;
  outputShape: [null, number];
  params: number;
  trainable: number;
  /** Which spec layer the row belongs to; null for the input and output layers. */
  specIndex: number | null;
}

export interface ModelSummary {
  rows: SummaryRow[];
  totalParams: number;
  trainableParams: number;
  nonTrainableParams: number;
  /** Memory the weights take as float32. */
  weightBytes: number;
}

function noteFor(spec: ModelSpec, index: number, part: string): string {
  const layer = spec.hidden[index];
  if (!layer) return '';
  if (part === 'res_b') return 'linear';
  if (part === 'res_add') return 'skip + block';
  switch (layer.kind) {
    case 'dense':
    case 'residual':
    case 'activation':
      return layer.activation;
    case 'dropout':
      return `${Math.round(layer.rate * 100)}%`;
    case 'gaussianNoise':
      return `σ ${layer.stddev}`;
    default:
      return '';
  }
}

export function summarizeModel(spec: ModelSpec, inputDim: number, output: OutputSpec): ModelSummary {
  const rows: SummaryRow[] = [{ name: INPUT_LAYER_NAME, className: 'InputLayer', note: '', outputShape: [null, inputDim], params: 0, trainable: 0, specIndex: null }];
  let width = inputDim;
  spec.hidden.forEach((layer, index) => {
    for (const part of layerParts(layer, width)) {
      const params = part.trainable + part.nonTrainable;
      const name = tfLayerName(index, part.part === 'main' ? layer.kind : part.part);
      rows.push({ name, className: part.className, note: noteFor(spec, index, part.part), outputShape: [null, part.width], params, trainable: part.trainable, specIndex: index });
      width = part.width;
    }
  });
  const outputParams = denseParams(width, output.units);
  rows.push({ name: OUTPUT_LAYER_NAME, className: 'Dense', note: output.activation, outputShape: [null, output.units], params: outputParams, trainable: outputParams, specIndex: null });
  const totalParams = rows.reduce((sum, row) => sum + row.params, 0);
  const trainableParams = rows.reduce((sum, row) => sum + row.trainable, 0);
  return { rows, totalParams, trainableParams, nonTrainableParams: totalParams - trainableParams, weightBytes: totalParams * BYTES_PER_PARAM };
}
