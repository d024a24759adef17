/**
 * Encoders for the handful of ONNX messages an exported network needs. Field numbers come from
 * onnx/onnx.proto (https://github.com/onnx/onnx/blob/main/onnx/onnx.proto); only the fields we set are
 * listed, so an unused field cannot be written by mistake.
 */
import { ProtoWriter } from './protobuf';

/** TensorProto.DataType values. Only float32 tensors are exported: tfjs trains in float32. */
export const ONNX_FLOAT = 1;

/** AttributeProto.AttributeType values for the attribute kinds we emit. */
const ATTRIBUTE_TYPE = { float: 1, int: 2, ints: 7 } as const;

/** A float32 tensor stored in the graph (a weight or a constant). `dims: []` is a scalar. */
export interface OnnxTensor {
  name: string;
  dims: readonly number[];
  data: Float32Array;
}

export type OnnxAttribute =
  | { name: string; type: 'float'; value: number }
  | { name: string; type: 'int'; value: number }
  | { name: string; type: 'ints'; value: readonly number[] };

export interface OnnxNode {
  name: string;
  opType: string;
  inputs: readonly string[];
  outputs: readonly string[];
  attributes?: readonly OnnxAttribute[];
}

/** A graph input or output: float32 with a shape whose entries are sizes or symbolic names ('batch'). */
export interface OnnxValueInfo {
  name: string;
  shape: ReadonlyArray<number | string>;
}

export interface OnnxGraph {
  name: string;
  nodes: readonly OnnxNode[];
  initializers: readonly OnnxTensor[];
  inputs: readonly OnnxValueInfo[];
  outputs: readonly OnnxValueInfo[];
}

export interface OnnxModel {
  irVersion: number;
  /** Version of the default ('ai.onnx') operator set. */
  opsetVersion: number;
  producerName: string;
  producerVersion: string;
  docString: string;
  graph: OnnxGraph;
}

export function encodeModel(model: OnnxModel): Uint8Array {
  const opset = new ProtoWriter().string(1, '').varint(2, model.opsetVersion);
  const writer = new ProtoWriter()
    .varint(1, model.irVersion)
    .string(2, model.producerName)
    .string(3, model.producerVersion);
  if (model.docString) writer.string(6, model.docString);
  return writer.message(7, encodeGraph(model.graph)).message(8, opset).finish();
}

function encodeGraph(graph: OnnxGraph): ProtoWriter {
  const writer = new ProtoWriter();
  for (const node of graph.nodes) writer.message(1, encodeNode(node));
  writer.string(2, graph.name);
  for (const tensor of graph.initializers) writer.message(5, encodeTensor(tensor));
  for (const input of graph.inputs) writer.message(11, encodeValueInfo(input));
  for (const output of graph.outputs) writer.message(12, encodeValueInfo(output));
  return writer;
}

function encodeNode(node: OnnxNode): ProtoWriter {
  const writer = new ProtoWriter();
  for (const input of node.inputs) writer.string(1, input);
  for (const output of node.outputs) writer.string(2, output);
  writer.string(3, node.name).string(4, node.opType);
  for (const attribute of node.attributes ?? []) writer.message(5, encodeAttribute(attribute));
  return writer;
}

function encodeAttribute(attribute: OnnxAttribute): ProtoWriter {
  const writer = new ProtoWriter().string(1, attribute.name).varint(20, ATTRIBUTE_TYPE[attribute.type]);
  switch (attribute.type) {
    case 'float':
      return writer.float(2, attribute.value);
    case 'int':
      return writer.varint(3, attribute.value);
    case 'ints':
      // onnx.proto is proto2 and declares `ints` unpacked, so each value gets its own tag.
      for (const value of attribute.value) writer.varint(8, value);
      return writer;
  }
}

function encodeTensor(tensor: OnnxTensor): ProtoWriter {
  const expected = tensor.dims.reduce((product, dim) => product * dim, 1);
  if (tensor.data.length !== expected) {
    throw new Error(`Tensor ${tensor.name} has ${tensor.data.length} values but dims [${tensor.dims.join(', ')}] need ${expected}.`);
  }
  const writer = new ProtoWriter();
  for (const dim of tensor.dims) writer.varint(1, dim);
  return writer.varint(2, ONNX_FLOAT).string(8, tensor.name).bytes(9, littleEndianFloats(tensor.data));
}

/**
 * raw_data must be little-endian whatever the host is; DataView makes that explicit instead of trusting
 * the platform's byte order, and copies so later edits to the caller's weights cannot leak into the file.
 */
function littleEndianFloats(values: Float32Array): Uint8Array {
  const bytes = new Uint8Array(values.length * 4);
  const view = new DataView(bytes.buffer);
  values.forEach((value, index) => view.setFloat32(index * 4, value, true));
  return bytes;
}

function encodeValueInfo(info: OnnxValueInfo): ProtoWriter {
  const shape = new ProtoWriter();
  for (const dim of info.shape) {
    const dimension = typeof dim === 'number' ? new ProtoWriter().varint(1, dim) : new ProtoWriter().string(2, dim);
    shape.message(1, dimension);
  }
  const tensorType = new ProtoWriter().varint(1, ONNX_FLOAT).message(2, shape);
  const type = new ProtoWriter().message(1, tensorType);
  return new ProtoWriter().string(1, info.name).message(2, type);
}
