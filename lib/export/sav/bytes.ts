// A growable little-endian byte buffer for the system-file writer. SPSS system files
// written on little-endian machines declare it (machine integer info, endianness 2);
// every reader, PSPP and SPSS included, byte-swaps as needed.

const encoder = new TextEncoder();

export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

export class ByteWriter {
  private buffer: Buffer;
  private length = 0;

  constructor(initial = 4096) {
    this.buffer = Buffer.alloc(initial);
  }

  get size(): number {
    return this.length;
  }

  private reserve(bytes: number): void {
    const needed = this.length + bytes;
    if (needed <= this.buffer.length) return;
    let next = this.buffer.length * 2;
    while (next < needed) next *= 2;
    const grown = Buffer.alloc(next);
    this.buffer.copy(grown, 0, 0, this.length);
    this.buffer = grown;
  }

  int32(value: number): this {
    this.reserve(4);
    this.buffer.writeInt32LE(value, this.length);
    this.length += 4;
    return this;
  }

  float64(value: number): this {
    this.reserve(8);
    this.buffer.writeDoubleLE(value, this.length);
    this.length += 8;
    return this;
  }

  byte(value: number): this {
    this.reserve(1);
    this.buffer[this.length++] = value;
    return this;
  }

  bytes(data: Uint8Array): this {
    this.reserve(data.length);
    this.buffer.set(data, this.length);
    this.length += data.length;
    return this;
  }

  /** `data` cut or padded (with `pad`) to exactly `size` bytes. */
  fixed(data: Uint8Array | string, size: number, pad = 0x20): this {
    const raw = typeof data === "string" ? utf8(data) : data;
    this.reserve(size);
    const n = Math.min(raw.length, size);
    this.buffer.set(raw.subarray(0, n), this.length);
    this.buffer.fill(pad, this.length + n, this.length + size);
    this.length += size;
    return this;
  }

  /** A copy of the bytes written so far. */
  toBytes(): Uint8Array {
    return new Uint8Array(this.buffer.subarray(0, this.length));
  }
}
