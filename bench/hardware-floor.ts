// The "hardware floor" of the submission benchmark: a minimal node:http server
// that validates the same payload with the same zod schema as the app and
// writes it with the database driver directly, one transaction per response
// (better-sqlite3 with the app's pragmas, or pg). No framework, no ORM: what
// the machine can do for this work. It deliberately does NOT use the app's
// writer (lib/responses/raw-batch-write.ts): it is the floor that writer is
// measured against, and it runs only against a throwaway benchmark database.
//   DATABASE_URL=… PORT=… node --import tsx bench/hardware-floor.ts
import http from "node:http";
import Database from "better-sqlite3";
import { validateSubmission, questionnaire, questionnaireVersion, type Answers } from "@/lib/questionnaire";
import { parseDatabaseUrl } from "@/lib/db/url";
import { createPgPool } from "@/lib/db/pg-pool";
import { SQLITE_PRAGMAS } from "@/lib/db/sqlite-pragmas";
import { answerRows } from "@/lib/responses/raw-batch-write";
import { answersHash, canonicalJson } from "@/lib/responses/canonical";
import { filterColumns } from "@/lib/responses/filter-columns";

type Row = { id: string; version: string; locale: string; day: string; answers: Answers };
const target = parseDatabaseUrl(process.env.DATABASE_URL);
const day = new Date().toISOString().slice(0, 10);

function responseValues(r: Row): (string | number | null)[] {
  const f = filterColumns(questionnaire, r.answers);
  return [r.id, r.version, r.locale, r.day, canonicalJson(r.answers), answersHash(r.answers), f.screening, f.gender, f.ageGroup, f.region];
}
const RESPONSE_SQL = `INSERT INTO "Response" ("id","questionnaireVersion","locale","submittedOn","answers","answersHash","screening","gender","ageGroup","region")`;

let write: (r: Row) => Promise<void>;
if (target.provider === "sqlite") {
  const db = new Database(target.filePath);
  for (const p of SQLITE_PRAGMAS) db.pragma(p);
  const insertResponse = db.prepare(`${RESPONSE_SQL} VALUES (?,?,?,?,?,?,?,?,?,?)`);
  const insertAnswer = db.prepare(`INSERT INTO "Answer" ("responseId","ordinal","variable","code","text") VALUES (?,?,?,?,?)`);
  const tx = db.transaction((r: Row) => {
    const values = responseValues(r);
    insertResponse.run(...values);
    answerRows(r.answers).forEach((a, o) => insertAnswer.run(values[0], o, a.variable, a.code ?? null, a.text ?? null));
  });
  write = async (r) => tx(r);
} else {
  const pool = createPgPool(target.url, { max: 16 });
  write = async (r) => {
    const c = await pool.connect();
    try {
      await c.query("BEGIN");
      const values = responseValues(r);
      await c.query(`${RESPONSE_SQL} VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10)`, values);
      const rows = answerRows(r.answers);
      const params: unknown[] = [];
      const tuples = rows.map((a, i) => {
        params.push(values[0], i, a.variable, a.code ?? null, a.text ?? null);
        return `($${i * 5 + 1},$${i * 5 + 2},$${i * 5 + 3},$${i * 5 + 4},$${i * 5 + 5})`;
      });
      await c.query(`INSERT INTO "Answer" ("responseId","ordinal","variable","code","text") VALUES ${tuples.join(",")}`, params);
      await c.query("COMMIT");
    } catch (e) {
      await c.query("ROLLBACK");
      throw e;
    } finally {
      c.release();
    }
  };
}

const server = http.createServer((req, res) => {
  if (req.url === "/api/health") return void res.end("ok");
  if (req.method !== "POST" || req.url !== "/submit") return void res.writeHead(404).end();
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", async () => {
    try {
      const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { id: string; questionnaireVersion: string; locale: "kk" | "ru" | "en"; answers: unknown };
      const v = validateSubmission(questionnaire, body.answers, body.locale);
      if (!v.ok || body.questionnaireVersion !== questionnaireVersion) {
        res.writeHead(400).end();
        return;
      }
      await write({ id: body.id, version: body.questionnaireVersion, locale: body.locale, day, answers: v.answers });
      res.writeHead(201, { "content-type": "application/json" }).end(JSON.stringify({ id: body.id, status: "created" }));
    } catch {
      res.writeHead(500).end();
    }
  });
});
server.listen(Number(process.env.PORT ?? 3999), "127.0.0.1");
