import * as tf from '@tensorflow/tfjs';
import { seedSequence } from './seeds';

/**
 * Dropout and Gaussian noise whose draws follow the training seed, so that the same seed gives the same
 * curve. tfjs's own layers draw from Math.random (GaussianNoise takes no seed; a seeded Dropout repeats
 * one mask). These report tfjs's class names and configs, so a saved or exported model.json is the same
 * as with tfjs's layers and loads anywhere as those: out of training both pass their input through.
 */
type Kwargs = Record<string, unknown>;

const single = (inputs: tf.Tensor | tf.Tensor[]): tf.Tensor => (Array.isArray(inputs) ? (inputs[0] as tf.Tensor) : inputs);

interface NoiseArgs {
  name: string;
  /** The training seed and the layer's place in the stack. */
  seed: number;
  layerIndex: number;
}

export class SeededDropout extends tf.layers.Layer {
  static readonly className = 'Dropout';
  private readonly rate: number;
  private readonly nextSeed: () => number;

  constructor(args: NoiseArgs & { rate: number }) {
    super({ name: args.name });
    this.rate = args.rate;
    this.nextSeed = seedSequence(args.seed, args.layerIndex);
    this.supportsMasking = true;
  }

  override call(inputs: tf.Tensor | tf.Tensor[], kwargs: Kwargs): tf.Tensor {
    const input = single(inputs);
    if (kwargs.training !== true || !(this.rate > 0 && this.rate < 1)) return input;
    return tf.tidy(() => tf.dropout(input, this.rate, undefined, this.nextSeed()));
  }

  override getConfig(): tf.serialization.ConfigDict {
    // tfjs's Dropout writes these two as null; so does this one, for the same model.json.
    return { rate: this.rate, noiseShape: null, seed: null, ...super.getConfig() };
  }
}

export class SeededGaussianNoise extends tf.layers.Layer {
  static readonly className = 'GaussianNoise';
  private readonly stddev: number;
  private readonly nextSeed: () => number;

  constructor(args: NoiseArgs & { stddev: number }) {
    super({ name: args.name });
    this.stddev = args.stddev;
    this.nextSeed = seedSequence(args.seed, args.layerIndex);
    this.supportsMasking = true;
  }

  override call(inputs: tf.Tensor | tf.Tensor[], kwargs: Kwargs): tf.Tensor {
    const input = single(inputs);
    if (kwargs.training !== true) return input;
    return tf.tidy(() => tf.add(input, tf.randomNormal(input.shape, 0, this.stddev, 'float32', this.nextSeed())));
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { stddev: this.stddev, ...super.getConfig() };
  }
}
