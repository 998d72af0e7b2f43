// Reads a SQLite database file and its write-ahead log as bytes, the way someone holding
// a copy of the data folder would (https://www.sqlite.org/fileformat2.html), for the
// insider test: which page each row's cell sits on, where inside the page, which
// overflow pages its payload spills into, and every frame of the WAL — frames of older
// generations (another salt) included, since nothing stops a reader from looking there.
// Tolerant by design: a page that does not parse is skipped, never trusted.

export type SqliteCell = {
  /** The table (or index) the cell belongs to, from sqlite_schema. */
  tree: string;
  page: number;
  /** Byte offset of the cell inside its page. */
  offset: number;
  /** Overflow pages of the payload, in chain order (empty when it fits on the page). */
  overflow: number[];
  values: SqliteValue[];
};

export type SqliteValue = null | number | bigint | string | Buffer;

export type SqliteImage = { pageSize: number; usable: number; pages: number; cells: SqliteCell[]; treeOfPage: Map<number, string> };

export type WalFrame = { index: number; page: number; commit: boolean; salt: string; data: Buffer };
export type WalFile = { pageSize: number; salt: string; frames: WalFrame[] };

function varint(buf: Buffer, at: number): [bigint, number] {
  let v = 0n;
  for (let i = 0; i < 8; i++) {
    const b = buf[at + i];
    if (b === undefined) throw new RangeError("varint past the end");
    v = (v << 7n) | BigInt(b & 0x7f);
    if ((b & 0x80) === 0) return [v, i + 1];
  }
  const last = buf[at + 8];
  if (last === undefined) throw new RangeError("varint past the end");
  return [(v << 8n) | BigInt(last), 9];
}

/** Decodes a record (header of serial types, then the values). */
export function decodeRecord(payload: Buffer): SqliteValue[] {
  const [headerSize, n0] = varint(payload, 0);
  const types: bigint[] = [];
  for (let at = n0; at < Number(headerSize); ) {
    const [t, n] = varint(payload, at);
    types.push(t);
    at += n;
  }
  const values: SqliteValue[] = [];
  let at = Number(headerSize);
  for (const t of types) {
    const type = Number(t);
    const intSizes: Record<number, number> = { 1: 1, 2: 2, 3: 3, 4: 4, 5: 6, 6: 8 };
    if (type === 0) values.push(null);
    else if (intSizes[type] !== undefined) {
      const size = intSizes[type]!;
      if (at + size > payload.length) throw new RangeError("record past the end");
      values.push(size <= 6 ? payload.readIntBE(at, size) : payload.readBigInt64BE(at));
      at += size;
    } else if (type === 7) {
      values.push(payload.readDoubleBE(at));
      at += 8;
    } else if (type === 8 || type === 9) values.push(type - 8);
    else if (type >= 12) {
      const size = Math.floor((type - 12) / 2);
      if (at + size > payload.length) throw new RangeError("record past the end");
      const bytes = payload.subarray(at, at + size);
      values.push(type % 2 === 0 ? Buffer.from(bytes) : bytes.toString("utf8"));
      at += size;
    } else throw new RangeError(`serial type ${type}`);
  }
  return values;
}

type PageReader = (page: number) => Buffer | undefined;

function pageReader(bytes: Buffer, pageSize: number, overlay: Map<number, Buffer> = new Map()): PageReader {
  return (page) => {
    if (page < 1) return undefined;
    const over = overlay.get(page);
    if (over) return over;
    const from = (page - 1) * pageSize;
    return from + pageSize <= bytes.length ? bytes.subarray(from, from + pageSize) : undefined;
  };
}

/** How many payload bytes stay on the page (the spill rule of the file format). */
function localSize(payload: number, usable: number, tableLeaf: boolean): number {
  const x = tableLeaf ? usable - 35 : Math.floor(((usable - 12) * 64) / 255) - 23;
  if (payload <= x) return payload;
  const m = Math.floor(((usable - 12) * 32) / 255) - 23;
  const k = m + ((payload - m) % (usable - 4));
  return k <= x ? k : m;
}

type Visit = (cell: { page: number; offset: number; overflow: number[]; payload: Buffer }) => void;

/** Walks the b-tree rooted at `root`, calling `visit` for every cell that carries a payload. */
function walkTree(read: PageReader, root: number, usable: number, visit: Visit, pagesOf: Set<number>): void {
  const seen = new Set<number>();
  const stack = [root];
  while (stack.length > 0) {
    const page = stack.pop()!;
    if (seen.has(page)) continue;
    seen.add(page);
    const data = read(page);
    if (!data) continue;
    pagesOf.add(page);
    const h = page === 1 ? 100 : 0;
    const kind = data[h];
    if (kind !== 0x02 && kind !== 0x05 && kind !== 0x0a && kind !== 0x0d) continue;
    const interior = kind === 0x02 || kind === 0x05;
    const cells = data.readUInt16BE(h + 3);
    const pointers = h + (interior ? 12 : 8);
    if (interior) stack.push(data.readUInt32BE(h + 8));
    for (let i = 0; i < cells; i++) {
      const offset = data.readUInt16BE(pointers + 2 * i);
      try {
        let at = offset;
        if (interior) {
          stack.push(data.readUInt32BE(at));
          at += 4;
          if (kind === 0x05) continue; // table interior: child pointer and rowid only
        }
        const [size, n] = varint(data, at);
        at += n;
        if (kind === 0x0d) at += varint(data, at)[1]; // the rowid
        const total = Number(size);
        const local = localSize(total, usable, kind === 0x0d);
        const parts = [data.subarray(at, at + local)];
        const overflow: number[] = [];
        if (local < total) {
          let next = data.readUInt32BE(at + local);
          let left = total - local;
          while (next !== 0 && left > 0 && !overflow.includes(next)) {
            overflow.push(next);
            pagesOf.add(next);
            const o = read(next);
            if (!o) break;
            parts.push(o.subarray(4, 4 + Math.min(left, usable - 4)));
            left -= usable - 4;
            next = o.readUInt32BE(0);
          }
        }
        visit({ page, offset, overflow, payload: Buffer.concat(parts) });
      } catch {
        // A damaged or half-written cell: skipped.
      }
    }
  }
}

/**
 * The database as the file (optionally overlaid with the committed frames of the WAL's
 * current generation) shows it: every cell of every table and index with its page,
 * offset and overflow chain, and which tree each page belongs to.
 */
export function readSqliteImage(bytes: Buffer, wal?: WalFile): SqliteImage {
  if (bytes.length < 100 || bytes.subarray(0, 15).toString("latin1") !== "SQLite format 3") throw new Error("not a SQLite database file");
  const raw = bytes.readUInt16BE(16);
  const pageSize = raw === 1 ? 65536 : raw;
  const usable = pageSize - bytes[20]!;
  const overlay = new Map<number, Buffer>();
  if (wal && wal.pageSize === pageSize) {
    const current = wal.frames.filter((f) => f.salt === wal.salt);
    const lastCommit = current.reduce((last, f, i) => (f.commit ? i : last), -1);
    for (const f of current.slice(0, lastCommit + 1)) overlay.set(f.page, f.data);
  }
  const read = pageReader(bytes, pageSize, overlay);
  const pages = Math.max(Math.floor(bytes.length / pageSize), ...overlay.keys());
  const treeOfPage = new Map<number, string>();
  const schema: { name: string; root: number }[] = [];
  const schemaPages = new Set<number>();
  walkTree(read, 1, usable, ({ payload }) => {
    const v = decodeRecord(payload);
    if (typeof v[1] === "string" && typeof v[3] === "number" && v[3] > 0) schema.push({ name: v[1], root: v[3] });
  }, schemaPages);
  for (const p of schemaPages) treeOfPage.set(p, "sqlite_schema");
  const cells: SqliteCell[] = [];
  for (const { name, root } of schema) {
    const pagesOf = new Set<number>();
    walkTree(read, root, usable, ({ page, offset, overflow, payload }) => {
      try {
        cells.push({ tree: name, page, offset, overflow, values: decodeRecord(payload) });
      } catch {
        /* not a record: skipped */
      }
    }, pagesOf);
    for (const p of pagesOf) treeOfPage.set(p, name);
  }
  return { pageSize, usable, pages, cells, treeOfPage };
}

/**
 * Every frame slot of a WAL file, whatever its salt: the current generation's frames
 * and the leftovers of earlier ones that a checkpoint did not remove.
 */
export function readWal(bytes: Buffer): WalFile | undefined {
  if (bytes.length < 32) return undefined;
  const magic = bytes.readUInt32BE(0);
  if (magic !== 0x377f0682 && magic !== 0x377f0683) return undefined;
  const pageSize = bytes.readUInt32BE(8);
  const salt = bytes.subarray(16, 24).toString("hex");
  const frames: WalFrame[] = [];
  for (let at = 32, index = 0; at + 24 + pageSize <= bytes.length; at += 24 + pageSize, index++) {
    const page = bytes.readUInt32BE(at);
    if (page === 0) continue;
    frames.push({ index, page, commit: bytes.readUInt32BE(at + 4) !== 0, salt: bytes.subarray(at + 8, at + 16).toString("hex"), data: bytes.subarray(at + 24, at + 24 + pageSize) });
  }
  return { pageSize, salt, frames };
}

/** The records on one b-tree leaf page (WAL frames: no overflow chains followed). */
export function leafRecords(data: Buffer, page: number, usable: number): SqliteValue[][] {
  const h = page === 1 ? 100 : 0;
  const kind = data[h];
  if (kind !== 0x0a && kind !== 0x0d) return [];
  const out: SqliteValue[][] = [];
  const cells = data.readUInt16BE(h + 3);
  for (let i = 0; i < cells; i++) {
    try {
      let at = data.readUInt16BE(h + 8 + 2 * i);
      const [size, n] = varint(data, at);
      at += n;
      if (kind === 0x0d) at += varint(data, at)[1];
      const local = localSize(Number(size), usable, kind === 0x0d);
      if (local === Number(size)) out.push(decodeRecord(data.subarray(at, at + local)));
    } catch {
      /* skipped */
    }
  }
  return out;
}
