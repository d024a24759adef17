import type { Preprocessing } from '../dataset/preprocessing';

export interface ModelCardFacts {
  datasetName: string;
  rows: { train: number; validation: number; test: number };
  metrics: Record<string, number>;
  layers: string[];
  backend: string;
  trainedAt: string;
}

/** The bundle's README.md: what the model is, how good it is on held-out data, and how to load it. */
export function modelCard(pre: Preprocessing, facts: ModelCardFacts): string {
  const target = pre.target;
  const task =
    target.task === 'binary'
      ? `binary classification: probability that \`${target.name}\` is \`${target.positiveClass}\` (threshold ${target.threshold})`
      : target.task === 'multiclass'
        ? `multi-class classification of \`${target.name}\` into ${target.classes.map((c) => `\`${c}\``).join(', ')}`
        : `regression of \`${target.name}\` (predictions in its original units)`;
  const metricRows = Object.entries(facts.metrics).map(([key, value]) => `| ${key} | ${Number.isFinite(value) ? value.toFixed(4) : 'n/a'} |`);
  return `# Layerlab model: ${target.name}

Trained in the browser with Layerlab on ${facts.trainedAt} (backend: ${facts.backend}).

- **Task**: ${task}
- **Data**: ${facts.datasetName}; ${facts.rows.train} training, ${facts.rows.validation} validation and ${facts.rows.test} test rows (seeded split)
- **Inputs**: ${pre.inputs.length} columns (${pre.inputs.map((i) => `\`${i.name}\``).join(', ')}), ${pre.featureNames.length} model features
- **Layers**: ${facts.layers.join(' → ')}

## Test-set metrics

| metric | value |
| --- | --- |
${metricRows.join('\n')}

These figures come from rows the model never saw during training. They hold for data like the
training data; check them again before relying on the model for a different population or period.

## Files

- \`model.json\` + \`weights.bin\`: TensorFlow.js layers format.
- \`preprocessing.json\`: how each raw column becomes model input (imputation, standardisation, one-hot
  categories) and how the output becomes a label or value. Apply it exactly, in the listed order.

## Load in JavaScript

\`\`\`js
import * as tf from '@tensorflow/tfjs';
const model = await tf.loadLayersModel('file:///path/to/model.json'); // or an http(s) URL
// Build one row of features from preprocessing.json: numeric (x - mean) / std after imputing,
// categorical one-hot in the listed category order (unknown values: all zeros).
const output = model.predict(tf.tensor2d([features]));
\`\`\`

## Load in Python

\`\`\`sh
pip install tensorflowjs
tensorflowjs_converter --input_format=tfjs_layers_model --output_format=keras model.json model.h5
\`\`\`
`;
}
