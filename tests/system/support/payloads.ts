// Valid, varied submissions for system tests and benchmarks, from the
// questionnaire's own generator (every routing path, every item kind, Kazakh
// and Russian open answers).
import { randomUUID } from "node:crypto";
import { LOCALES, generateValidAnswers, mulberry32, questionnaire, questionnaireVersion, type Answers, type Locale } from "@/lib/questionnaire";

export type Submission = { id: string; questionnaireVersion: string; locale: Locale; answers: Answers };

export function submissionFactory(seed: number): () => Submission {
  const rng = mulberry32(seed);
  return () => ({
    id: randomUUID(),
    questionnaireVersion,
    locale: LOCALES[Math.floor(rng() * LOCALES.length)]!,
    answers: generateValidAnswers(questionnaire, rng),
  });
}

export async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: unknown; headers: Headers }> {
  const r = await fetch(`${url}/api/responses`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  const text = await r.text();
  let json: unknown = text;
  try {
    json = JSON.parse(text);
  } catch {
    /* not JSON: kept as text */
  }
  return { status: r.status, json, headers: r.headers };
}
