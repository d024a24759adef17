/**
 * ONNX export: turns a trained network (as plain arrays) into the bytes of a `.onnx` file that
 * onnxruntime, and anything else that reads ONNX opset 13, can run. Pure TypeScript with no DOM, so it
 * runs in the training worker next to the model and in Node for tests.
 */
import { lowerNetwork } from './graph';
import type { OnnxNetwork } from './network';
import { encodeModel } from './onnxProto';

export type { OnnxActivation, OnnxLayer, OnnxNetwork } from './network';

/**
 * Opset 13 is the newest set every common runtime has long supported; IR version 7 is the one that
 * shipped with it (ONNX 1.8), so older readers do not refuse the file for a newer container format.
 */
export const ONNX_OPSET_VERSION = 13;
export const ONNX_IR_VERSION = 7;

export interface WriteOnnxOptions {
  producerName?: string;
  producerVersion?: string;
  docString?: string;
}

/**
 * Serialises `net` as an ONNX ModelProto. Input: float32 `[batch, inputDim]` named `net.inputName`
 * (default 'features'); output: float32 `[batch, units]` named `net.outputName` (default 'output').
 * Throws if a weight array's length does not fit its layer.
 */
export function writeOnnx(net: OnnxNetwork, options: WriteOnnxOptions = {}): Uint8Array {
  return encodeModel({
    irVersion: ONNX_IR_VERSION,
    opsetVersion: ONNX_OPSET_VERSION,
    producerName: options.producerName ?? 'Layerlab',
    producerVersion: options.producerVersion ?? '',
    docString: options.docString ?? '',
    graph: lowerNetwork(net),
  });
}
