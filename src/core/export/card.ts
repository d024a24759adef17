import type { Preprocessing } from '../dataset/preprocessing';
import type { BaselineResult } from '../metrics/evaluation';

export interface ModelCardFacts {
  datasetName: string;
  rows: { train: number; validation: number; test: number; droppedForTarget: number };
  metrics: Record<string, number>;
  /** Simple models trained on the same split, to show whether the network earns its complexity. */
  baselines: readonly BaselineResult[];
  layers: string[];
  backend: string;
  trainedAt: string;
}

/** The bundle's README.md: what the model is, how good it is on held-out data, its limits, and how to run it. */
export function modelCard(pre: Preprocessing, facts: ModelCardFacts): string {
  const target = pre.target;
  const columns = ['this model', ...facts.baselines.map((b) => b.title)];
  const metricRows = Object.entries(facts.metrics).map(([key, value]) => `| ${key} | ${[value, ...facts.baselines.map((b) => b.metrics[key])].map(formatMetric).join(' | ')} |`);
  const dropped = facts.rows.droppedForTarget > 0 ? ` ${facts.rows.droppedForTarget} rows without a usable \`${target.name}\` were left out.` : '';
  return `# Layerlab model: ${target.name}

Trained in the browser with Layerlab on ${facts.trainedAt} (backend: ${facts.backend}).

- **Task**: ${describeTask(pre)}
- **Data**: ${facts.datasetName}; ${facts.rows.train} training, ${facts.rows.validation} validation and ${facts.rows.test} test rows (seeded split).${dropped}
- **Inputs**: ${pre.inputs.length} columns (${pre.inputs.map((i) => `\`${i.name}\` (${i.kind})`).join(', ')}), ${pre.featureNames.length} model features
- **Layers**: ${facts.layers.join(' → ')}

## Test-set metrics

| metric | ${columns.join(' | ')} |
| --- | ${columns.map(() => '---').join(' | ')} |
${metricRows.join('\n')}

These figures come from rows the model never saw during training. ${facts.baselines.length > 0 ? 'The other columns are simple models fitted on the same training rows: the network is worth its complexity only where it beats them.' : ''}

## Intended use and limits

Use it to score rows like the training data: the same columns, meanings and units, from a similar
population and period. Check the metrics again before relying on it elsewhere. Values the model has not
seen are handled, not understood: a missing or unreadable value is filled in as preprocessing.json says,
and a category not seen in training counts as none of the known ones (each scored row says so in
\`layerlab_notes\`). The model finds patterns, not causes.

## Files

| file | what it is |
| --- | --- |
| \`model.json\` + \`weights.bin\` | the network in TensorFlow.js layers format |
| \`model.onnx\` | the same network for ONNX Runtime (opset 13): input \`features\`, output \`output\` |
| \`preprocessing.json\` | how raw columns become model features, and outputs become labels or values |
| \`predict.mjs\` / \`predict.py\` | score a CSV (Node with TensorFlow.js / Python with ONNX Runtime) |
| \`keras_model.py\` | the architecture in Keras 3 with these weights, to train further |
| \`package.json\`, \`requirements.txt\` | what the scripts need |

Both network files take the same input, the \`featureNames\` of preprocessing.json in that order, and give
the same output: ${describeOutput(pre)}. Scaling is **not** folded into the network: both files expect
features already computed as below, so one preprocessing serves both. Layerlab checks each bundle after
writing it: it reloads both network files from the zip and compares their outputs with the trained
model's on test rows.

## preprocessing.json (format \`${pre.format}\`, version ${pre.version})

- A cell is *missing* when, trimmed, it is empty or one of \`missingTokens\` (case-sensitive). Numbers
  may have thousands separators, a currency (\`$1,200\`, \`3,50 €\`) or a percent sign (\`12%\` is 12);
  \`(5)\` is -5; with \`decimalComma\`, \`1.234,5\` is 1234.5.
- Features follow \`inputs\` in order, each clipped to ±\`featureClip\`:
  - \`numeric\`: x is the number, or \`impute\`; t is x, or ln(1 + max(x, 0)) when \`transform\` is \`log\`;
    the feature is (t − \`center\`) / \`scale\`.
  - \`boolean\`: 1 for a word in \`trueValues\` (lower-cased) or the number 1, 0 for \`falseValues\` or 0,
    else \`impute\`.
  - \`categorical\`: the trimmed text, or \`impute\` when missing (null: none). \`onehot\`: one feature per
    entry of \`categories\`, plus \`(other)\` for any other value when \`otherBucket\`; \`ordinal\`: the
    category's index / (number of categories − 1).
  - \`date\`: the day written in \`order\` (\`ymd\`, \`dmy\`, \`mdy\`; a time after it is ignored) as days since
    1970-01-01, or \`impute\`; one feature per entry of \`parts\`: (part − \`center\`) / \`scale\` for
    \`year\`, \`month\`, \`weekday\` (Monday 0) or \`days\` (day − \`reference\`).
  - \`missingIndicator\`: one more feature, 1 when the cell was missing or unreadable, else 0.
- \`target\` turns the output into a label or value, as described above.

## Score a CSV

\`\`\`sh
npm install && node predict.mjs new_rows.csv scored.csv
pip install -r requirements.txt && python predict.py new_rows.csv scored.csv
\`\`\`

Both write what the app's batch scoring writes: the original columns, the prediction, each class's
probability (or the predicted value), and notes on filled-in or unknown values.

## Load in JavaScript

\`\`\`js
import { readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs';
const json = JSON.parse(readFileSync('model.json', 'utf8'));
const weights = readFileSync('weights.bin');
const model = await tf.loadLayersModel(tf.io.fromMemory({
  modelTopology: json.modelTopology,
  weightSpecs: json.weightsManifest[0].weights,
  weightData: weights.buffer.slice(weights.byteOffset, weights.byteOffset + weights.byteLength),
}));
const output = model.predict(tf.tensor2d([features])); // features: one encoded row, as above
\`\`\`

## Load in Python

\`\`\`python
import numpy as np, onnxruntime
session = onnxruntime.InferenceSession("model.onnx")
output = session.run(None, {"features": np.array([features], dtype=np.float32)})[0]
\`\`\`

To train further with TensorFlow, \`python keras_model.py\` rebuilds the network in Keras, loads these
weights and saves \`model.keras\`.
`;
}

function describeTask(pre: Preprocessing): string {
  const target = pre.target;
  switch (target.task) {
    case 'binary':
      return `binary classification: probability that \`${target.name}\` is \`${target.positiveClass}\` (threshold ${target.threshold})`;
    case 'multiclass':
      return `multi-class classification of \`${target.name}\` into ${target.classes.map((c) => `\`${c}\``).join(', ')}`;
    case 'regression':
      return `regression of \`${target.name}\` (predictions in its original units)`;
  }
}

function describeOutput(pre: Preprocessing): string {
  const target = pre.target;
  switch (target.task) {
    case 'binary':
      return `the probability of \`${target.positiveClass}\`; at or above ${target.threshold} the prediction is \`${target.positiveClass}\`, else \`${target.classes[0]}\``;
    case 'multiclass':
      return `one probability per class, in the order of \`target.classes\`; the prediction is the most probable class`;
    case 'regression':
      return `the standardised value; ${target.name} in its own units is output × \`target.std\` + \`target.mean\``;
  }
}

function formatMetric(value: number | undefined): string {
  return value !== undefined && Number.isFinite(value) ? value.toFixed(4) : 'n/a';
}
