import * as tf from '@tensorflow/tfjs';
import type { OptimizerName } from './settings';

/** The optimizer's memory (moments, velocity), in plain arrays so that it survives a change of backend. */
export interface OptimizerState {
  step: number;
  slots: Float32Array[];
}

const ADAM_BETA1 = 0.9;
const ADAM_BETA2 = 0.999;
const RMSPROP_DECAY = 0.9;
const SLOT_COUNT: Record<OptimizerName, number> = { adam: 2, sgd: 1, rmsprop: 1 };

/**
 * Adam, SGD with momentum and RMSprop with tfjs's update rules, applied to all the model's weights at
 * once: the gradients are concatenated into one vector, updated in about a dozen ops, and sliced back
 * into the layer variables. tfjs's own optimizers spend a dozen ops per variable; on small networks
 * the per-op cost, not the arithmetic, is what bounds the speed. The layer variables stay the model's
 * weights throughout; `parameters` is their concatenation, kept in step with them.
 */
export class FlatOptimizer {
  learningRate: number;
  private step = 0;
  private readonly parameters: tf.Variable;
  private readonly slots: tf.Variable[];
  private readonly offsets: number[] = [];
  private readonly constants: Record<'beta1' | 'oneMinusBeta1' | 'beta2' | 'oneMinusBeta2' | 'epsilon' | 'momentum' | 'decay' | 'oneMinusDecay', tf.Scalar>;

  constructor(
    private readonly kind: OptimizerName,
    learningRate: number,
    momentum: number,
    private readonly variables: tf.Variable[],
  ) {
    this.learningRate = learningRate;
    let offset = 0;
    for (const variable of variables) {
      this.offsets.push(offset);
      offset += variable.size;
    }
    this.parameters = tf.tidy(() => tf.variable(this.flatValues(), false));
    this.slots = Array.from({ length: SLOT_COUNT[kind] }, () => tf.tidy(() => tf.variable(tf.zeros([offset]), false)));
    const scalar = (value: number) => tf.keep(tf.scalar(value));
    this.constants = {
      beta1: scalar(ADAM_BETA1),
      oneMinusBeta1: scalar(1 - ADAM_BETA1),
      beta2: scalar(ADAM_BETA2),
      oneMinusBeta2: scalar(1 - ADAM_BETA2),
      epsilon: scalar(tf.backend().epsilon()),
      momentum: scalar(momentum),
      decay: scalar(RMSPROP_DECAY),
      oneMinusDecay: scalar(1 - RMSPROP_DECAY),
    };
  }

  /**
   * One update. `gradients` flattened and joined must line up with the variables flattened and joined
   * (one tensor per variable, or one per run of consecutive variables). Call inside `tf.tidy`.
   */
  apply(gradients: tf.Tensor[]): void {
    const gradient = tf.concat(gradients.map((g) => tf.reshape(g, [-1])));
    const update = this.update(gradient);
    this.parameters.assign(tf.sub(this.parameters, update));
    this.variables.forEach((variable, i) => variable.assign(tf.reshape(tf.slice(this.parameters, this.offsets[i] as number, variable.size), variable.shape)));
  }

  /** After the layer variables were set from elsewhere (best weights restored), take them as the parameters. */
  syncFromVariables(): void {
    tf.tidy(() => this.parameters.assign(this.flatValues()));
  }

  async exportState(): Promise<OptimizerState> {
    return { step: this.step, slots: await Promise.all(this.slots.map(async (slot) => (await slot.data()) as Float32Array)) };
  }

  importState(state: OptimizerState): void {
    this.step = state.step;
    this.slots.forEach((slot, i) => tf.tidy(() => slot.assign(tf.tensor1d(state.slots[i] as Float32Array))));
  }

  dispose(): void {
    tf.dispose([this.parameters, ...this.slots, ...Object.values(this.constants)]);
  }

  private flatValues(): tf.Tensor1D {
    return tf.concat(this.variables.map((v) => tf.reshape(v, [-1]))) as tf.Tensor1D;
  }

  private update(gradient: tf.Tensor): tf.Tensor {
    const c = this.constants;
    const [first, second] = this.slots as [tf.Variable, tf.Variable | undefined];
    switch (this.kind) {
      case 'adam': {
        this.step++;
        const m = tf.add(tf.mul(first, c.beta1), tf.mul(gradient, c.oneMinusBeta1));
        const v = tf.add(tf.mul(second as tf.Variable, c.beta2), tf.mul(tf.square(gradient), c.oneMinusBeta2));
        first.assign(m);
        second?.assign(v);
        // tfjs's form: lr · m̂ / (√v̂ + ε), with the bias corrections folded into two scalars.
        const denominator = tf.add(tf.sqrt(tf.mul(v, 1 / (1 - ADAM_BETA2 ** this.step))), c.epsilon);
        return tf.mul(tf.div(m, denominator), this.learningRate / (1 - ADAM_BETA1 ** this.step));
      }
      case 'sgd': {
        const velocity = tf.add(tf.mul(first, c.momentum), gradient);
        first.assign(velocity);
        return tf.mul(velocity, this.learningRate);
      }
      case 'rmsprop': {
        const meanSquare = tf.add(tf.mul(first, c.decay), tf.mul(tf.square(gradient), c.oneMinusDecay));
        first.assign(meanSquare);
        return tf.mul(tf.div(gradient, tf.sqrt(tf.add(meanSquare, c.epsilon))), this.learningRate);
      }
    }
  }
}
