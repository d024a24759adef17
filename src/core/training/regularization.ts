import * as tf from '@tensorflow/tfjs';

/** A Dense kernel with its L1 and L2 strengths, read from the layer's own config. */
export interface KernelPenalty {
  kernel: tf.Variable;
  l1: number;
  l2: number;
}

interface RegularizerConfig {
  className?: string;
  config?: { l1?: number; l2?: number };
}

/** The L1/L2 penalties of a layer's kernel; null when it has none. */
export function layerPenalty(layer: tf.layers.Layer): KernelPenalty | null {
  const regularizer = layer.getConfig().kernelRegularizer as RegularizerConfig | null | undefined;
  const [kernel] = layer.trainableWeights;
  if (!regularizer?.config || !kernel) return null;
  const { l1 = 0, l2 = 0 } = regularizer.config;
  return l1 > 0 || l2 > 0 ? { kernel: kernel.read() as tf.Variable, l1, l2 } : null;
}

export function modelPenalties(model: tf.LayersModel): KernelPenalty[] {
  return model.layers.flatMap((layer) => layerPenalty(layer) ?? []);
}

/** l1·Σ|W| + l2·ΣW², the term Keras adds to the loss. */
export function penaltyTensor(penalties: readonly KernelPenalty[]): tf.Scalar {
  return tf.tidy(() =>
    penalties.reduce<tf.Scalar>((total, { kernel, l1, l2 }) => {
      let sum = total;
      if (l1 > 0) sum = tf.add(sum, tf.mul(tf.sum(tf.abs(kernel)), l1));
      if (l2 > 0) sum = tf.add(sum, tf.mul(tf.sum(tf.square(kernel)), l2));
      return sum;
    }, tf.scalar(0)),
  );
}

/** The penalty's value now, added to reported losses as Keras does. */
export async function penaltyValue(penalties: readonly KernelPenalty[]): Promise<number> {
  if (penalties.length === 0) return 0;
  const total = penaltyTensor(penalties);
  const [value] = await total.data();
  total.dispose();
  return value as number;
}

/** The penalty's gradient with respect to the kernel: l1·sign(W) + 2·l2·W. */
export function penaltyGradient({ kernel, l1, l2 }: KernelPenalty): tf.Tensor {
  const l1Part = l1 > 0 ? tf.mul(tf.sign(kernel), l1) : null;
  const l2Part = l2 > 0 ? tf.mul(kernel, 2 * l2) : null;
  return l1Part && l2Part ? tf.add(l1Part, l2Part) : ((l1Part ?? l2Part) as tf.Tensor);
}
