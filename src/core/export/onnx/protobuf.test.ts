import { describe, expect, it } from 'vitest';
import { ProtoWriter } from './protobuf';
import { ONNX_IR_VERSION, ONNX_OPSET_VERSION, writeOnnx } from './index';

const hex = (bytes: Uint8Array): string => Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join(' ');

describe('ProtoWriter wire encoding', () => {
  // Expected bytes are the worked examples of https://protobuf.dev/programming-guides/encoding/.
  it('writes varints, strings and embedded messages as the protobuf guide does', () => {
    expect(hex(new ProtoWriter().varint(1, 150).finish())).toBe('08 96 01');
    expect(hex(new ProtoWriter().string(2, 'testing').finish())).toBe('12 07 74 65 73 74 69 6e 67');
    const child = new ProtoWriter().varint(1, 150);
    expect(hex(new ProtoWriter().message(3, child).finish())).toBe('1a 03 08 96 01');
  });

  it('writes negative int64 values as ten-byte two’s complement', () => {
    expect(hex(new ProtoWriter().varint(1, -1).finish())).toBe('08 ff ff ff ff ff ff ff ff ff 01');
    expect(hex(new ProtoWriter().varint(1, -2).finish())).toBe('08 fe ff ff ff ff ff ff ff ff 01');
  });

  it('writes varints beyond 32 bits exactly', () => {
    // 2^35 + 1 = 0b1 0000000 0000000 0000000 0000000 0000001 in 7-bit groups.
    expect(hex(new ProtoWriter().varint(1, 2 ** 35 + 1).finish())).toBe('08 81 80 80 80 80 01');
  });

  it('writes floats as little-endian fixed32 and uses the field number in the tag', () => {
    expect(hex(new ProtoWriter().float(2, 1).finish())).toBe('15 00 00 80 3f');
    expect(hex(new ProtoWriter().varint(20, 7).finish())).toBe('a0 01 07');
  });

  it('reports the encoded length while scalars and references are mixed', () => {
    const writer = new ProtoWriter().varint(1, 1).bytes(2, new Uint8Array(200)).varint(3, 300);
    const bytes = writer.finish();
    expect(writer.length).toBe(bytes.length);
    expect(bytes.length).toBe(2 + 3 + 200 + 3);
  });

  it('rejects values protobuf cannot carry', () => {
    expect(() => new ProtoWriter().varint(1, 0.5)).toThrow(/safe integer/);
    expect(() => new ProtoWriter().varint(0, 1)).toThrow(/field number/);
  });
});

/** Reads the top-level fields of a message: field number → raw varint values or byte slices. */
function readFields(bytes: Uint8Array): Map<number, Array<number | Uint8Array>> {
  const fields = new Map<number, Array<number | Uint8Array>>();
  let offset = 0;
  const readVarint = (): number => {
    let value = 0;
    for (let scale = 1; ; scale *= 128) {
      const byte = bytes[offset++];
      if (byte === undefined) throw new Error('truncated varint');
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
    }
  };
  while (offset < bytes.length) {
    const key = readVarint();
    const field = Math.floor(key / 8);
    const wireType = key % 8;
    let value: number | Uint8Array;
    if (wireType === 0) value = readVarint();
    else if (wireType === 2) {
      const length = readVarint();
      value = bytes.subarray(offset, offset + length);
      offset += length;
    } else throw new Error(`unexpected wire type ${wireType}`);
    fields.set(field, [...(fields.get(field) ?? []), value]);
  }
  expect(offset).toBe(bytes.length);
  return fields;
}

describe('ModelProto header', () => {
  it('records IR version, opset 13 of the default domain and the producer', () => {
    const bytes = writeOnnx({ inputDim: 1, layers: [] }, { producerName: 'Layerlab test', producerVersion: '9.9', docString: 'Predicts churn.' });
    const model = readFields(bytes);
    const text = (value: number | Uint8Array | undefined): string => new TextDecoder().decode(value as Uint8Array);
    expect(model.get(1)).toEqual([ONNX_IR_VERSION]);
    expect(text(model.get(2)?.[0])).toBe('Layerlab test');
    expect(text(model.get(3)?.[0])).toBe('9.9');
    expect(text(model.get(6)?.[0])).toBe('Predicts churn.');
    const opsets = model.get(8) ?? [];
    expect(opsets).toHaveLength(1);
    const opset = readFields(opsets[0] as Uint8Array);
    expect(text(opset.get(1)?.[0])).toBe('');
    expect(opset.get(2)).toEqual([ONNX_OPSET_VERSION]);
    expect(ONNX_OPSET_VERSION).toBe(13);
  });
});
