/**
 * Colours of the decision map and the neuron tiles, as RGBA pixels (one per cell) for a canvas to
 * scale up. Pure, so that the colouring is tested without a browser.
 */

/** Class colours from the Okabe–Ito palette, told apart with every common colour-vision deficiency; orange then blue, as Playground draws two classes. */
export const CLASS_COLOURS: readonly (readonly [number, number, number])[] = [
  [230, 159, 0],
  [0, 114, 178],
  [0, 158, 115],
  [213, 94, 0],
  [204, 121, 167],
  [86, 180, 233],
  [240, 228, 66],
  [110, 110, 110],
];

/** A class's colour (the palette repeats beyond eight classes). */
export function classColour(index: number): readonly [number, number, number] {
  return CLASS_COLOURS[index % CLASS_COLOURS.length] as readonly [number, number, number];
}

export function cssColour([r, g, b]: readonly [number, number, number]): string {
  return `rgb(${r} ${g} ${b})`;
}

const WHITE = 255;

/**
 * Each cell takes the probability-weighted mix of the class colours, faded to white as the model is
 * less sure: white where every class is equally likely, the full colour where one class is certain.
 */
export function mapPixels(probabilities: Float32Array, classCount: number): Uint8ClampedArray<ArrayBuffer> {
  const cellCount = Math.floor(probabilities.length / classCount);
  const pixels = new Uint8ClampedArray(cellCount * 4);
  const chance = 1 / classCount;
  for (let cell = 0; cell < cellCount; cell++) {
    let r = 0;
    let g = 0;
    let b = 0;
    let top = 0;
    for (let k = 0; k < classCount; k++) {
      const p = probabilities[cell * classCount + k] as number;
      const [cr, cg, cb] = classColour(k);
      r += p * cr;
      g += p * cg;
      b += p * cb;
      if (p > top) top = p;
    }
    // How far the most likely class is from a coin toss among the classes, 0 to 1.
    const sure = classCount > 1 ? Math.max(0, (top - chance) / (1 - chance)) : 1;
    pixels[cell * 4] = WHITE + (r - WHITE) * sure;
    pixels[cell * 4 + 1] = WHITE + (g - WHITE) * sure;
    pixels[cell * 4 + 2] = WHITE + (b - WHITE) * sure;
    pixels[cell * 4 + 3] = 255;
  }
  return pixels;
}

const NEGATIVE = classColour(0);
const POSITIVE = classColour(1);

/**
 * A neuron's outputs, each scaled by the largest magnitude in the tile: white at 0, blue for positive,
 * orange for negative, as Playground draws them. Returns that largest magnitude too (0 for a neuron
 * that outputs 0 everywhere, a "dead" ReLU, drawn all white).
 */
export function activationPixels(values: Float32Array): { pixels: Uint8ClampedArray<ArrayBuffer>; largest: number } {
  let largest = 0;
  for (const value of values) if (Math.abs(value) > largest) largest = Math.abs(value);
  const pixels = new Uint8ClampedArray(values.length * 4);
  for (let cell = 0; cell < values.length; cell++) {
    const share = largest > 0 ? (values[cell] as number) / largest : 0;
    const [r, g, b] = share >= 0 ? POSITIVE : NEGATIVE;
    const strength = Math.abs(share);
    pixels[cell * 4] = WHITE + (r - WHITE) * strength;
    pixels[cell * 4 + 1] = WHITE + (g - WHITE) * strength;
    pixels[cell * 4 + 2] = WHITE + (b - WHITE) * strength;
    pixels[cell * 4 + 3] = 255;
  }
  return { pixels, largest };
}
