// `npm run seed:demo -- --count 3000 [--seed N] [--append]`: fills the database with
// synthetic responses that follow every routing rule and reproduce the paper's
// published percentages (see lib/demo/demo.ts), spread over the last 30 days.
// Refuses to mix demo data into a database that already holds responses unless
// --append is given.
import { dbHandle, getDb } from "../lib/db/client";
import { audit } from "../lib/audit/log";
import { seedDemoResponses } from "../lib/demo/seed";

function fail(message: string): never {
  console.error(`seed:demo: ${message}`);
  process.exit(1);
}

function intOption(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const value = Number(args[i + 1]);
  if (!Number.isInteger(value) || value < 1) fail(`${name} needs a positive whole number`);
  return value;
}

async function main(args: string[]): Promise<void> {
  const count = intOption(args, "--count", 3000);
  if (count > 1_000_000) fail("--count is capped at 1,000,000");
  const seed = intOption(args, "--seed", 20_240_601);
  const db = await getDb();
  const { provider } = dbHandle();
  try {
    const existing = await db.response.count();
    if (existing > 0 && !args.includes("--append")) {
      fail(`the database already holds ${existing} responses; add --append to add demo data to them anyway`);
    }
    const started = performance.now();
    const { created, refusedClosed } = await seedDemoResponses(db, {
      count,
      seed,
      onProgress: (done) => process.stdout.write(`\rseed:demo: ${Math.min(done, count)} / ${count}`),
    });
    if (refusedClosed > 0) fail(`the survey is closed, so ${refusedClosed} demo responses were refused; open it first`);
    await audit(db, { actor: null, action: "demo-data-seeded", details: { count: created, via: "cli" } });
    process.stdout.write(`\rseed:demo: ${created} demo responses created on ${provider} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  } finally {
    await db.$disconnect();
  }
}

main(process.argv.slice(2)).catch((e: unknown) => fail(e instanceof Error ? e.message : String(e)));
