// The insider's tools, used by tests/system/insider.test.ts: given everything a
// copy of the database, the data folder, the exports and the server's output
// hold, try to recover respondents' addresses, times of day and order of arrival.
// Kept apart from the system test so each detector can be shown, on a small
// fixture of the old storage layout, to catch what it is meant to catch
// (tests/system/insider-detectors.test.ts).
import { createHash, createHmac } from "node:crypto";

/** Spearman's rank correlation (average ranks for ties); 0 when either side is constant. */
export function spearman(xs: readonly (number | string)[], ys: readonly (number | string)[]): number {
  const n = Math.min(xs.length, ys.length);
  if (n < 3) return 0;
  const rx = ranks(xs.slice(0, n));
  const ry = ranks(ys.slice(0, n));
  const mean = (n + 1) / 2;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = rx[i]! - mean;
    const dy = ry[i]! - mean;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return 0;
  return sxy / Math.sqrt(sxx * syy);
}

function ranks(values: readonly (number | string)[]): number[] {
  const order = values.map((v, i) => ({ v, i })).sort((a, b) => (a.v < b.v ? -1 : a.v > b.v ? 1 : 0));
  const out = new Array<number>(values.length);
  for (let k = 0; k < order.length; ) {
    let j = k;
    while (j + 1 < order.length && order[j + 1]!.v === order[k]!.v) j++;
    const rank = (k + j) / 2 + 1;
    for (let m = k; m <= j; m++) out[order[m]!.i] = rank;
    k = j + 1;
  }
  return out;
}

export type Row = Record<string, unknown>;
/** A table as read back: its rows in physical order (SQLite: no ORDER BY; PostgreSQL: ctid). */
export type Table = { name: string; rows: Row[] };

/** A comparable value: numbers and bigints as numbers, dates as epoch ms, the rest as text. */
function comparable(v: unknown): number | string | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === "number") return v;
  if (typeof v === "bigint") return Number(v);
  if (v instanceof Date) return v.getTime();
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "string") return /^-?\d+(\.\d+)?$/.test(v) && v.length < 16 ? Number(v) : v;
  if (Buffer.isBuffer(v)) return v.toString("hex");
  return JSON.stringify(v);
}

export type OrderFinding = { source: string; rho: number; n: number };

/**
 * For every table whose rows can be tied to responses (a value containing a response
 * id), the rank correlation between the true order of arrival and (a) the physical
 * order of the rows, (b) each column's values. `arrival` maps response id → index.
 */
export function orderFindings(tables: readonly Table[], arrival: ReadonlyMap<string, number>, minRows = 20): OrderFinding[] {
  const findings: OrderFinding[] = [];
  const ids = [...arrival.keys()];
  // The response a row belongs to: a value naming a response id, or a value of a
  // column that identifies responses elsewhere (a foreign key such as responseSeq).
  const linked = new Map<string, string>();
  const direct = (row: Row): string | undefined => {
    for (const v of Object.values(row)) {
      if (typeof v !== "string") continue;
      if (arrival.has(v)) return v;
      const hit = v.length >= 36 ? ids.find((id) => v.includes(id)) : undefined;
      if (hit) return hit;
    }
    return undefined;
  };
  for (const table of tables) {
    const values = new Map<string, Map<string, string | null>>();
    for (const row of table.rows) {
      const id = direct(row);
      if (!id) continue;
      for (const [column, v] of Object.entries(row)) {
        if (v === null || v === undefined || typeof v === "object") continue;
        const m = values.get(column) ?? new Map<string, string | null>();
        const key = String(v);
        m.set(key, m.has(key) && m.get(key) !== id ? null : id);
        values.set(column, m);
      }
    }
    for (const m of values.values()) {
      const unique = [...m.values()].every((id) => id !== null);
      if (unique && m.size >= minRows) for (const [k, id] of m) if (id) linked.set(k, id);
    }
  }
  for (const table of tables) {
    const owner = (row: Row): string | undefined => {
      const id = direct(row);
      if (id) return id;
      for (const v of Object.values(row)) {
        if (v === null || v === undefined || typeof v === "object") continue;
        const hit = linked.get(String(v));
        if (hit) return hit;
      }
      return undefined;
    };
    const owned = table.rows.map((row, position) => ({ row, position, id: owner(row) })).filter((r): r is { row: Row; position: number; id: string } => r.id !== undefined);
    const responses = [...new Set(owned.map((r) => r.id))];
    if (responses.length < minRows) continue;
    // (a) physical order: each response at its first row's position.
    const first = new Map<string, number>();
    for (const r of owned) if (!first.has(r.id)) first.set(r.id, r.position);
    findings.push({ source: `${table.name}: physical row order`, rho: spearman(responses.map((id) => arrival.get(id)!), responses.map((id) => first.get(id)!)), n: responses.length });
    // (b) every column: the smallest value of the response's rows.
    const columns = new Set(owned.flatMap((r) => Object.keys(r.row)));
    for (const column of columns) {
      const least = new Map<string, number | string>();
      for (const r of owned) {
        const v = comparable(r.row[column]);
        if (v === undefined) continue;
        const prev = least.get(r.id);
        if (prev === undefined || v < prev) least.set(r.id, v);
      }
      const withValue = responses.filter((id) => least.has(id));
      if (withValue.length < minRows) continue;
      findings.push({
        source: `${table.name}.${column}`,
        rho: spearman(withValue.map((id) => arrival.get(id)!), withValue.map((id) => least.get(id)!)),
        n: withValue.length,
      });
    }
  }
  return findings;
}

/** Rank correlation of the arrival order with the order responses appear in a file (an export). */
export function fileOrder(text: string, arrival: ReadonlyMap<string, number>): OrderFinding {
  const seen: string[] = [];
  for (const m of text.matchAll(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi)) {
    const id = m[0].toLowerCase();
    if (arrival.has(id) && !seen.includes(id)) seen.push(id);
  }
  return { source: "export row order", rho: spearman(seen.map((id) => arrival.get(id)!), seen.map((_, i) => i)), n: seen.length };
}

/** Every string a row holds (and its JSON rendering), for clear-text and digest searches. */
export function storedStrings(tables: readonly Table[]): Set<string> {
  const out = new Set<string>();
  for (const t of tables) {
    for (const row of t.rows) {
      for (const v of Object.values(row)) {
        if (typeof v === "string" && v !== "") out.add(v);
        else if (Buffer.isBuffer(v)) out.add(v.toString("hex"));
        else if (v !== null && v !== undefined && typeof v !== "object") out.add(String(v));
      }
    }
  }
  return out;
}

export type AddressFinding = { address: string; how: string };

/**
 * Addresses recoverable from the stored strings and raw text: in clear, or as a digest
 * (SHA-256 or HMAC-SHA-256, hex or base64/base64url) of a candidate address, alone or
 * combined with any stored string as salt or key, with the prefixes a rate limiter uses.
 */
export function addressFindings(candidates: readonly string[], strings: ReadonlySet<string>, rawTexts: readonly string[]): AddressFinding[] {
  const findings: AddressFinding[] = [];
  for (const address of candidates) {
    // Clear text, not as part of a longer number (127.0.0.1 inside 127.0.0.12).
    const clear = new RegExp(`(^|[^0-9.])${address.replace(/\./g, "\\.")}(?![0-9])`);
    for (const text of [...rawTexts, ...strings]) {
      if (clear.test(text)) {
        findings.push({ address, how: "in clear text" });
        break;
      }
    }
  }
  // Digests: every stored string that looks like one, in every encoding.
  const digests = new Set<string>();
  for (const s of strings) {
    for (const m of s.matchAll(/[0-9a-f]{64}|[A-Za-z0-9+/_-]{43}=?/g)) digests.add(m[0].replace(/=$/, ""));
  }
  if (digests.size === 0) return findings;
  const keys = [...strings].filter((s) => s.length <= 200);
  const encodings = (d: Buffer) => [d.toString("hex"), d.toString("base64").replace(/=$/, ""), d.toString("base64url")];
  const found = (d: Buffer) => encodings(d).some((e) => digests.has(e));
  for (const address of candidates) {
    const messages = [address, `submit:${address}`, `signin:${address}`, `ip:${address}`];
    let how: string | undefined;
    for (const m of messages) if (!how && found(createHash("sha256").update(m).digest())) how = `sha256(${m})`;
    for (const key of keys) {
      if (how) break;
      for (const m of messages) {
        if (found(createHash("sha256").update(`${key}${m}`).digest()) || found(createHash("sha256").update(`${key}:${m}`).digest())) {
          how = `sha256(stored string + ${m})`;
          break;
        }
        if (found(createHmac("sha256", key).update(m).digest())) {
          how = `hmac(stored string, ${m})`;
          break;
        }
      }
    }
    if (how) findings.push({ address, how });
  }
  return findings;
}

export type TimeFinding = { table: string; column: string; value: string };

/**
 * Times of day on the given rows: Date values, timestamp-looking text with hours and
 * minutes, and numbers that are epoch seconds or milliseconds within the window.
 */
export function timeFindings(tables: readonly Table[], window: { from: number; to: number }): TimeFinding[] {
  const findings: TimeFinding[] = [];
  const inWindow = (ms: number) => ms >= window.from && ms <= window.to;
  for (const t of tables) {
    for (const row of t.rows) {
      for (const [column, v] of Object.entries(row)) {
        let hit: string | undefined;
        if (v instanceof Date) hit = v.toISOString();
        else if (typeof v === "string" && /\b\d{1,2}:\d{2}(:\d{2})?/.test(v) && /\d{4}-\d{2}-\d{2}[T ]\d{1,2}:\d{2}|^\d{1,2}:\d{2}/.test(v)) hit = v;
        else if (typeof v === "number" || typeof v === "bigint" || (typeof v === "string" && /^\d{10,13}$/.test(v))) {
          const n = Number(v);
          if (inWindow(n) || inWindow(n * 1000)) hit = String(v);
        }
        if (hit !== undefined) findings.push({ table: t.name, column, value: hit });
      }
    }
  }
  return findings;
}

// ---- Byte-level detectors (SQLite): what the file's layout and the WAL reveal. ----
// The row-level detectors above read the database through SQL; these read the pages an
// insider with a copy of the data folder holds (tests/support/sqlite-bytes.ts parses
// them): the page a row's cell sits on, its overflow pages, its position inside the
// page, and the first WAL frame that holds a response's id.

export type ByteImage = { cells: readonly { tree: string; page: number; offset: number; overflow: readonly number[]; values: readonly unknown[] }[] };
export type ByteWal = { frames: readonly { index: number; page: number; salt: string; data: Buffer }[] };

/** A WAL's frames in the order they were written: by generation (SQLite adds one to the first salt each time the log starts over), then by position. */
function framesInWriteOrder(wal: ByteWal | undefined): ByteWal["frames"] {
  const generation = (salt: string) => parseInt(salt.slice(0, 8), 16);
  return [...(wal?.frames ?? [])].sort((a, b) => generation(a.salt) - generation(b.salt) || a.index - b.index);
}

/** Rank correlation pooled over groups: each group's ranks are centred on its own mean. */
export function pooledSpearman(groups: readonly { x: number; y: number }[][]): { rho: number; n: number } {
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  let n = 0;
  for (const g of groups) {
    if (g.length < 2) continue;
    const rx = ranks(g.map((p) => p.x));
    const ry = ranks(g.map((p) => p.y));
    const mean = (g.length + 1) / 2;
    for (let i = 0; i < g.length; i++) {
      sxy += (rx[i]! - mean) * (ry[i]! - mean);
      sxx += (rx[i]! - mean) ** 2;
      syy += (ry[i]! - mean) ** 2;
    }
    n += g.length;
  }
  return { rho: sxx === 0 || syy === 0 ? 0 : sxy / Math.sqrt(sxx * syy), n };
}

/**
 * For every tree whose cells name a response id: the rank correlation of the arrival
 * order with (a) the page of the response's first cell, (b) its first overflow page,
 * (c) the cells' positions inside the pages they share with other responses (SQLite
 * fills a page's cell area from its end, so older cells sit further back).
 */
export function pageOrderFindings(image: ByteImage, arrival: ReadonlyMap<string, number>, minRows = 20): OrderFinding[] {
  const findings: OrderFinding[] = [];
  const trees = [...new Set(image.cells.map((c) => c.tree))];
  for (const tree of trees) {
    const leaf = new Map<string, number>();
    const overflow = new Map<string, number>();
    const onPage = new Map<string, Map<number, number>>();
    for (const c of image.cells) {
      if (c.tree !== tree) continue;
      const id = c.values.find((v): v is string => typeof v === "string" && arrival.has(v));
      if (!id) continue;
      leaf.set(id, Math.min(leaf.get(id) ?? Infinity, c.page));
      const first = c.overflow[0];
      if (first !== undefined) overflow.set(id, Math.min(overflow.get(id) ?? Infinity, first));
      const byPage = onPage.get(id) ?? new Map<number, number>();
      byPage.set(c.page, Math.min(byPage.get(c.page) ?? Infinity, c.offset));
      onPage.set(id, byPage);
    }
    const rho = (m: Map<string, number>, what: string) => {
      const ids = [...m.keys()];
      if (ids.length >= minRows) findings.push({ source: `${tree}: ${what}`, rho: spearman(ids.map((id) => arrival.get(id)!), ids.map((id) => m.get(id)!)), n: ids.length });
    };
    rho(leaf, "page of the row's cell");
    rho(overflow, "first overflow page");
    const groups = new Map<number, { x: number; y: number }[]>();
    for (const [id, byPage] of onPage) for (const [page, offset] of byPage) groups.set(page, [...(groups.get(page) ?? []), { x: arrival.get(id)!, y: offset }]);
    const pooled = pooledSpearman([...groups.values()]);
    if (pooled.n >= minRows) findings.push({ source: `${tree}: cell position inside its page`, rho: pooled.rho, n: pooled.n });
  }
  return findings;
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/g;

/**
 * Over every frame of every generation, in the order they were written, the rank
 * correlation of the arrival order with (a) the first frame holding each id, (b) the
 * first frame writing one of the response's overflow pages (known from the file: a new
 * overflow page is written once, in the commit that stored the response).
 */
export function walOrderFindings(wal: ByteWal | undefined, arrival: ReadonlyMap<string, number>, image?: ByteImage): OrderFinding[] {
  const written = framesInWriteOrder(wal);
  const firstId = new Map<string, number>();
  for (const [k, f] of written.entries()) {
    for (const m of f.data.toString("latin1").matchAll(UUID)) if (arrival.has(m[0]) && !firstId.has(m[0])) firstId.set(m[0], k);
  }
  const ownerOfPage = new Map<number, string>();
  for (const c of image?.cells ?? []) {
    const id = c.values.find((v): v is string => typeof v === "string" && arrival.has(v));
    if (id) for (const p of c.overflow) ownerOfPage.set(p, id);
  }
  const firstOverflow = new Map<string, number>();
  for (const [k, f] of written.entries()) {
    const id = ownerOfPage.get(f.page);
    if (id && !firstOverflow.has(id)) firstOverflow.set(id, k);
  }
  const finding = (m: Map<string, number>, source: string): OrderFinding => {
    const ids = [...m.keys()];
    return { source, rho: spearman(ids.map((id) => arrival.get(id)!), ids.map((id) => m.get(id)!)), n: ids.length };
  };
  return [finding(firstId, "WAL: first frame holding the id"), finding(firstOverflow, "WAL: first frame writing the response's overflow page")];
}

/** A stored value read as an instant (epoch ms or s, or date-time text), if it is one. */
function asInstant(v: unknown): number | undefined {
  if (v instanceof Date) return v.getTime();
  if (typeof v === "bigint") return asInstant(Number(v));
  if (typeof v === "number") return v > 1e12 && v < 1e14 ? v : v > 1e9 && v < 1e11 ? v * 1000 : undefined;
  if (typeof v === "string" && /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(v)) {
    const t = Date.parse(v.includes("T") || v.endsWith("Z") ? v : `${v.replace(" ", "T")}Z`);
    return Number.isNaN(t) ? undefined : t;
  }
  return undefined;
}

export type SessionTimeFinding = { value: string; nearestSubmissionMs: number };

/**
 * Times stored with a staff member's sessions — every version of the Session row the
 * file and the WAL (every frame, old generations included) still hold — that lie within
 * `withinMs` of a submission: written while respondents submitted, they would bound
 * when each one did.
 */
export function sessionTimeFindings(
  records: readonly (readonly unknown[])[],
  staffUserId: string,
  submissions: readonly number[],
  withinMs = 60_000,
): SessionTimeFinding[] {
  const findings: SessionTimeFinding[] = [];
  const seen = new Set<number>();
  for (const r of records) {
    if (r.length !== 5 || r[1] !== staffUserId) continue;
    for (const v of r.slice(2)) {
      const t = asInstant(v);
      if (t === undefined || seen.has(t)) continue;
      seen.add(t);
      const nearest = Math.min(...submissions.map((s) => Math.abs(s - t)));
      if (nearest <= withinMs) findings.push({ value: new Date(t).toISOString(), nearestSubmissionMs: nearest });
    }
  }
  return findings;
}

/** Response ids and answer markers still present in raw files (after "delete all"). */
export function leftoverFindings(files: readonly { name: string; bytes: Buffer }[], needles: readonly string[]): { file: string; needle: string }[] {
  const out: { file: string; needle: string }[] = [];
  for (const f of files) for (const needle of needles) if (f.bytes.includes(Buffer.from(needle, "utf8"))) out.push({ file: f.name, needle });
  return out;
}
