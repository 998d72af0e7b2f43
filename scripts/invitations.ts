// `npm run invitations -- <command>`: invitation batches from the command line.
//   create --label "Almaty NGOs" --count 500 [--region 2] [--days 60] --out codes.csv [--origin https://…]
//   list
//   revoke <batch id>
// The codes are written once, to --out (created 0600; never to the terminal or the
// database). Every change is written to the audit log with via = "cli".
import { writeFileSync } from "node:fs";
import { audit } from "../lib/audit/log";
import { getDb } from "../lib/db/client";
import { env } from "../lib/env";
import { batchProblems, createBatch, revokeBatch } from "../lib/invitations/batches.server";
import { batchRates } from "../lib/invitations/rates.server";
import { figureText } from "../lib/invitations/rates-csv";
import { codesCsv } from "../lib/invitations/sheet";
import { submissionDate } from "../lib/responses/release";

const USAGE = `usage: npm run invitations -- <command>
  create --label <label> --count <10–20000> --out <file.csv> [--region <code>] [--days <n>] [--origin <https://survey.example>]
  list
  revoke <batch id>`;

function fail(message: string): never {
  console.error(`invitations: ${message}`);
  process.exit(1);
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(argv: string[]): Promise<void> {
  const [command, ...args] = argv;
  const db = await getDb();
  try {
    switch (command) {
      case "create": {
        const out = option(args, "out");
        if (!out) fail(`create needs --out <file.csv>\n${USAGE}`);
        const region = option(args, "region");
        const days = option(args, "days");
        const req = { label: option(args, "label") ?? "", count: Number(option(args, "count")), region: region === undefined ? null : Number(region), validDays: days === undefined ? undefined : Number(days) };
        const problems = batchProblems(req);
        if (problems.length > 0) fail(`not valid: ${problems.join(", ")} (label 1–80 characters, count 10–20,000)\n${USAGE}`);
        const origin = option(args, "origin") ?? env().PUBLIC_ORIGIN;
        if (!origin) fail("--origin or PUBLIC_ORIGIN is needed for the personal links");
        const batch = await createBatch(db, req, submissionDate());
        writeFileSync(out, "\uFEFF" + codesCsv(origin, batch.codes), { mode: 0o600, flag: "wx" });
        await audit(db, { action: "invitations-created", details: { batch: batch.id, label: batch.label, count: batch.codes.length, region: batch.region, via: "cli" } });
        console.log(`batch ${batch.id}: ${batch.codes.length} codes, valid until ${batch.validUntil}, written to ${out}`);
        return;
      }
      case "list": {
        for (const r of await batchRates(db, { minGroup: env().MIN_GROUP_SIZE })) {
          console.log(`${r.id}  ${r.label}  region=${r.region ?? "-"}  issued=${r.issued}  used=${figureText(r.used, env().MIN_GROUP_SIZE)}  until=${r.validUntil}${r.revoked ? "  revoked" : ""}`);
        }
        return;
      }
      case "revoke": {
        const id = args[0];
        if (!id) fail(`revoke needs a batch id\n${USAGE}`);
        if (!(await revokeBatch(db, id))) fail(`no active batch ${id}`);
        await audit(db, { action: "invitations-revoked", details: { batch: id, via: "cli" } });
        console.log(`batch ${id} revoked`);
        return;
      }
      default:
        fail(command ? `unknown command "${command}"\n${USAGE}` : USAGE);
    }
  } finally {
    await db.$disconnect();
  }
}

main(process.argv.slice(2)).catch((e: unknown) => fail(e instanceof Error ? e.message : String(e)));
