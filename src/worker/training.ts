import * as tf from '@tensorflow/tfjs';
import type { ColumnProfile } from '../core/csv/profile';
import type { Table } from '../core/csv/table';
import type { Preprocessing } from '../core/dataset/preprocessing';
import { UserError } from '../core/errors';
import { taskMetrics } from '../core/metrics/taskMetrics';
import { buildModel } from '../core/model/build';
import { predictRows } from '../core/model/predict';
import { outputFor, validateModelSpec, type ModelSpec, type OutputSpec } from '../core/model/spec';
import { fitModel, type TrainingControl } from '../core/training/fit';
import { probeTrainingSpeed } from '../core/training/probe';
import { validateTrainingSettings } from '../core/training/settings';
import { chooseFastestBackend, type BackendDecision } from './backendChoice';
import { prepareData, type SplitData } from './prepare';
import type { BackendName, TrainConfig, TrainingResult } from './protocol';
import type { SessionEnvironment } from './session';

export interface TrainedModel {
  model: tf.LayersModel;
  pre: Preprocessing;
  spec: ModelSpec;
  result: TrainingResult;
  source: string;
}

export interface TrainArgs {
  table: Table;
  profiles: ColumnProfile[];
  source: string;
  config: TrainConfig;
  requestId: number;
  env: SessionEnvironment;
  /** Measured choices, per model size, so the measurement runs once per size. */
  backendDecisions: Map<string, BackendDecision>;
  control: TrainingControl;
}

/** One training run: prepare, pick the backend, fit with live epochs, evaluate on the test split. */
export async function trainModel(args: TrainArgs): Promise<TrainedModel> {
  const { config, env, requestId } = args;
  const problems = [...validateModelSpec(config.spec), ...validateTrainingSettings(config.settings)];
  if (problems.length > 0) throw new UserError('bad-settings', problems.join(' '));
  env.post({ type: 'trainingPhase', requestId, phase: 'preparing', backend: null, detail: 'Preparing the data' });
  const data = prepareData(args.table, args.profiles, config.target, config.positiveClass, config.settings.seed);
  const inputDim = data.pre.featureNames.length;
  const output = outputFor(data.target.task, data.target.classes.length);
  const backend = await selectBackend(args, inputDim, output);
  env.post({ type: 'trainingPhase', requestId, phase: 'training', backend: backend.name, detail: backend.detail });

  const model = buildModel(config.spec, inputDim, output, config.settings.seed);
  const regression = data.target.task === 'regression';
  model.compile({ optimizer: tf.train.adam(config.settings.learningRate), loss: output.loss, metrics: [regression ? 'mae' : 'acc'] });
  const tensors = [data.train, data.validation].map((part) => toTensors(part, inputDim, output.units));
  const [train, validation] = tensors as [Tensors, Tensors];
  try {
    const outcome = await fitModel({
      model,
      x: train.x,
      y: train.y,
      xValidation: validation.x,
      yValidation: validation.y,
      settings: config.settings,
      metricKey: regression ? 'mae' : 'acc',
      metricScale: data.pre.target.task === 'regression' ? data.pre.target.std : 1,
      control: args.control,
      onEpoch: (record) => env.post({ type: 'epochEnd', requestId, record }),
    });
    const outputs = await predictRows(model, data.test.features.values, data.test.features.rowCount, inputDim);
    const result: TrainingResult = {
      task: data.target.task,
      classes: data.target.classes,
      metrics: taskMetrics(data.pre, data.test.target, outputs, data.test.features.rowCount),
      stoppedBy: outcome.stoppedBy,
      bestEpoch: outcome.bestEpoch,
      backend: backend.name,
      rows: { train: data.split.train.length, validation: data.split.validation.length, test: data.split.test.length, droppedForTarget: data.droppedForTarget },
      featureCount: inputDim,
      paramCount: model.countParams(),
    };
    return { model, pre: data.pre, spec: config.spec, result, source: args.source };
  } catch (error) {
    model.dispose();
    throw error;
  } finally {
    // The optimizer's state is not needed once training ends, and model.dispose() would not free it.
    model.optimizer.dispose();
    tensors.forEach((t) => {
      t.x.dispose();
      t.y.dispose();
    });
  }
}

interface Tensors {
  x: tf.Tensor2D;
  y: tf.Tensor2D;
}

function toTensors(part: SplitData, inputDim: number, outputUnits: number): Tensors {
  const rows = part.features.rowCount;
  return { x: tf.tensor2d(part.features.values, [rows, inputDim]), y: tf.tensor2d(part.target, [rows, outputUnits]) };
}

async function selectBackend(args: TrainArgs, inputDim: number, output: OutputSpec): Promise<{ name: BackendName; detail: string }> {
  const { env, config } = args;
  if (config.backend !== 'auto') {
    if (!(await env.switchBackend(config.backend))) {
      throw new UserError('backend-unavailable', `The ${config.backend} backend cannot start in this browser. Remove "?backend=${config.backend}" from the address to let Layerlab pick one that works.`);
    }
    return { name: config.backend, detail: `${await env.describeBackend(config.backend)}, chosen in the address` };
  }
  const key = `${inputDim}|${output.units}|${JSON.stringify(config.spec.hidden)}|${config.settings.batchSize}`;
  let decision = args.backendDecisions.get(key);
  if (!decision) {
    env.post({ type: 'trainingPhase', requestId: args.requestId, phase: 'preparing', backend: null, detail: 'Measuring which backend trains fastest here' });
    decision = await chooseFastestBackend(env.candidateBackends(), env.switchBackend, () =>
      probeTrainingSpeed(config.spec, inputDim, output, config.settings.batchSize),
    );
    args.backendDecisions.set(key, decision);
  }
  if (!(await env.switchBackend(decision.backend))) throw new UserError('backend-unavailable', `The ${decision.backend} backend stopped working. Reload the page and train again.`);
  return { name: decision.backend, detail: `${await env.describeBackend(decision.backend)}, ${decision.reason}` };
}
