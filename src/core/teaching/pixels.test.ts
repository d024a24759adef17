import { describe, expect, it } from 'vitest';
import { activationPixels, classColour, mapPixels } from './pixels';

const rgb = (pixels: Uint8ClampedArray, cell: number) => Array.from(pixels.slice(cell * 4, cell * 4 + 3));

describe('mapPixels', () => {
  it('is white where the classes are equally likely and the class colour where one is certain', () => {
    const pixels = mapPixels(Float32Array.of(0.5, 0.5, 0, 1, 1, 0), 2);
    expect(rgb(pixels, 0)).toEqual([255, 255, 255]);
    expect(rgb(pixels, 1)).toEqual([...classColour(1)]);
    expect(rgb(pixels, 2)).toEqual([...classColour(0)]);
    expect(pixels[3]).toBe(255);
  });

  it('fades towards white as the model is less sure, for three classes too', () => {
    const sure = mapPixels(Float32Array.of(0.9, 0.05, 0.05), 3);
    const unsure = mapPixels(Float32Array.of(0.5, 0.25, 0.25), 3);
    const whiteness = (pixels: Uint8ClampedArray) => rgb(pixels, 0).reduce((sum, channel) => sum + channel, 0);
    expect(whiteness(unsure)).toBeGreaterThan(whiteness(sure));
    expect(rgb(mapPixels(Float32Array.of(1 / 3, 1 / 3, 1 / 3), 3), 0)).toEqual([255, 255, 255]);
  });
});

describe('activationPixels', () => {
  it('scales by the largest magnitude: blue above zero, orange below, white at zero', () => {
    const { pixels, largest } = activationPixels(Float32Array.of(2, -2, 0, 1));
    expect(largest).toBe(2);
    expect(rgb(pixels, 0)).toEqual([...classColour(1)]);
    expect(rgb(pixels, 1)).toEqual([...classColour(0)]);
    expect(rgb(pixels, 2)).toEqual([255, 255, 255]);
    const [r, g, b] = classColour(1);
    // Half way to the colour, rounded as canvas pixels are (half to even).
    expect(rgb(pixels, 3)).toEqual(Array.from(Uint8ClampedArray.of((255 + r) / 2, (255 + g) / 2, (255 + b) / 2)));
  });

  it('draws an inactive neuron (0 everywhere) white', () => {
    const { pixels, largest } = activationPixels(new Float32Array(3));
    expect(largest).toBe(0);
    expect(Array.from(pixels)).toEqual([255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255]);
  });
});
