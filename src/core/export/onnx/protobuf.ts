/**
 * A minimal protobuf *writer*: just the wire encoding ONNX needs (varints, 32-bit floats and
 * length-delimited fields). ONNX files are plain protobuf, and a general protobuf library would cost
 * more bundle than the whole exporter, so we encode by hand and let onnxruntime prove the bytes valid.
 *
 * Nested messages and large byte fields are kept as references and joined once in {@link finish}, so a
 * weight tensor is copied a single time however deep it sits (Model → Graph → Tensor → raw_data).
 */

/** Wire types from the protobuf encoding spec; these three cover every ONNX field we write. */
const WIRE_VARINT = 0;
const WIRE_LENGTH_DELIMITED = 2;
const WIRE_FIXED32 = 5;

const utf8 = new TextEncoder();

export class ProtoWriter {
  /** Sealed pieces of the message in order; large payloads are stored by reference, not copied. */
  private readonly parts: Uint8Array[] = [];
  /** Small scalar bytes not yet sealed into a part; they are batched to avoid thousands of tiny arrays. */
  private pending: number[] = [];
  private sealedLength = 0;

  /** Encoded size in bytes so far; a parent message needs it for the length prefix. */
  get length(): number {
    return this.sealedLength + this.pending.length;
  }

  /**
   * A varint field (int32, int64, uint64, enum, bool). Negative values take the 10-byte two's-complement
   * form that protobuf prescribes for int32 and int64, which ONNX uses for axes such as -1.
   */
  varint(field: number, value: number): this {
    this.tag(field, WIRE_VARINT);
    this.rawVarint(value);
    return this;
  }

  /** A `float` field: fixed 32-bit, little-endian. */
  float(field: number, value: number): this {
    this.tag(field, WIRE_FIXED32);
    const bytes = new Uint8Array(4);
    new DataView(bytes.buffer).setFloat32(0, value, true);
    this.pending.push(...bytes);
    return this;
  }

  /** A `string` field, UTF-8 encoded. */
  string(field: number, value: string): this {
    return this.bytes(field, utf8.encode(value));
  }

  /** A `bytes` field. The array is kept by reference: the caller must not mutate it before {@link finish}. */
  bytes(field: number, data: Uint8Array): this {
    this.tag(field, WIRE_LENGTH_DELIMITED);
    this.rawVarint(data.length);
    this.append(data);
    return this;
  }

  /** An embedded message field. The child writer's parts are adopted by reference, not re-encoded. */
  message(field: number, child: ProtoWriter): this {
    this.tag(field, WIRE_LENGTH_DELIMITED);
    this.rawVarint(child.length);
    child.seal();
    for (const part of child.parts) this.append(part);
    return this;
  }

  /** The encoded message as one contiguous array. */
  finish(): Uint8Array {
    this.seal();
    const out = new Uint8Array(this.sealedLength);
    let offset = 0;
    for (const part of this.parts) {
      out.set(part, offset);
      offset += part.length;
    }
    return out;
  }

  private tag(field: number, wireType: number): void {
    if (!Number.isInteger(field) || field < 1 || field > 0x1fffffff) throw new Error(`Invalid protobuf field number ${field}.`);
    this.rawVarint(field * 8 + wireType);
  }

  private rawVarint(value: number): void {
    if (!Number.isSafeInteger(value)) throw new Error(`Protobuf varint must be a safe integer, got ${value}.`);
    if (value < 0) {
      // Sign-extend to 64 bits; BigInt is the simplest exact route and negatives are rare (axis -1).
      let wide = BigInt.asUintN(64, BigInt(value));
      while (wide > 0x7fn) {
        this.pending.push(Number(wide & 0x7fn) | 0x80);
        wide >>= 7n;
      }
      this.pending.push(Number(wide));
      return;
    }
    // Division instead of bit shifts: JavaScript shifts truncate to 32 bits, and int64 fields can exceed that.
    let rest = value;
    while (rest > 0x7f) {
      this.pending.push((rest % 0x80) | 0x80);
      rest = Math.floor(rest / 0x80);
    }
    this.pending.push(rest);
  }

  private append(part: Uint8Array): void {
    this.seal();
    this.parts.push(part);
    this.sealedLength += part.length;
  }

  private seal(): void {
    if (this.pending.length === 0) return;
    this.parts.push(Uint8Array.from(this.pending));
    this.sealedLength += this.pending.length;
    this.pending = [];
  }
}
