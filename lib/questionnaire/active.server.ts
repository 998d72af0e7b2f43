import "server-only";
// The one place that says which questionnaire is served. Published versions live in the
// QuestionnaireVersion table; the code instrument is only the seed (the first version a
// fresh database serves, and the base a developer bumps for a structural change). Every
// request path asks here: respondent pages, validation, the API, the dashboard, exports,
// the codebook and the service worker's cache key. Nothing keeps a module-level copy.
//
// Several instances share one PostgreSQL: each re-reads the newest version number at most
// every REFRESH_MS, so a version published on one instance is served by all within that.
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
}

interface State {
  db: Db;
  active: Active;
  checkedAt: number;
}

let state: State | null = null;
let inFlight: Promise<Active> | null = null;
const byKey = new Map<string, Questionnaire>();

function parseStored(key: string, definition: string): Questionnaire {
  const cached = byKey.get(key);
  if (cached) return cached;
  // Validated on every load with the same schema and checks as on save.
  const def = loadQuestionnaire(JSON.parse(definition));
  if (versionOf(def) !== key) throw new Error(`Stored questionnaire ${key} holds ${versionOf(def)}`);
  byKey.set(key, def);
  return def;
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
    if ((error as { code?: unknown }).code !== "P2002") throw error;
  }
}

async function load(db: Db): Promise<Active> {
  const seed = seedQuestionnaire;
  const newest = await db.questionnaireVersion.findFirst({
    where: { id: seed.id },
    orderBy: { version: "desc" },
    select: { key: true, version: true },
  });
  if (state && state.db === db && newest && newest.key === state.active.key) return state.active;
  if (!newest || newest.version < seed.version) {
    await storeSeed(db, seed);
    return build(db, seed);
  }
  if (newest.key === versionOf(seed)) return build(db, seed);
  const row = await db.questionnaireVersion.findUniqueOrThrow({ where: { key: newest.key } });
  return build(db, parseStored(row.key, row.definition));
}

async function build(db: Db, def: Questionnaire): Promise<Active> {
  const key = versionOf(def);
  const fingerprint = structureFingerprint(def);
  const rows = await db.questionnaireVersion.findMany({ where: { id: def.id }, select: { key: true, definition: true } });
  const accepted = new Set<string>([key, ...compatibleVersions]);
  for (const row of rows) {
    if (accepted.has(row.key)) continue;
    try {
      if (structureFingerprint(JSON.parse(row.definition) as object) === fingerprint) accepted.add(row.key);
    } catch {
      // An unreadable old row accepts nothing; the active version is unaffected.
    }
  }
  return Object.freeze({ def, key, accepted });
}

async function current(): Promise<Active> {
  const db = await getDb();
  const fresh = state && state.db === db && performance.now() - state.checkedAt < REFRESH_MS;
  if (fresh && state) return state.active;
  inFlight ??= load(db)
    .then((active) => {
      state = { db, active, checkedAt: performance.now() };
      return active;
    })
    .finally(() => {
      inFlight = null;
    });
  return inFlight;
}

/** The published definition every request is served with now. */
export async function activeQuestionnaire(): Promise<Questionnaire> {
  return (await current()).def;
}

/** "hearing-state@3": the version recorded with responses begun now. */
export async function activeQuestionnaireVersion(): Promise<string> {
  return (await current()).key;
}

/** Whether a submission recorded under `version` is accepted by the active definition. */
export async function isAcceptedVersion(version: string): Promise<boolean> {
  return (await current()).accepted.has(version);
}

/** Any stored version (earlier versions stay readable), or null. */
export async function questionnaireByVersion(key: string): Promise<Questionnaire | null> {
  const active = await current();
  if (key === active.key) return active.def;
  if (key === versionOf(seedQuestionnaire)) return seedQuestionnaire;
  const cached = byKey.get(key);
  if (cached) return cached;
  const db = await getDb();
  const row = await db.questionnaireVersion.findUnique({ where: { key } });
  return row ? parseStored(row.key, row.definition) : null;
}

/** Every stored version of the active questionnaire's id, oldest first. */
export async function storedVersions(): Promise<Questionnaire[]> {
  const active = await current();
  const db = await getDb();
  const rows = await db.questionnaireVersion.findMany({ where: { id: active.def.id }, orderBy: { version: "asc" } });
  const out: Questionnaire[] = [];
  for (const row of rows) {
    try {
      out.push(parseStored(row.key, row.definition));
    } catch {
      // A row that no longer validates (an old schema) is skipped, not served.
    }
  }
  return out;
}

/** After this instance publishes: serve the new version at once instead of after REFRESH_MS. */
export function invalidateActiveQuestionnaire(): void {
  state = null;
}
