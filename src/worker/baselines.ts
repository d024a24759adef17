import * as tf from '@tensorflow/tfjs';
import { constantBaselineOutputs } from '../core/metrics/baselines';
import type { BaselineResult } from '../core/metrics/evaluation';
import { taskMetrics } from '../core/metrics/taskMetrics';
import { predictRows } from '../core/model/predict';
import { outputFor } from '../core/model/spec';
import type { PreparedData } from './prepare';

/** Rows per step of the linear model: the whole training split up to this, so most runs take full-batch steps. */
const LINEAR_BATCH = 4096;
/** Optimiser steps for the linear model: enough for a convex problem on standardised inputs to settle. */
const LINEAR_STEPS = 300;
const LINEAR_LEARNING_RATE = 0.05;

/**
 * The two models a network has to beat, trained on the same training rows and scored on the same test
 * rows: a constant (the majority class or the mean), and logistic or linear regression.
 */
export async function trainBaselines(data: PreparedData, seed: number): Promise<BaselineResult[]> {
  const { pre } = data;
  const regression = pre.target.task === 'regression';
  const units = outputFor(pre.target.task, data.target.classes.length).units;
  const testRows = data.test.features.rowCount;
  const metrics = (outputs: Float32Array) => taskMetrics(pre, data.test.target, outputs, testRows);
  return [
    { kind: 'constant', title: regression ? 'Always the average' : 'Always the most common class', metrics: metrics(constantBaselineOutputs(data.train.target, units, testRows)) },
    { kind: 'linear', title: regression ? 'Linear regression' : 'Logistic regression', metrics: metrics(await linearOutputs(data, units, seed)) },
  ];
}

/**
 * A network with no hidden layer is logistic (sigmoid or softmax output) or linear regression. The light
 * L2 penalty is scikit-learn's default strength (C = 1) expressed per row, so the weights stay finite on
 * separable data, as in the reference figures of the datasets' README.
 */
async function linearOutputs(data: PreparedData, units: number, seed: number): Promise<Float32Array> {
  const output = outputFor(data.pre.target.task, units);
  const inputDim = data.pre.featureNames.length;
  const rows = data.train.features.rowCount;
  const model = tf.sequential({
    layers: [
      tf.layers.dense({
        inputShape: [inputDim],
        units: output.units,
        activation: output.activation,
        kernelInitializer: tf.initializers.glorotUniform({ seed }),
        kernelRegularizer: tf.regularizers.l2({ l2: 1 / (2 * Math.max(1, rows)) }),
      }),
    ],
  });
  const optimizer = tf.train.adam(LINEAR_LEARNING_RATE);
  model.compile({ optimizer, loss: output.loss });
  const x = tf.tensor2d(data.train.features.values, [rows, inputDim]);
  const y = tf.tensor2d(data.train.target, [rows, output.units]);
  try {
    const batchSize = Math.min(rows, LINEAR_BATCH);
    // Batches keep the row order (shuffle: false): tfjs shuffles with Math.random, which no seed reaches.
    await model.fit(x, y, { batchSize, epochs: Math.max(1, Math.round(LINEAR_STEPS / Math.ceil(rows / batchSize))), shuffle: false, verbose: 0, yieldEvery: 'never' });
    return await predictRows(model, data.test.features.values, data.test.features.rowCount, inputDim);
  } finally {
    x.dispose();
    y.dispose();
    optimizer.dispose();
    model.dispose();
  }
}
