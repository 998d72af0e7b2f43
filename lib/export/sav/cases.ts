// Case data in bytecode compression: a block of eight one-byte codes, then the 8-byte
// units of the codes that need one (253), and so on. Small integers (-99..151) become one
// code, eight spaces of a string one code (254), system-missing one code (255): an
// export of short answers and mostly empty 4,000-byte text columns stays small. Blocks
// run across cases, so the encoder keeps the unfinished block between calls and only
// hands out the bytes that can no longer change.
import { utf8 } from "./bytes";
import type { SavVariable } from "./dictionary";
import { BIAS, SYSMIS, segmentCount, segmentData } from "./format";

/** A case: one value per variable, in dictionary order; null is system-missing (numeric) or empty (string). */
export type SavValue = number | string | null;

const SPACES8 = 0x2020202020202020n;

export class CaseEncoder {
  private buffer = Buffer.alloc(64 * 1024);
  private length = 0;
  /** Where the current code block starts, and how many of its eight codes are used. */
  private block = -1;
  private codes = 8;
  private readonly scratch = Buffer.alloc(8);
  private readonly layouts: ({ kind: "numeric" } | { kind: "string"; width: number; segments: ReturnType<typeof segmentData>[] })[];

  constructor(variables: readonly SavVariable[]) {
    this.layouts = variables.map((v) => {
      if (v.type === "numeric") return { kind: "numeric" as const };
      const segments = Array.from({ length: segmentCount(v.width) }, (_, i) => segmentData(v.width, i));
      return { kind: "string" as const, width: v.width, segments };
    });
  }

  private reserve(bytes: number): void {
    if (this.length + bytes <= this.buffer.length) return;
    const grown = Buffer.alloc(Math.max(this.buffer.length * 2, this.length + bytes));
    this.buffer.copy(grown, 0, 0, this.length);
    this.buffer = grown;
  }

  private code(code: number): void {
    if (this.codes === 8) {
      this.reserve(8);
      this.block = this.length;
      this.buffer.fill(0, this.length, this.length + 8);
      this.length += 8;
      this.codes = 0;
    }
    this.buffer[this.block + this.codes++] = code;
  }

  private raw(unit: Buffer): void {
    this.code(253);
    this.reserve(8);
    unit.copy(this.buffer, this.length, 0, 8);
    this.length += 8;
  }

  private numeric(value: number | null): void {
    if (value === null || Number.isNaN(value) || value === SYSMIS) {
      this.code(255);
      return;
    }
    if (Number.isInteger(value) && value >= 1 - BIAS && value <= 251 - BIAS) {
      this.code(value + BIAS);
      return;
    }
    this.scratch.writeDoubleLE(value, 0);
    this.raw(this.scratch);
  }

  /** `n` units of eight spaces (code 254), whole blocks at a time. */
  private blanks(n: number): void {
    while (n > 0) {
      if (this.codes === 8) {
        // Opens the next block with the first of them.
        this.code(254);
        n--;
        continue;
      }
      const take = Math.min(n, 8 - this.codes);
      this.buffer.fill(254, this.block + this.codes, this.block + this.codes + take);
      this.codes += take;
      n -= take;
    }
  }

  private string(value: string, width: number, segments: readonly ReturnType<typeof segmentData>[]): void {
    const bytes = utf8(value);
    if (bytes.length > width) throw new RangeError(`A text of ${bytes.length} bytes does not fit a string of ${width}`);
    for (const segment of segments) {
      // The segment's bytes of the value, then spaces up to its allocated size.
      const units = segment.allocated / 8;
      const data = Math.max(0, Math.min(segment.used, bytes.length - segment.offset));
      const dataUnits = Math.ceil(data / 8);
      for (let unit = 0; unit < dataUnits; unit++) {
        const from = segment.offset + unit * 8;
        const available = Math.min(8, data - unit * 8);
        this.scratch.fill(0x20);
        this.scratch.set(bytes.subarray(from, from + available), 0);
        if (this.scratch.readBigUInt64LE(0) === SPACES8) this.code(254);
        else this.raw(this.scratch);
      }
      this.blanks(units - dataUnits);
    }
  }

  /** Appends one case. */
  write(values: readonly SavValue[]): void {
    if (values.length !== this.layouts.length) throw new RangeError(`A case has ${values.length} values for ${this.layouts.length} variables`);
    this.layouts.forEach((layout, i) => {
      const value = values[i] ?? null;
      if (layout.kind === "numeric") {
        if (typeof value === "string") throw new TypeError(`Variable ${i + 1} is numeric`);
        this.numeric(value);
      } else {
        if (typeof value === "number") throw new TypeError(`Variable ${i + 1} is a string`);
        this.string(value ?? "", layout.width, layout.segments);
      }
    });
  }

  /** The bytes that are final: everything before the unfinished code block. */
  take(): Uint8Array {
    const end = this.codes < 8 && this.block >= 0 ? this.block : this.length;
    const out = new Uint8Array(this.buffer.subarray(0, end));
    this.buffer.copy(this.buffer, 0, end, this.length);
    this.length -= end;
    if (this.block >= 0) this.block -= end;
    return out;
  }

  /** The remaining bytes: the last block's unused codes stay 0 (padding). */
  end(): Uint8Array {
    const out = new Uint8Array(this.buffer.subarray(0, this.length));
    this.length = 0;
    this.block = -1;
    this.codes = 8;
    return out;
  }
}
