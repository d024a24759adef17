/** Trained Dense kernels, as the worker sends them for the network diagram to colour its connections. */
export interface LayerKernel {
  /** The tfjs layer name (`l1_dense`, `l2_res_a`, `output`). */
  name: string;
  inputs: number;
  units: number;
  /** Row-major `inputs × units`, as tfjs stores Dense kernels. */
  values: Float32Array;
}

/** Only small models are drawn neuron by neuron, so larger ones send no weights at all. */
export const MAX_DIAGRAM_WEIGHTS = 4096;
