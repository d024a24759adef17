import type * as tf from '@tensorflow/tfjs';
import type { ColumnProfile } from '../core/csv/profile';
import type { ColumnStore } from '../core/csv/store';
import type { Table } from '../core/csv/table';
import type { Preprocessing } from '../core/dataset/preprocessing';
import { allOf, UserError, isUserError } from '../core/errors';
import { taskMetrics } from '../core/metrics/taskMetrics';
import { buildModel } from '../core/model/build';
import { countParams } from '../core/model/params';
import { predictRows } from '../core/model/predict';
import { outputFor, type ModelSpec } from '../core/model/spec';
import { checkModelSpec } from '../core/model/validation';
import type { TrainingControl } from '../core/training/control';
import { fitModel, startProgress, type FitOutcome } from '../core/training/fit';
import { probeTrainingSpeed } from '../core/training/probe';
import { trainingSettingProblems } from '../core/training/settings';
import { TASK_LOSSES } from '../core/training/taskLoss';
import { trainingText } from '../core/training/texts';
import { modelSizeKey } from './backendChoice';
import { BackendPlan } from './backendPlan';
import { moveToCpuSide, type Handover } from './cpuHandover';
import { buildEvaluation } from './evaluation';
import { prepareData, type PreparedData } from './prepare';
import type { BackendDecision, BackendName, TrainConfig, TrainingResult, WorkerText } from './protocol';
import { CheckpointSender } from './checkpoints';
import { DecisionMaps, shownEpoch } from './teaching';
import type { SessionEnvironment } from './session';

export interface TrainedModel {
  model: tf.LayersModel;
  pre: Preprocessing;
  spec: ModelSpec;
  result: TrainingResult;
  source: string;
  /** Raw cells of a few test rows, so an export can check its files against this model. */
  testSample: Table;
}

export interface TrainArgs {
  table: ColumnStore;
  profiles: ColumnProfile[];
  source: string;
  config: TrainConfig;
  requestId: number;
  env: SessionEnvironment;
  /** Measured choices, per model size, so the measurement runs once per size. */
  backendDecisions: Map<string, BackendDecision>;
  control: TrainingControl;
}

/** One training run: prepare, pick the backend, fit with live progress (moving to another backend if one fails), evaluate on the test split. */
export async function trainModel(args: TrainArgs): Promise<TrainedModel> {
  const { config, env, requestId } = args;
  const modelErrors = checkModelSpec(config.spec).filter((problem) => problem.severity === 'error');
  const problems = [...modelErrors.map((problem) => problem.messageText), ...trainingSettingProblems(config.settings)];
  if (problems.length > 0) throw new UserError('bad-settings', allOf(problems));
  env.post({ type: 'trainingPhase', requestId, phase: 'preparing', backend: null, detail: trainingText('training.detail.preparing') });
  const data = prepareData(args.table, args.profiles, config.target, config.positiveClass, config.settings.seed, config.data);
  const maps = new DecisionMaps(args.table, data, config.spec, (view, transfer) => env.post({ type: 'decisionMap', requestId, view }, transfer));
  const fitted = await fitOnBestBackend(args, data, maps);
  const { outcome, backend } = fitted;
  const model = await handOverToCpuSide(args, data, fitted);
  await maps.finish(model, shownEpoch(outcome, config.settings));
  const onStep = (detail: WorkerText) => env.post({ type: 'trainingPhase', requestId, phase: 'training', backend, detail });
  return evaluateTrained({ model, data, profiles: args.profiles, source: args.source, config, outcome, backend, onStep });
}

export interface EvaluateArgs {
  model: tf.LayersModel;
  data: PreparedData;
  profiles: ColumnProfile[];
  source: string;
  config: Pick<TrainConfig, 'spec' | 'settings'>;
  outcome: Pick<FitOutcome, 'stoppedBy' | 'bestEpoch' | 'divergence'>;
  backend: BackendName;
  onStep: (detail: WorkerText) => void;
}

/** A fitted model judged on the test split: the model the session keeps, with its result. Disposes the model if that fails. */
export async function evaluateTrained({ model, data, profiles, source, config, outcome, backend, onStep }: EvaluateArgs): Promise<TrainedModel> {
  try {
    const inputDim = data.pre.featureNames.length;
    const outputs = await predictRows(model, data.test.features.values, data.test.features.rowCount, inputDim);
    const result: TrainingResult = {
      task: data.target.task,
      classes: data.target.classes,
      metrics: taskMetrics(data.pre, data.test.target, outputs, data.test.features.rowCount),
      stoppedBy: outcome.stoppedBy,
      bestEpoch: outcome.bestEpoch,
      backend,
      rows: { train: data.split.train.length, validation: data.split.validation.length, test: data.split.test.length, droppedForTarget: data.droppedForTarget },
      featureCount: inputDim,
      paramCount: model.countParams(),
      ...(outcome.divergence !== null && { divergence: outcome.divergence }),
      evaluation: await buildEvaluation({ model, data, testOutputs: outputs, profiles, seed: config.settings.seed, onStep }),
    };
    return { model, pre: data.pre, spec: config.spec, result, source, testSample: data.testSample };
  } catch (error) {
    model.dispose();
    throw error;
  }
}

interface Fitted {
  model: tf.LayersModel;
  outcome: FitOutcome;
  backend: BackendName;
  /** Why this backend, as the status line shows it. */
  reason: WorkerText;
}

/**
 * After training on a GPU backend, the model moves to the CPU side for evaluation, scoring and export
 * (see cpuHandover.ts), and the status line says so. The model that trained stays the result's backend.
 */
async function handOverToCpuSide({ config, env, requestId }: TrainArgs, data: PreparedData, fitted: Fitted): Promise<tf.LayersModel> {
  const output = outputFor(data.target.task, data.target.classes.length);
  const rebuild = () => buildModel(config.spec, data.pre.featureNames.length, output, config.settings.seed);
  let moved: Handover | null;
  try {
    moved = await moveToCpuSide(fitted.model, fitted.backend, rebuild, env);
  } catch (error) {
    disposeQuietly(fitted.model);
    throw error;
  }
  if (!moved) return fitted.model;
  disposeQuietly(fitted.model);
  const backendReason = trainingText('backend.moved', { reason: fitted.reason, moved: moved.backend, trained: fitted.backend });
  env.post({ type: 'trainingPhase', requestId, phase: 'training', backend: fitted.backend, detail: trainingText('training.detail.moved', { backend: moved.backend }), backendReason });
  return moved.model;
}

/**
 * Fits on the chosen backend; when that backend fails mid-training (a lost GPU context, a device
 * loss, an out-of-memory abort), rebuilds the model on the next fastest one and resumes from the last
 * finished epoch, whose weights and optimizer state are kept in plain arrays.
 */
async function fitOnBestBackend(args: TrainArgs, data: PreparedData, maps: DecisionMaps): Promise<Fitted> {
  const { config, env, requestId } = args;
  const { spec, settings } = config;
  const inputDim = data.pre.featureNames.length;
  const output = outputFor(data.target.task, data.target.classes.length);
  const loss = TASK_LOSSES[data.target.task];
  const params = countParams(spec, inputDim, output.units);
  const plan = new BackendPlan({
    config,
    env,
    requestId,
    decisions: args.backendDecisions,
    sizeKey: modelSizeKey(params.trainable + params.nonTrainable, settings.batchSize),
    measure: () => probeTrainingSpeed(spec, inputDim, output, data.target.task, Math.min(settings.batchSize, data.train.features.rowCount)),
  });
  let backend = await plan.start();
  const progress = startProgress(settings);
  const checkpoints = new CheckpointSender(env.post, requestId, config);
  let failAtEpoch = config.testHooks?.failBackendAtEpoch ?? null;
  for (;;) {
    const model = buildModel(spec, inputDim, output, settings.seed);
    try {
      const outcome = await fitModel({
        model,
        loss,
        train: { features: data.train.features.values, targets: data.train.target, rows: data.train.features.rowCount, inputs: inputDim, outputs: output.units, classWeights: data.classWeights },
        validation: { features: data.validation.features.values, targets: data.validation.target, rows: data.validation.features.rowCount },
        settings,
        metricScale: data.pre.target.task === 'regression' ? data.pre.target.std : 1,
        control: args.control,
        progress,
        failAtEpoch,
        onEpoch: (record) => {
          env.post({ type: 'epochEnd', requestId, record });
          maps.afterEpoch(model, record.epoch);
        },
        onCheckpoint: () => {
          checkpoints.offer(progress, backend);
          if (progress.checkpoint?.epoch === config.testHooks?.crashAtEpoch) crashOnPurpose();
        },
        onBatch: (batch) => env.post({ type: 'batchProgress', requestId, progress: batch }),
        onPause: (paused) => env.post({ type: 'trainingPhase', requestId, phase: paused ? 'paused' : 'training', backend, detail: paused ? trainingText('training.detail.paused') : '' }),
      });
      // The last epoch too, so a crash or reload while the model is evaluated keeps the whole run.
      checkpoints.offer(progress, backend, true);
      return { model, outcome, backend, reason: plan.reason };
    } catch (error) {
      disposeQuietly(model);
      if (isUserError(error)) throw error;
      failAtEpoch = null;
      backend = await plan.fallBack(backend, error, progress.checkpoint?.epoch ?? 0);
    }
  }
}

/** A failed backend may throw again while its tensors are freed; nothing more can be done for them. */
function disposeQuietly(model: tf.LayersModel): void {
  try {
    model.dispose();
  } catch {
    // The backend is gone; its memory goes with it.
  }
}

/**
 * Test hook (`?crashWorkerAtEpoch=N`): an uncaught error, as an out-of-memory abort would raise, kills
 * the worker after epoch N and its (paced) checkpoint.
 */
function crashOnPurpose(): void {
  setTimeout(() => {
    throw new Error('the training worker was made to crash (test hook)');
  });
}
