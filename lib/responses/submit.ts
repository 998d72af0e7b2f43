// POST /api/responses semantics, independent of HTTP: check the envelope, refuse when
// the survey is closed, validate the answers with the questionnaire's own validator,
// then store them idempotently. The route handler maps the result to a status code.
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { apiMessage, type ApiMessageKey } from "@/lib/i18n/api";
import { DEFAULT_LOCALE } from "@/lib/i18n/negotiate";
import { questionnaire, questionnaireVersion } from "@/lib/questionnaire/definition";
import { isLocale, LOCALES, type Locale } from "@/lib/questionnaire/locale";
import { validateSubmission } from "@/lib/questionnaire/validate";
import { submitToStore, type RateRule } from "./batch-store";
import { recordQuestionnaireVersion } from "./versions";

export interface SubmitError {
  variable: string;
  message: string;
}

export type SubmitResult =
  | { status: "created"; id: string }
  | { status: "replayed"; id: string }
  | { status: "conflict"; id: string; error: string }
  | { status: "invalid"; error: string; errors: SubmitError[] }
  | { status: "closed"; error: string }
  | { status: "rateLimited"; error: string; retryAfterSeconds: number };

export interface SubmitOptions {
  /** Today's UTC date, YYYY-MM-DD: the only time information a response keeps. */
  today: string;
  /** Language for messages when the payload has no valid locale (from Accept-Language). */
  fallbackLocale?: Locale;
  /**
   * The per-address submission limit. Counted inside the transaction that
   * stores the submission, so only submissions that would be stored count.
   */
  rate?: RateRule;
}

const envelopeSchema = z.strictObject({
  id: z.uuid(),
  questionnaireVersion: z.string(),
  locale: z.enum(LOCALES as [Locale, ...Locale[]]),
  answers: z.record(z.string(), z.unknown()),
});

const FIELD_MESSAGES: Record<string, ApiMessageKey> = {
  id: "badId",
  questionnaireVersion: "badVersion",
  locale: "badLocale",
  answers: "badAnswers",
};

function envelopeErrors(body: unknown, locale: Locale): SubmitError[] {
  const parsed = envelopeSchema.safeParse(body);
  const errors: SubmitError[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      if (issue.code === "unrecognized_keys") {
        for (const key of issue.keys) errors.push({ variable: key, message: `${key}: ${apiMessage(locale, "unknownField")}` });
        continue;
      }
      const field = typeof issue.path[0] === "string" ? issue.path[0] : "";
      const key = FIELD_MESSAGES[field];
      if (key && !errors.some((e) => e.variable === field)) errors.push({ variable: field, message: apiMessage(locale, key) });
      if (!key && field === "") errors.push({ variable: "", message: apiMessage(locale, "invalidRequest") });
    }
  } else if (parsed.data.questionnaireVersion !== questionnaireVersion) {
    errors.push({ variable: "questionnaireVersion", message: apiMessage(locale, "badVersion") });
  }
  return errors;
}

export async function submitResponse(db: Db, body: unknown, opts: SubmitOptions): Promise<SubmitResult> {
  const claimed = (body as { locale?: unknown } | null)?.locale;
  const locale: Locale = isLocale(claimed) ? claimed : (opts.fallbackLocale ?? DEFAULT_LOCALE);

  const shapeErrors = envelopeErrors(body, locale);
  if (shapeErrors.length > 0) {
    return { status: "invalid", error: apiMessage(locale, "invalidRequest"), errors: shapeErrors };
  }
  const envelope = envelopeSchema.parse(body);

  const validated = validateSubmission(questionnaire, envelope.answers, envelope.locale);
  if (!validated.ok) {
    return {
      status: "invalid",
      error: apiMessage(locale, "invalidAnswers"),
      errors: validated.errors.map(({ variable, message }) => ({ variable, message })),
    };
  }

  await recordQuestionnaireVersion(db, questionnaire);
  // Group commit: this submission is decided (survey open? replay? conflict?
  // within the rate limit?) and written together with concurrent ones, in one
  // transaction, and we return only after it has committed.
  const outcome = await submitToStore(db, {
    record: {
      id: envelope.id,
      questionnaireVersion: envelope.questionnaireVersion,
      locale: envelope.locale,
      submittedOn: opts.today,
      answers: validated.answers,
    },
    rate: opts.rate,
  });
  switch (outcome.status) {
    case "created":
    case "replayed":
      return { status: outcome.status, id: envelope.id };
    case "conflict":
      return { status: "conflict", id: envelope.id, error: apiMessage(locale, "conflict") };
    case "closed":
      // A retry of a response stored before closing was answered "replayed" above.
      return { status: "closed", error: apiMessage(locale, "closed") };
    case "rateLimited":
      return { status: "rateLimited", error: apiMessage(locale, "rateLimited"), retryAfterSeconds: outcome.retryAfterSeconds };
  }
}

/** Today's date in UTC as YYYY-MM-DD. */
export function utcDate(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
