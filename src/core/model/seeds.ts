import { createRandom } from '../random';

/**
 * The seed tfjs gets for a derived seed (the training seed plus a layer's place). tfjs's normal and
 * truncated-normal generators take a falsy seed for "no seed" and draw from Math.random, so seed 0 would
 * not repeat with the He / Glorot / LeCun normal initializers. Values up to 0 move down by one: never 0,
 * still one tfjs seed per value, positive seeds unchanged (so are their curves), and still a whole number,
 * which Keras requires of the initializer seeds in an exported model.json.
 */
export function tfjsSeed(seed: number): number {
  return seed > 0 ? seed : seed - 1;
}

/**
 * A fresh nonzero whole-number seed per call, from a sequence fixed by the training seed and the layer's
 * place: dropout masks and noise differ at every step yet repeat with the same seed. (A single fixed seed
 * in tfjs would draw the same mask at every step, which defeats dropout.)
 */
export function seedSequence(seed: number, layerIndex: number): () => number {
  const random = createRandom(Math.imul(seed | 0, 0x9e3779b1) ^ Math.imul(layerIndex + 1, 0x85ebca6b));
  return () => 1 + Math.floor(random() * 0x7ffffffe);
}
