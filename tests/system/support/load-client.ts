// A separate process that submits valid responses with N concurrent
// connections until `count` have been acknowledged, retrying a failed request
// (connection refused or reset while the server is down, 5xx) with the SAME id
// and payload, as a real browser retry would. Every acknowledgement (2xx) is
// appended to the output file at once, so a test can compare what was promised
// with what the database holds even if this process is interrupted.
//   node --import tsx tests/system/support/load-client.ts <url> <count> <concurrency> <out.jsonl> [seed] [deadlineMs]
import { appendFileSync } from "node:fs";
import { post, submissionFactory, type Submission } from "./payloads";

const [url, countArg, concurrencyArg, out, seedArg, deadlineArg] = process.argv.slice(2);
if (!url || !countArg || !concurrencyArg || !out) {
  console.error("usage: load-client <url> <count> <concurrency> <out.jsonl> [seed] [deadlineMs]");
  process.exit(2);
}
const target = Number(countArg);
const concurrency = Number(concurrencyArg);
const deadline = Date.now() + Number(deadlineArg ?? 120_000);
const next = submissionFactory(Number(seedArg ?? 1));
let acknowledged = 0;
let started = 0;
let failures = 0;

async function deliver(submission: Submission): Promise<void> {
  while (Date.now() < deadline) {
    try {
      const r = await post(url!, submission);
      if (r.status === 201 || r.status === 200) {
        appendFileSync(out!, JSON.stringify({ id: submission.id, status: r.status }) + "\n");
        acknowledged++;
        return;
      }
      if (r.status < 500) throw new Error(`unexpected ${r.status}: ${JSON.stringify(r.json)}`);
    } catch (e) {
      if (e instanceof Error && e.message.startsWith("unexpected")) throw e;
      // Network failure while the server is down: retry the same submission.
    }
    failures++;
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function worker(): Promise<void> {
  while (started < target && Date.now() < deadline) {
    started++;
    await deliver(next());
  }
}

await Promise.all(Array.from({ length: concurrency }, worker));
console.log(JSON.stringify({ acknowledged, failures }));
process.exit(acknowledged >= target ? 0 : 1);
