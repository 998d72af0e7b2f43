// The canonical form of an answers object: JSON with keys sorted at every level, so
// two submissions with the same answers produce the same bytes (and the same hash)
// whatever order the client serialised them in.
import "server-only";
import { createHash } from "node:crypto";
import type { Answers } from "@/lib/questionnaire/types";

export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === "object") {
    const record = value as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(record)
        .sort()
        .map((key) => [key, sortKeys(record[key])]),
    );
  }
  return value;
}

/** SHA-256 (hex) of the canonical answers: what a replay is compared against. */
export function answersHash(answers: Answers): string {
  return createHash("sha256").update(canonicalJson(answers)).digest("hex");
}
