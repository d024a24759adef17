import * as tf from '@tensorflow/tfjs';

/**
 * Some tfjs-wasm kernels that the training loop leans on are much slower than they need to be; these
 * wrappers fix them through the public kernel registry. Results are unchanged and other backends are
 * untouched. Call after the wasm backend module has registered its kernels; calling again does nothing.
 */
const PATCHED = Symbol('layerlab-patched');
type KernelArgs = Parameters<tf.KernelFunc>[0];
type Patchable = tf.KernelConfig & { [PATCHED]?: true };

/** The parts of tfjs-wasm's backend class used here (its type is not exported from the package root). */
interface WasmBackend {
  makeOutput: (shape: number[], dtype: tf.DataType) => tf.TensorInfo;
  typedArrayFromHeap: (info: tf.TensorInfo) => tf.TypedArray;
  disposeData: (dataId: tf.DataId) => boolean;
}

function wrap(name: string, wrapper: (original: tf.KernelFunc) => tf.KernelFunc): void {
  const original = tf.getKernel(name, 'wasm') as Patchable | undefined;
  if (!original || original[PATCHED]) return;
  tf.unregisterKernel(name, 'wasm');
  tf.registerKernel({ ...original, kernelFunc: wrapper(original.kernelFunc), [PATCHED]: true } as Patchable);
}

/**
 * MatMul: tfjs-wasm hands a product to XNNPACK only when neither operand is transposed; otherwise it
 * runs a scalar triple loop, several times slower. Every Dense layer's backward pass needs xᵀ·dy and
 * dy·Wᵀ, so training on wasm spent most of its time there. The wrapper first materialises a transposed
 * operand with the (vectorised) Transpose kernel, so the product takes the XNNPACK path.
 */
function transposeFirst(transpose: tf.KernelFunc) {
  return (original: tf.KernelFunc) => (args: KernelArgs) => {
    const { transposeA, transposeB } = args.attrs as { transposeA?: boolean; transposeB?: boolean };
    if (!transposeA && !transposeB) return original(args);
    const backend = args.backend as WasmBackend;
    const inputs = { ...args.inputs } as Record<string, tf.TensorInfo>;
    const temporaries: tf.TensorInfo[] = [];
    for (const [key, flag] of [['a', transposeA], ['b', transposeB]] as const) {
      if (!flag) continue;
      const x = inputs[key] as tf.TensorInfo;
      const rank = x.shape.length;
      const perm = [...Array.from({ length: rank - 2 }, (_, i) => i), rank - 1, rank - 2];
      inputs[key] = transpose({ inputs: { x }, backend: args.backend, attrs: { perm } }) as tf.TensorInfo;
      temporaries.push(inputs[key]);
    }
    try {
      return original({ ...args, inputs, attrs: { ...args.attrs, transposeA: false, transposeB: false } });
    } finally {
      for (const temporary of temporaries) backend.disposeData(temporary.dataId);
    }
  };
}

/**
 * Slice: tfjs-wasm copies the whole input out of wasm memory before taking the slice, so slicing each
 * layer's weights out of one flat vector (see FlatOptimizer) cost a full copy per layer. The wrapper
 * copies just the slice, from a view, when it is contiguous float32; other cases go to the original.
 */
const sliceFromView = (original: tf.KernelFunc) => (args: KernelArgs) => {
  const x = args.inputs.x as tf.TensorInfo;
  const { begin, size } = args.attrs as { begin: number[]; size: number[] };
  const [start, extent] = tf.slice_util.parseSliceParams(x as tf.Tensor, begin, size) as [number[], number[]];
  if (x.dtype !== 'float32' || !tf.slice_util.isSliceContinous(x.shape, start, extent)) return original(args);
  const backend = args.backend as WasmBackend;
  // The output first: allocating can grow wasm memory, which would detach a view taken earlier.
  const out = backend.makeOutput(extent, 'float32');
  const offset = tf.slice_util.computeFlatOffset(start, tf.util.computeStrides(x.shape));
  const source = backend.typedArrayFromHeap(x).subarray(offset, offset + tf.util.sizeFromShape(extent));
  (backend.typedArrayFromHeap(out) as Float32Array).set(source as Float32Array);
  return out;
};

/**
 * Transpose: tfjs-wasm's 2-D transpose reads in order and writes with a stride, which misses the cache
 * on every write; writing in order and reading with a stride is about twice as fast for the
 * batch-by-features matrices of training (the backward pass transposes each layer's input).
 */
const transposeWritingInOrder = (original: tf.KernelFunc) => (args: KernelArgs) => {
  const x = args.inputs.x as tf.TensorInfo;
  const { perm } = args.attrs as { perm: number[] };
  if (x.dtype !== 'float32' || x.shape.length !== 2 || perm[0] !== 1) return original(args);
  const [rows, columns] = x.shape as [number, number];
  const backend = args.backend as WasmBackend;
  const out = backend.makeOutput([columns, rows], 'float32');
  const source = backend.typedArrayFromHeap(x) as Float32Array;
  const target = backend.typedArrayFromHeap(out) as Float32Array;
  for (let column = 0; column < columns; column++) {
    const offset = column * rows;
    for (let row = 0; row < rows; row++) target[offset + row] = source[row * columns + column] as number;
  }
  return out;
};

export function speedUpWasmKernels(): void {
  wrap('Transpose', transposeWritingInOrder);
  const transpose = tf.getKernel('Transpose', 'wasm')?.kernelFunc;
  if (!transpose) return;
  wrap('BatchMatMul', transposeFirst(transpose));
  wrap('_FusedMatMul', transposeFirst(transpose));
  wrap('Slice', sliceFromView);
}
