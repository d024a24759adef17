import type { ColumnProfile } from '../core/csv/profile';
import type { ColumnStore } from '../core/csv/store';
import { UserError } from '../core/errors';
import { phrase } from '../core/text';
import { buildModel } from '../core/model/build';
import { outputFor } from '../core/model/spec';
import { writeWeights } from '../core/training/snapshot';
import { unpackWeights } from './checkpoints';
import { prepareData } from './prepare';
import { CPU_SIDE, MAX_WEIGHTS_TO_MOVE } from './cpuHandover';
import type { TrainingCheckpoint } from './protocol';
import type { SessionEnvironment } from './session';
import { evaluateTrained, type TrainedModel } from './training';

export interface RestoreCheckpointArgs {
  table: ColumnStore;
  profiles: ColumnProfile[];
  source: string;
  checkpoint: TrainingCheckpoint;
  env: SessionEnvironment;
}

/**
 * Brings back the model of an interrupted run: the same seeded split and preprocessing as the run
 * (they depend only on the data, the target, the plan and the seed), the model rebuilt from its spec
 * with the checkpoint's weights, then judged on the test split like any trained model.
 */
export async function restoreCheckpoint({ table, profiles, source, checkpoint, env }: RestoreCheckpointArgs): Promise<TrainedModel> {
  const { config } = checkpoint;
  await startBackend(env, checkpoint);
  const data = prepareData(table, profiles, config.target, config.positiveClass, config.settings.seed, config.data);
  const output = outputFor(data.target.task, data.target.classes.length);
  const model = buildModel(config.spec, data.pre.featureNames.length, output, config.settings.seed);
  const weights = unpackWeights(checkpoint.weights, model.getWeights().map((weight) => weight.size));
  if (!weights) {
    model.dispose();
    throw new UserError('checkpoint-mismatch', phrase('failure.checkpointMismatch'));
  }
  writeWeights(model, weights);
  const outcome = { stoppedBy: 'interrupted', bestEpoch: checkpoint.bestEpoch, divergence: null } as const;
  // The result names the backend that trained, as after any run.
  return evaluateTrained({ model, data, profiles, source, config, outcome, backend: checkpoint.backend, onStep: () => undefined });
}

/**
 * A restarted worker has no backend yet. The model goes where a finished run's model would be (see
 * cpuHandover.ts): on the CPU side when it is small, else on the backend it trained on; else on any that starts.
 */
async function startBackend(env: SessionEnvironment, checkpoint: TrainingCheckpoint): Promise<void> {
  const trainedOn = checkpoint.backend;
  const cpuSide = CPU_SIDE.filter((name) => env.candidateBackends().includes(name));
  const preferred = checkpoint.weights.length <= MAX_WEIGHTS_TO_MOVE ? [...cpuSide, trainedOn] : [trainedOn, ...cpuSide];
  for (const backend of new Set([...preferred, ...env.candidateBackends()])) {
    if (await env.switchBackend(backend)) return;
  }
  throw new UserError('backend-unavailable', phrase('failure.noBackendToRestore'));
}
