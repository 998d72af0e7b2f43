import "server-only";
// The one place that says which questionnaire is served. Published versions live in the
// QuestionnaireVersion table; the code instrument is only the seed (the first version a
// fresh database serves, and the base a developer bumps for a structural change). Every
// request path asks here: respondent pages, validation, the API, the dashboard, exports,
// the codebook and the service worker's cache key. Nothing keeps a module-level copy.
//
// Several instances share one PostgreSQL: each re-reads the list of stored version numbers
// at most every REFRESH_MS, so a version published on one instance is served by all within
// that. A stored definition is validated (schema and checks) whenever it is read from the
// database; one that no longer validates is never served (the newest valid one is).
import { getDb, type Db } from "@/lib/db/client";
import { loadQuestionnaire, seedQuestionnaire, compatibleVersions } from "./definition";
import { structureFingerprint } from "./strings/walk";
import type { Questionnaire } from "./types";
import { versionOf } from "./version";

/** How stale another instance's publish may be here, at most (the issue asks ≤ 10 s). */
export const REFRESH_MS = 3_000;

interface Active {
  def: Questionnaire;
  key: string;
  /** The versions whose answers this one accepts: its text versions plus the declared compatible ones. */
  accepted: ReadonlySet<string>;
  /** The earliest stored version of the same structure: what a device keys its draft by. */
  draftScope: string;
}

interface Instance {
  active: Active | null;
  checkedAt: number;
  inFlight: Promise<Active> | null;
  /** Parsed, validated definitions by key (a stored version never changes). */
  parsed: Map<string, Questionnaire>;
  /** Keys already reported as invalid, so the log says it once. */
  reported: Set<string>;
}

// Kept on globalThis: Next.js bundles route handlers, server actions and pages as separate
// copies of this module, and they must share one state (a publish invalidates them all).
// Per database client, so tests (and tools) may hold two "instances" in one process.
const registry = globalThis as unknown as { __tyndauActiveQuestionnaire?: WeakMap<Db, Instance> };

function instanceOf(db: Db): Instance {
  registry.__tyndauActiveQuestionnaire ??= new WeakMap();
  let instance = registry.__tyndauActiveQuestionnaire.get(db);
  if (!instance) {
    instance = { active: null, checkedAt: 0, inFlight: null, parsed: new Map(), reported: new Set() };
    registry.__tyndauActiveQuestionnaire.set(db, instance);
  }
  return instance;
}

/** Parses and validates a stored row; throws when it does not validate. */
export function parseStoredDefinition(key: string, definition: string): Questionnaire {
  const def = loadQuestionnaire(JSON.parse(definition));
  if (versionOf(def) !== key) throw new Error(`Stored questionnaire ${key} holds ${versionOf(def)}`);
  return def;
}

function parsedRow(instance: Instance, key: string, definition: string, report = false): Questionnaire | null {
  const cached = instance.parsed.get(key);
  if (cached) return cached;
  try {
    const def = parseStoredDefinition(key, definition);
    instance.parsed.set(key, def);
    return def;
  } catch (error) {
    if (report && !instance.reported.has(key)) {
      instance.reported.add(key);
      console.error(`Stored questionnaire version ${key} is not served: ${error instanceof Error ? error.message : String(error)}`);
    }
    return null;
  }
}

/** Makes sure the seed is stored, so every served version has a row (and a history). */
async function storeSeed(db: Db, seed: Questionnaire): Promise<void> {
  const key = versionOf(seed);
  try {
    await db.questionnaireVersion.upsert({
      where: { key },
      create: { key, id: seed.id, version: seed.version, definition: JSON.stringify(seed) },
      update: {},
    });
  } catch (error) {
    // Two instances storing the seed at once: the other one won, which is fine.
    if ((error as { code?: unknown }).code !== "P2002") throw error;
  }
}

async function load(db: Db, instance: Instance): Promise<Active> {
  const seed = seedQuestionnaire;
  const seedKey = versionOf(seed);
  const keys = await db.questionnaireVersion.findMany({
    where: { id: seed.id, version: { gte: seed.version } },
    orderBy: { version: "desc" },
    select: { key: true },
  });
  const newest = keys[0]?.key;
  if (instance.active && newest === instance.active.key) return instance.active;
  if (newest === undefined) await storeSeed(db, seed);
  // Newest first; a row that does not validate is skipped. The seed is the floor: a
  // developer's structural change bumps its version above every published one.
  for (const { key } of keys) {
    if (key === seedKey) break;
    if (instance.active && key === instance.active.key) return instance.active;
    const row = await db.questionnaireVersion.findUnique({ where: { key } });
    const def = row ? parsedRow(instance, row.key, row.definition, true) : null;
    if (def) return build(db, def);
  }
  return build(db, seed);
}

async function build(db: Db, def: Questionnaire): Promise<Active> {
  const key = versionOf(def);
  const fingerprint = structureFingerprint(def);
  const rows = await db.questionnaireVersion.findMany({ where: { id: def.id }, select: { key: true, version: true, definition: true } });
  const accepted = new Set<string>([key, ...compatibleVersions]);
  let earliest = { key, version: def.version };
  for (const row of rows) {
    if (row.key === key) continue;
    try {
      // Same structure (variables, codes, kinds, routing, limits): a text version of this one.
      if (structureFingerprint(JSON.parse(row.definition) as object) !== fingerprint) continue;
      accepted.add(row.key);
      if (row.version < earliest.version) earliest = { key: row.key, version: row.version };
    } catch {
      // An unreadable old row accepts nothing; the active version is unaffected.
    }
  }
  return Object.freeze({ def, key, accepted, draftScope: earliest.key });
}

async function current(given?: Db): Promise<Active> {
  const db = given ?? (await getDb());
  const instance = instanceOf(db);
  if (instance.active && performance.now() - instance.checkedAt < REFRESH_MS) return instance.active;
  instance.inFlight ??= load(db, instance)
    .then((active) => {
      instance.active = active;
      instance.checkedAt = performance.now();
      return active;
    })
    .finally(() => {
      instance.inFlight = null;
    });
  return instance.inFlight;
}

/** The published definition every request is served with now. */
export async function activeQuestionnaire(db?: Db): Promise<Questionnaire> {
  return (await current(db)).def;
}

/** "hearing-state@3": the version recorded with responses begun now. */
export async function activeQuestionnaireVersion(db?: Db): Promise<string> {
  return (await current(db)).key;
}

/**
 * Whether a submission recorded under `version` is accepted by the active definition: the
 * active version, every text version of the same structure (a draft begun before a publish
 * continues and submits under the version it began with), and the declared compatible ones.
 */
export async function isAcceptedVersion(version: string, db?: Db): Promise<boolean> {
  return (await current(db)).accepted.has(version);
}

/**
 * What a respondent's device keys its draft and its "answered" marker by: the earliest
 * stored version with the active one's structure (e.g. "hearing-state@2" while @3 and @4
 * are text versions of it). A publish of a text version leaves it unchanged, so a draft
 * begun before the publish is found after it; a structural change (a developer's new
 * seed) changes it, so old answers never mix with a new structure.
 * docs/decisions/011-questionnaire-versions.md
 */
export async function activeDraftScope(db?: Db): Promise<string> {
  return (await current(db)).draftScope;
}

/**
 * The version a response records: the one the respondent began under (`started`, carried
 * by their draft or the no-JS form) while it is accepted (a text version of the active
 * one), otherwise the active version. docs/decisions/011-questionnaire-versions.md
 */
export async function recordedVersion(started: string | undefined, db?: Db): Promise<string> {
  const active = await current(db);
  return started !== undefined && active.accepted.has(started) ? started : active.key;
}

/** Any stored version (earlier versions stay readable), or null. */
export async function questionnaireByVersion(key: string, given?: Db): Promise<Questionnaire | null> {
  const db = given ?? (await getDb());
  const active = await current(db);
  if (key === active.key) return active.def;
  if (key === versionOf(seedQuestionnaire)) return seedQuestionnaire;
  const instance = instanceOf(db);
  const cached = instance.parsed.get(key);
  if (cached) return cached;
  const row = await db.questionnaireVersion.findUnique({ where: { key } });
  return row ? parsedRow(instance, row.key, row.definition) : null;
}

/** Every stored version of the active questionnaire's id that validates, oldest first. */
export async function storedVersions(given?: Db): Promise<Questionnaire[]> {
  const db = given ?? (await getDb());
  const active = await current(db);
  const instance = instanceOf(db);
  const rows = await db.questionnaireVersion.findMany({ where: { id: active.def.id }, orderBy: { version: "asc" } });
  const out: Questionnaire[] = [];
  for (const row of rows) {
    if (row.key === active.key) out.push(active.def);
    else if (row.key === versionOf(seedQuestionnaire)) out.push(seedQuestionnaire);
    else {
      // A row that no longer validates (an old schema) is skipped, not served.
      const def = parsedRow(instance, row.key, row.definition);
      if (def) out.push(def);
    }
  }
  return out;
}

/** After this instance publishes: serve the new version at once instead of after REFRESH_MS. */
export function invalidateActiveQuestionnaire(db?: Db): void {
  if (db) {
    const instance = registry.__tyndauActiveQuestionnaire?.get(db);
    // -Infinity, not 0: performance.now() starts near 0 in a fresh process.
    if (instance) instance.checkedAt = Number.NEGATIVE_INFINITY;
    return;
  }
  // Every client of this process (normally the one).
  registry.__tyndauActiveQuestionnaire = new WeakMap();
}
