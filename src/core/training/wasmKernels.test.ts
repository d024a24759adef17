import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { speedUpWasmKernels } from './wasmKernels';

/** The wrapped kernels must give what tfjs's own (cpu) kernels give, for every case they take over. */
async function on(backend: string, run: () => tf.Tensor): Promise<Float32Array> {
  await tf.setBackend(backend);
  const result = run();
  const values = (await result.data()) as Float32Array;
  result.dispose();
  return values;
}

const seeded = (shape: number[], seed: number) => () => tf.randomUniform(shape, -1, 1, 'float32', seed);

beforeAll(async () => {
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  speedUpWasmKernels();
  await tf.setBackend('wasm');
});

afterAll(async () => {
  await tf.setBackend('cpu');
});

describe('tfjs-wasm kernel fixes', () => {
  it('are installed on the wasm matmul, slice and transpose kernels', () => {
    for (const name of ['BatchMatMul', '_FusedMatMul', 'Slice', 'Transpose']) expect(Object.getOwnPropertySymbols(tf.getKernel(name, 'wasm'))).toHaveLength(1);
  });

  it.each([
    [false, false],
    [true, false],
    [false, true],
    [true, true],
  ])('matMul with transposeA=%s, transposeB=%s matches the cpu backend', async (transposeA, transposeB) => {
    const a = seeded(transposeA ? [37, 23] : [23, 37], 1);
    const b = seeded(transposeB ? [11, 37] : [37, 11], 2);
    const product = () => tf.tidy(() => tf.matMul(a(), b(), transposeA, transposeB));
    const fused = () => tf.tidy(() => tf.fused.matMul({ a: a(), b: b(), transposeA, transposeB, bias: tf.ones([11]), activation: 'relu' }));
    for (const run of [product, fused]) {
      const [wasm, cpu] = [await on('wasm', run), await on('cpu', run)];
      wasm.forEach((value, i) => expect(value).toBeCloseTo(cpu[i] as number, 4));
    }
  });

  it('slices and transposes match the cpu backend', async () => {
    const x = seeded([9, 14], 3);
    const cases = [() => tf.tidy(() => tf.slice(x(), [2, 0], [4, 14])), () => tf.tidy(() => tf.slice(x(), [1, 3], [5, 6])), () => tf.tidy(() => tf.transpose(x())), () => tf.tidy(() => tf.transpose(tf.reshape(x(), [3, 3, 14]), [0, 2, 1]))];
    for (const run of cases) expect(Array.from(await on('wasm', run))).toEqual(Array.from(await on('cpu', run)));
  });
});
