// A seeded generator of hostile submissions for POST /api/responses. Every
// case is built to be INVALID by construction (a valid one slipping through
// would be stored, and the fuzz test would rightly fail), and carries a label
// saying which class of bad input it is.
import fc from "fast-check";
import { answerVariables, questionnaire, type Answers } from "@/lib/questionnaire";
import { submissionFactory, type Submission } from "./payloads";

export type HostileRequest = { kind: string; contentType: string | null; body: Uint8Array };

const encoder = new TextEncoder();
const variables = answerVariables(questionnaire);
const declared = new Set(variables.map((v) => v.variable));
const byName = new Map(variables.map((v) => [v.variable, v]));

const json = (contentType: string | null, kind: string, value: unknown): HostileRequest => ({ kind, contentType, body: encoder.encode(JSON.stringify(value)) });
const raw = (contentType: string | null, kind: string, text: string): HostileRequest => ({ kind, contentType, body: encoder.encode(text) });
const JSON_TYPE = "application/json";

/** A value of the wrong type for the variable's kind. */
function wrongTypeFor(variable: string): fc.Arbitrary<unknown> {
  const type = byName.get(variable)?.valueType;
  const notNumber = fc.oneof(fc.string(), fc.boolean(), fc.constant(null), fc.object({ maxDepth: 1 }), fc.array(fc.string(), { minLength: 1, maxLength: 3 }));
  // (An empty list or blank string counts as "not answered" for any item, which
  // is valid for an optional open question, so those are not generated here.)
  if (type === "text") return fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.integer(), { minLength: 1, maxLength: 3 }), fc.object({ maxDepth: 1 }));
  if (type === "codes") return fc.oneof(fc.integer(), fc.string(), fc.constant(null), fc.array(fc.string(), { minLength: 1, maxLength: 3 }), fc.array(fc.double({ min: 0.1, max: 0.9 }), { minLength: 1, maxLength: 2 }));
  return fc.oneof(notNumber, fc.double({ min: 1.01, max: 1.99 }), fc.constant(Number.MAX_SAFE_INTEGER * 8), fc.array(fc.integer(), { minLength: 2, maxLength: 3 }));
}

export function hostileRequests(seed: number): fc.Arbitrary<HostileRequest> {
  const base = submissionFactory(seed);
  const submission = fc.integer().map(() => base());
  const withAnswers = (f: (s: Submission) => fc.Arbitrary<HostileRequest>) => submission.chain(f);
  const presentVariable = (s: Submission) => fc.constantFrom(...Object.keys(s.answers));
  const requiredCodeVariable = (s: Submission) =>
    fc.constantFrom(...Object.keys(s.answers).filter((v) => byName.get(v)?.required && byName.get(v)?.valueType !== "text"));
  const replace = (s: Submission, answers: Answers | Record<string, unknown>) => ({ ...s, answers });

  return fc.oneof(
    // Wrong types for a declared variable.
    withAnswers((s) => presentVariable(s).chain((v) => wrongTypeFor(v).map((bad) => json(JSON_TYPE, "wrong type", replace(s, { ...s.answers, [v]: bad }))))),
    // Unknown variables.
    withAnswers((s) =>
      fc
        .string({ minLength: 1, maxLength: 20 })
        .filter((k) => !declared.has(k) && !["__proto__", "constructor", "prototype"].includes(k))
        .map((k) => json(JSON_TYPE, "unknown variable", replace(s, { ...s.answers, [k]: 1 }))),
    ),
    // Duplicate variables (in the raw text; JSON.parse would silently keep the last).
    withAnswers((s) =>
      presentVariable(s).map((v) => {
        const text = JSON.stringify(s);
        const key = `"${v}":`;
        return raw(JSON_TYPE, "duplicate variable", text.replace(key, `${key}${JSON.stringify(s.answers[v])},${key}`));
      }),
    ),
    // Prototype keys anywhere.
    withAnswers((s) =>
      fc.constantFrom("__proto__", "constructor", "prototype").chain((k) =>
        fc.constantFrom(
          raw(JSON_TYPE, "prototype key", JSON.stringify(s).replace('"answers":{', `"answers":{"${k}":{"isAdmin":true},`)),
          raw(JSON_TYPE, "prototype key", JSON.stringify(s).replace("{", `{"${k}":{"polluted":1},`)),
        ),
      ),
    ),
    // A required closed answer missing; an unknown code; a float code.
    withAnswers((s) =>
      requiredCodeVariable(s).map((v) => {
        const { [v]: _dropped, ...rest } = s.answers;
        return json(JSON_TYPE, "missing required", replace(s, rest));
      }),
    ),
    withAnswers((s) =>
      requiredCodeVariable(s).chain((v) =>
        fc.integer({ min: 100, max: 100_000 }).map((code) => {
          const value = Array.isArray(s.answers[v]) ? [code] : code;
          return json(JSON_TYPE, "unknown code", replace(s, { ...s.answers, [v]: value }));
        }),
      ),
    ),
    // Deep nesting, huge arrays and strings (some over the body limit).
    withAnswers((s) =>
      fc.integer({ min: 20, max: 50_000 }).map((depth) => raw(JSON_TYPE, "deep nesting", JSON.stringify(s).replace('"answers":{', `"answers":{"Q1":${"[".repeat(depth)}${"]".repeat(depth)},`))),
    ),
    withAnswers((s) =>
      fc.integer({ min: 50, max: 40_000 }).map((n) => json(JSON_TYPE, "huge array", replace(s, { ...s.answers, Q11: Array.from({ length: n }, (_, i) => (i % 5) + 1) }))),
    ),
    withAnswers((s) =>
      fc.integer({ min: 1_001, max: 120_000 }).map((n) => json(JSON_TYPE, "huge string", replace(s, { ...s.answers, Q22: "Ә".repeat(n) }))),
    ),
    // Control characters in open text.
    withAnswers((s) =>
      fc.constantFrom("\u0000", "\u0007", "\u001b[31m", "\u202e", "\u0085").map((c) => json(JSON_TYPE, "control characters", replace(s, { ...s.answers, Q22: `ТЕКСТ${c}ТЕКСТ` }))),
    ),
    // Envelope errors.
    withAnswers((s) =>
      fc.constantFrom<[string, unknown]>(
        ["bad id", { ...s, id: "not-a-uuid" }],
        ["bad id", { ...s, id: 12 }],
        ["bad version", { ...s, questionnaireVersion: "hearing-state@999" }],
        ["bad locale", { ...s, locale: "de" }],
        ["answers not an object", { ...s, answers: [1, 2, 3] }],
        ["answers not an object", { ...s, answers: "S1=1" }],
        ["missing answers", { id: s.id, questionnaireVersion: s.questionnaireVersion, locale: s.locale }],
      ).map(([kind, value]) => json(JSON_TYPE, kind, value)),
    ),
    fc.oneof(fc.integer(), fc.string(), fc.constant(null), fc.array(fc.integer())).map((v) => json(JSON_TYPE, "not an object", v)),
    // Invalid UTF-8 inside an otherwise valid submission.
    withAnswers((s) =>
      fc.constantFrom([0xc3, 0x28], [0xff], [0xed, 0xa0, 0x80], [0xe2, 0x82]).map((bytes) => {
        const text = JSON.stringify({ ...s, answers: { ...s.answers, Q22: "AAAA" } });
        const at = text.indexOf("AAAA");
        const head = encoder.encode(text.slice(0, at));
        const tail = encoder.encode(text.slice(at + 4));
        return { kind: "invalid UTF-8", contentType: JSON_TYPE, body: new Uint8Array([...head, ...bytes, ...tail]) };
      }),
    ),
    // Wrong content types and truncated JSON.
    withAnswers((s) =>
      fc.constantFrom(null, "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/jsonp", "text/json").map((type) => json(type, "wrong content type", s)),
    ),
    withAnswers((s) => {
      const text = JSON.stringify(s);
      return fc.integer({ min: 0, max: text.length - 1 }).map((cut) => raw(JSON_TYPE, "truncated JSON", text.slice(0, cut)));
    }),
    // Over the body limit.
    fc.integer({ min: 65 * 1024, max: 300 * 1024 }).map((n) => raw(JSON_TYPE, "over the limit", `{"pad":"${"x".repeat(n)}"}`)),
  );
}
