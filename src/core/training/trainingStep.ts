import * as tf from '@tensorflow/tfjs';
import type { Batch } from './batches';
import { denseChain, denseStep } from './denseStep';
import { FlatOptimizer } from './flatOptimizer';
import { modelPenalties, penaltyTensor } from './regularization';
import type { TrainingSettings } from './settings';
import type { BatchStats, TaskLoss } from './taskLoss';

/** One optimizer step on a batch, returning the batch's loss and metric sums (kept tensors the caller disposes). */
export interface TrainingStep {
  run: (batch: Batch) => BatchStats;
  optimizer: FlatOptimizer;
  /** The factor the batches must put into row weights for this step (see TaskLoss.gradientScale). */
  rowWeightScale: number;
  /** `fast` for the written-out Dense backward pass, `general` for automatic differentiation. */
  kind: 'fast' | 'general';
  dispose: () => void;
}

/**
 * The training step for this model: the fast Dense path when the model is a plain Dense chain, else
 * tfjs's automatic differentiation through the layers in training mode (dropout, normalisation,
 * noise). Both update the model's own layer variables, so the result is an ordinary LayersModel.
 */
export function createTrainingStep(model: tf.LayersModel, loss: TaskLoss, settings: Pick<TrainingSettings, 'optimizer' | 'learningRate' | 'momentum'>): TrainingStep {
  // LayerVariable.read() is typed as a Tensor but is the layer's tf.Variable, which the optimizer assigns.
  const variables = model.trainableWeights.map((weight) => weight.read() as tf.Variable);
  const optimizer = new FlatOptimizer(settings.optimizer, settings.learningRate, settings.momentum, variables);
  const chain = denseChain(model, loss);
  if (chain) {
    const fast = denseStep(chain, loss, optimizer);
    const dispose = () => {
      fast.dispose();
      optimizer.dispose();
    };
    return { run: fast.run, optimizer, rowWeightScale: loss.gradientScale, kind: 'fast', dispose };
  }
  const penalties = modelPenalties(model);
  const run = (batch: Batch): BatchStats =>
    tf.tidy(() => {
      let stats: BatchStats | null = null;
      const { grads } = tf.variableGrads(() => {
        const p = model.apply(batch.x, { training: true }) as tf.Tensor;
        // The forward pass runs in a scope of its own that disposes what it does not return: keep the stats.
        const sums = loss.batchStats(p, batch.y, tf.sub(p, batch.y));
        stats = { loss: tf.keep(sums.loss), metric: tf.keep(sums.metric) };
        const dataLoss = loss.weightedLoss(p, batch.y, batch.rowWeights);
        return penalties.length > 0 ? tf.add(dataLoss, penaltyTensor(penalties)) : dataLoss;
      }, variables);
      optimizer.apply(variables.map((v) => grads[v.name] ?? tf.zerosLike(v)));
      return stats as unknown as BatchStats;
    });
  return { run, optimizer, rowWeightScale: 1, kind: 'general', dispose: () => optimizer.dispose() };
}
