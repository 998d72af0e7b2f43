// Fills a database with N synthetic responses fast, for benchmarks that need a
// large table (growth of submission latency, dashboard and export timings).
// 500 generated, valid template responses are written once; the rest are
// copied from them by INSERT … SELECT over a number series inside the
// database, so a million responses take minutes, not hours.
import Database from "better-sqlite3";
import pg from "pg";
import { generateValidAnswers, LOCALES, mulberry32, questionnaire, questionnaireVersion } from "@/lib/questionnaire";
import { parseDatabaseUrl } from "@/lib/db/url";
import { answerRows } from "@/lib/responses/store";
import { answersHash, canonicalJson } from "@/lib/responses/canonical";
import { filterColumns } from "@/lib/responses/filter-columns";

const TEMPLATES = 500;

function templates() {
  const rng = mulberry32(77);
  return Array.from({ length: TEMPLATES }, (_, k) => {
    const answers = generateValidAnswers(questionnaire, rng);
    const f = filterColumns(questionnaire, answers);
    return {
      k,
      locale: LOCALES[k % 3]!,
      day: `2026-${String(1 + (k % 3)).padStart(2, "0")}-${String(1 + (k % 28)).padStart(2, "0")}`,
      answers: canonicalJson(answers),
      hash: answersHash(answers),
      ...f,
      rows: answerRows(answers),
    };
  });
}

const CHUNK = 50_000;

export async function bulkSeed(databaseUrl: string, count: number, log: (m: string) => void = () => undefined): Promise<void> {
  if (count <= 0) return;
  const target = parseDatabaseUrl(databaseUrl);
  const t = templates();
  if (target.provider === "sqlite") {
    const db = new Database(target.filePath);
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = OFF"); // seeding only: the benchmark itself runs with the app's FULL
    db.exec(`CREATE TEMP TABLE tr (k INTEGER PRIMARY KEY, locale TEXT, day TEXT, answers TEXT, hash TEXT, screening INT, gender INT, ageGroup INT, region INT);
             CREATE TEMP TABLE ta (k INTEGER, o INTEGER, variable TEXT, code INT, text TEXT);`);
    const ir = db.prepare("INSERT INTO tr VALUES (?,?,?,?,?,?,?,?,?)");
    const ia = db.prepare("INSERT INTO ta VALUES (?,?,?,?,?)");
    db.transaction(() => {
      for (const x of t) {
        ir.run(x.k, x.locale, x.day, x.answers, x.hash, x.screening, x.gender, x.ageGroup, x.region);
        x.rows.forEach((a, o) => ia.run(x.k, o, a.variable, a.code ?? null, a.text ?? null));
      }
    })();
    const start = (db.prepare(`SELECT COUNT(*) AS m FROM "Response"`).get() as { m: number }).m;
    for (let from = 0; from < count; from += CHUNK) {
      const n = Math.min(CHUNK, count - from);
      db.transaction(() => {
        db.prepare(
          `WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < ?)
           INSERT INTO "Response" ("id","questionnaireVersion","locale","submittedOn","answers","answersHash","screening","gender","ageGroup","region")
           SELECT printf('00000000-0000-4000-8000-%012d', ? + n), ?, tr.locale, tr.day, tr.answers, tr.hash, tr.screening, tr.gender, tr.ageGroup, tr.region
           FROM s JOIN tr ON tr.k = (? + n) % ${TEMPLATES}`,
        ).run(n, start + from, questionnaireVersion, start + from);
        // Seeded ids are numbered (zero-padded), so their text order is their number's.
        db.prepare(
          `WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < ?)
           INSERT INTO "Answer" ("responseId","ordinal","variable","code","text")
           SELECT printf('00000000-0000-4000-8000-%012d', ? + n), ta.o, ta.variable, ta.code, ta.text FROM s JOIN ta ON ta.k = (? + n) % ${TEMPLATES}`,
        ).run(n, start + from, start + from);
      })();
      log(`seeded ${from + n} / ${count}`);
    }
    db.pragma("wal_checkpoint(TRUNCATE)");
    db.close();
    return;
  }
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  try {
    await client.query(`CREATE TEMP TABLE tr (k INT PRIMARY KEY, locale TEXT, day TEXT, answers TEXT, hash TEXT, screening INT, gender INT, "ageGroup" INT, region INT);
                        CREATE TEMP TABLE ta (k INT, o INT, variable TEXT, code INT, text TEXT);`);
    for (const x of t) {
      await client.query("INSERT INTO tr VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)", [x.k, x.locale, x.day, x.answers, x.hash, x.screening, x.gender, x.ageGroup, x.region]);
      const params: unknown[] = [];
      const tuples = x.rows.map((a, i) => {
        params.push(x.k, i, a.variable, a.code ?? null, a.text ?? null);
        return `($${i * 5 + 1},$${i * 5 + 2},$${i * 5 + 3},$${i * 5 + 4},$${i * 5 + 5})`;
      });
      await client.query(`INSERT INTO ta VALUES ${tuples.join(",")}`, params);
    }
    const start = Number((await client.query(`SELECT COUNT(*) AS m FROM "Response"`)).rows[0].m);
    await client.query("SET synchronous_commit = off");
    // Seeding copies rows whose references are valid by construction: skip the
    // per-row foreign-key triggers (needs a superuser, as on our test servers).
    await client.query("SET session_replication_role = replica").catch(() => undefined);
    for (let from = 0; from < count; from += CHUNK) {
      const n = Math.min(CHUNK, count - from);
      const base = start + from;
      await client.query("BEGIN");
      await client.query(
        `INSERT INTO "Response" ("id","questionnaireVersion","locale","submittedOn","answers","answersHash","screening","gender","ageGroup","region")
         SELECT '00000000-0000-4000-8000-' || lpad(($1::int + g)::text, 12, '0'), $2, tr.locale, tr.day, tr.answers, tr.hash, tr.screening, tr.gender, tr."ageGroup", tr.region
         FROM generate_series(1, $3::int) g JOIN tr ON tr.k = ($1::int + g) % ${TEMPLATES}`,
        [base, questionnaireVersion, n],
      );
      await client.query(
        `INSERT INTO "Answer" ("responseId","ordinal","variable","code","text")
         SELECT '00000000-0000-4000-8000-' || lpad(($1::int + g)::text, 12, '0'), ta.o, ta.variable, ta.code, ta.text
         FROM generate_series(1, $2::int) g JOIN ta ON ta.k = ($1::int + g) % ${TEMPLATES}`,
        [base, n],
      );
      await client.query("COMMIT");
      log(`seeded ${from + n} / ${count}`);
    }
    await client.query("ANALYZE");
  } finally {
    await client.end();
  }
}
