import * as tf from '@tensorflow/tfjs';
import type { Batch } from './batches';
import type { FlatOptimizer } from './flatOptimizer';
import { layerPenalty, penaltyGradient, type KernelPenalty } from './regularization';
import type { BatchStats, TaskLoss } from './taskLoss';

type FusedActivation = 'linear' | 'relu' | 'relu6' | 'elu' | 'sigmoid';

/**
 * Hidden activations the fast step handles: the matmul fuses them (or is followed by one op), and
 * their derivative can be written from the layer's output alone, so no pre-activation is kept.
 */
interface ActivationRule {
  fused: FusedActivation;
  after?: (z: tf.Tensor) => tf.Tensor;
  /** dOutput/dInput as a function of the output; absent for the identity. */
  derivative?: (a: tf.Tensor) => tf.Tensor;
}

const HIDDEN: Record<string, ActivationRule> = {
  linear: { fused: 'linear' },
  relu: { fused: 'relu', derivative: (a) => tf.step(a) },
  relu6: { fused: 'relu6', derivative: (a) => tf.mul(tf.step(a), tf.step(tf.sub(6, a))) },
  elu: { fused: 'elu', derivative: (a) => tf.minimum(tf.add(a, 1), 1) },
  sigmoid: { fused: 'sigmoid', derivative: (a) => tf.mul(a, tf.sub(1, a)) },
  tanh: { fused: 'linear', after: tf.tanh, derivative: (a) => tf.sub(1, tf.square(a)) },
};

/** The output activation each task's loss is paired with (see TaskLoss). */
const OUTPUT: Record<TaskLoss['task'], { name: string; rule: ActivationRule }> = {
  binary: { name: 'sigmoid', rule: { fused: 'sigmoid' } },
  multiclass: { name: 'softmax', rule: { fused: 'linear', after: (z) => tf.softmax(z) } },
  regression: { name: 'linear', rule: { fused: 'linear' } },
};

interface DenseLayerPlan {
  kernel: tf.Variable;
  bias: tf.Variable | null;
  rule: ActivationRule;
  penalty: KernelPenalty | null;
}

/**
 * The model's Dense layers in order when it is a plain chain of them that the fast step can train,
 * else null (dropout, normalisation, residual blocks and other activations go the general way).
 */
export function denseChain(model: tf.LayersModel, loss: TaskLoss): DenseLayerPlan[] | null {
  const [input, ...layers] = model.layers;
  if (!input || input.getClassName() !== 'InputLayer' || layers.length === 0) return null;
  const plans: DenseLayerPlan[] = [];
  let previous: tf.layers.Layer = input;
  for (const [i, layer] of layers.entries()) {
    const inbound = layer.inboundNodes;
    if (layer.getClassName() !== 'Dense' || inbound.length !== 1 || inbound[0]?.inboundLayers[0] !== previous) return null;
    const activation = String(layer.getConfig().activation);
    const last = i === layers.length - 1;
    const rule = last ? (activation === OUTPUT[loss.task].name ? OUTPUT[loss.task].rule : undefined) : HIDDEN[activation];
    const [kernel, bias] = layer.trainableWeights.map((w) => w.read() as tf.Variable);
    if (!rule || !kernel || kernel.rank !== 2) return null;
    plans.push({ kernel, bias: bias ?? null, rule, penalty: layerPenalty(layer) });
    previous = layer;
  }
  // The step writes gradients layer by layer, kernel then bias: the variables must come in that order.
  const order = plans.flatMap((plan) => (plan.bias ? [plan.kernel, plan.bias] : [plan.kernel]));
  const variables = model.trainableWeights.map((weight) => weight.read());
  return order.length === variables.length && order.every((v, i) => v === variables[i]) ? plans : null;
}

/**
 * One training step of a Dense chain, with the backward pass written out instead of recorded on a
 * tape: fused matmul + bias + activation forward; for the sigmoid / softmax / linear output paired
 * with its loss the output error is (p − y) × row weight; each layer then needs one matmul for its
 * weights and one to pass the error back, times the activation's derivative. About half the ops of
 * tfjs's automatic differentiation of the same network, and the same arithmetic.
 */
export function denseStep(layers: DenseLayerPlan[], loss: TaskLoss, optimizer: FlatOptimizer): { run: (batch: Batch) => BatchStats; dispose: () => void } {
  const onesRows = new Map<number, tf.Tensor2D>();
  const onesRow = (rows: number) => onesRows.get(rows) ?? (onesRows.set(rows, tf.keep(tf.ones([1, rows]))).get(rows) as tf.Tensor2D);
  const run = (batch: Batch) =>
    tf.tidy(() => {
      const outputs: tf.Tensor2D[] = [batch.x];
      for (const layer of layers) {
        const z = tf.fused.matMul({ a: outputs[outputs.length - 1] as tf.Tensor2D, b: layer.kernel as tf.Tensor2D, bias: layer.bias ?? undefined, activation: layer.rule.fused });
        outputs.push((layer.rule.after ? layer.rule.after(z) : z) as tf.Tensor2D);
      }
      const p = outputs[outputs.length - 1] as tf.Tensor2D;
      const difference = tf.sub(p, batch.y);
      const stats = loss.batchStats(p, batch.y, difference);
      const blocks: tf.Tensor[] = [];
      let error = tf.mul(difference, batch.rowWeights) as tf.Tensor2D;
      for (let i = layers.length - 1; i >= 0; i--) {
        const layer = layers[i] as DenseLayerPlan;
        const input = outputs[i] as tf.Tensor2D;
        // [xᵀ; 1]·error holds the kernel's gradient with the bias's as its last row, which is also how
        // the two follow each other in the flat parameters: one matmul instead of a matmul and a
        // column sum (slow on wasm, which transposes to sum along the batch).
        let block: tf.Tensor = layer.bias ? tf.matMul(tf.concat([tf.transpose(input), onesRow(batch.rows)], 0), error) : tf.matMul(input, error, true, false);
        if (layer.penalty) block = tf.add(block, layer.bias ? tf.pad(penaltyGradient(layer.penalty), [[0, 1], [0, 0]]) : penaltyGradient(layer.penalty));
        blocks.unshift(block);
        if (i > 0) {
          // A transposed operand: a native flag on GPU backends; on wasm see wasmKernels.ts.
          const back = tf.matMul(error, layer.kernel as tf.Tensor2D, false, true) as tf.Tensor2D;
          const derivative = (layers[i - 1] as DenseLayerPlan).rule.derivative;
          error = derivative ? (tf.mul(back, derivative(input)) as tf.Tensor2D) : back;
        }
      }
      optimizer.apply(blocks);
      return stats;
    });
  return { run, dispose: () => tf.dispose([...onesRows.values()]) };
}
