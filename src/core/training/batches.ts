import * as tf from '@tensorflow/tfjs';
import { createRandom, shuffleInPlace } from '../random';

/** Training rows in plain memory, row-major. */
export interface TrainingArrays {
  features: Float32Array;
  targets: Float32Array;
  rows: number;
  inputs: number;
  outputs: number;
  /** Per class index, the weight of its rows; null: every row counts the same. */
  classWeights: Record<number, number> | null;
}

export interface Batch {
  x: tf.Tensor2D;
  y: tf.Tensor2D;
  /** Per row: class weight × scale ÷ rows in the batch, so that Σ over the batch is a weighted mean. */
  rowWeights: tf.Tensor2D;
  rows: number;
}

/**
 * Serves each epoch's batches from JS memory in a seeded shuffled order. Only one batch at a time
 * becomes a tensor: the whole table never has to fit in one (WebGL caps a texture at 8192² values on
 * SwiftShader), and the shuffle is a copy in JS rather than a gather op per batch.
 */
export class ShuffledBatches {
  private readonly features: Float32Array;
  private readonly targets: Float32Array;
  private readonly weights: Float32Array;
  private readonly rowWeights: Float32Array;

  constructor(
    private readonly data: TrainingArrays,
    private readonly batchSize: number,
    /** Multiplies every row weight: the loss's gradient factor on the fast path (2 for squared error), else 1. */
    private readonly scale: number,
  ) {
    this.features = new Float32Array(data.features.length);
    this.targets = new Float32Array(data.targets.length);
    this.weights = new Float32Array(data.rows);
    this.rowWeights = new Float32Array(Math.min(batchSize, data.rows));
  }

  get steps(): number {
    return Math.ceil(this.data.rows / this.batchSize);
  }

  /** Reorders the rows for `epoch`: the order depends only on the seed and the epoch, so a resumed run repeats it. */
  shuffle(seed: number, epoch: number): void {
    const { rows, inputs, outputs } = this.data;
    const order = Int32Array.from({ length: rows }, (_, i) => i);
    shuffleInPlace(order, createRandom((seed ^ 0x5eed) + Math.imul(epoch, 0x9e3779b1)));
    for (let i = 0; i < rows; i++) {
      const row = order[i] as number;
      this.features.set(this.data.features.subarray(row * inputs, (row + 1) * inputs), i * inputs);
      this.targets.set(this.data.targets.subarray(row * outputs, (row + 1) * outputs), i * outputs);
      this.weights[i] = this.weightOf(row);
    }
  }

  /** Batch `index` of the current order, as new tensors the caller disposes. */
  batch(index: number): Batch {
    const { rows: total, inputs, outputs } = this.data;
    const start = index * this.batchSize;
    const rows = Math.min(this.batchSize, total - start);
    for (let i = 0; i < rows; i++) this.rowWeights[i] = ((this.weights[start + i] as number) * this.scale) / rows;
    return {
      x: tf.tensor2d(this.features.subarray(start * inputs, (start + rows) * inputs), [rows, inputs]),
      y: tf.tensor2d(this.targets.subarray(start * outputs, (start + rows) * outputs), [rows, outputs]),
      rowWeights: tf.tensor2d(this.rowWeights.subarray(0, rows), [rows, 1]),
      rows,
    };
  }

  private weightOf(row: number): number {
    const { classWeights, targets, outputs } = this.data;
    if (!classWeights) return 1;
    let label = 0;
    if (outputs === 1) label = (targets[row] as number) > 0.5 ? 1 : 0;
    else for (let k = 1; k < outputs; k++) if ((targets[row * outputs + k] as number) > 0.5) label = k;
    return classWeights[label] ?? 1;
  }
}
