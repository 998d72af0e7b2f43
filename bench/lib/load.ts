// autocannon posting valid, varied complete responses (a fresh id each) — the
// load shared by the submission benchmarks.
import { randomUUID } from "node:crypto";
import autocannon from "autocannon";
import { generateValidAnswers, LOCALES, mulberry32, questionnaire, questionnaireVersion } from "@/lib/questionnaire";

const PLACEHOLDER = "00000000-0000-4000-8000-000000000000";
const rng = mulberry32(2026);
const bodies = Array.from({ length: 2000 }, () =>
  JSON.stringify({ id: PLACEHOLDER, questionnaireVersion, locale: LOCALES[Math.floor(rng() * 3)]!, answers: generateValidAnswers(questionnaire, rng) }),
);
let counter = 0;

export type LoadResult = { connections: number; rps: number; p50: number; p99: number; non2xx: number; errors: number };

export async function postLoad(url: string, pathName: string, connections: number, seconds: number): Promise<LoadResult> {
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    requests: [
      {
        method: "POST",
        path: pathName,
        headers: { "content-type": "application/json" },
        setupRequest: (req) => ({ ...req, body: bodies[counter++ % bodies.length]!.replace(PLACEHOLDER, randomUUID()) }),
      },
    ],
  });
  return {
    connections,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}
