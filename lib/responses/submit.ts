// POST /api/responses semantics, independent of HTTP: check the envelope, refuse when
// the survey is closed, validate the answers with the questionnaire's own validator,
// then store them idempotently. The route handler maps the result to a status code.
import "server-only";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { nowMs } from "@/lib/clock";
import { recordWriteFailure } from "@/lib/db/write-failures";
import { apiMessage, type ApiMessageKey } from "@/lib/i18n/api";
import { DEFAULT_LOCALE } from "@/lib/i18n/negotiate";
import { activeQuestionnaire, isAcceptedVersion } from "@/lib/questionnaire/active.server";
import { isLocale, LOCALES, type Locale } from "@/lib/questionnaire/locale";
import { validateSubmission } from "@/lib/questionnaire/validate";
import { invitationOfSubmission, rejectionOf, type InvitationClaim } from "@/lib/invitations/submission.server";
import type { InvitationProblem } from "@/lib/invitations/messages";
import { spendStartedToken } from "@/lib/quality/started-token.server";
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
  | { status: "invitation"; reason: InvitationProblem; error: string }
  | { status: "rateLimited"; error: string; retryAfterSeconds: number }
  | { status: "unavailable"; error: string; retryAfterSeconds: number };

export interface SubmitOptions {
  /** Today's date in RESULTS_TIMEZONE, YYYY-MM-DD: the only time information a response keeps. */
  today: string;
  /** Language for messages when the payload has no valid locale (from Accept-Language). */
  fallbackLocale?: Locale;
  /**
   * The per-address submission limit. Counted inside the transaction that
   * stores the submission, so only submissions that would be stored count.
   */
  rate?: RateRule;
}

/**
 * Response ids: lowercase random (version 4, RFC 9562 variant) UUIDs only. A v1 id
 * carries a time and a MAC address, a v7 id a millisecond time, the nil UUID is
 * nobody's, and the same UUID in two cases would be stored twice.
 */
export const RESPONSE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const envelopeSchema = z.strictObject({
  id: z.string().regex(RESPONSE_ID),
  questionnaireVersion: z.string(),
  locale: z.enum(LOCALES as [Locale, ...Locale[]]),
  answers: z.record(z.string(), z.unknown()),
  // Only read when the survey needs an invitation (lib/invitations/access.server.ts);
  // spent with the response, never stored with it.
  invitation: z.union([z.strictObject({ code: z.string().max(64) }), z.strictObject({ token: z.string().max(400), signature: z.string().max(400) })]).optional(),
  /** The sealed "started" token of the first question page, if the client kept it (lib/quality/started-token.server.ts). */
  started: z.string().max(200).optional(),
});

const FIELD_MESSAGES: Record<string, ApiMessageKey> = {
  id: "badId",
  questionnaireVersion: "badVersion",
  locale: "badLocale",
  answers: "badAnswers",
  invitation: "invalidRequest",
  started: "invalidRequest",
};

async function envelopeErrors(db: Db, body: unknown, locale: Locale): Promise<SubmitError[]> {
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
  } else if (!(await isAcceptedVersion(parsed.data.questionnaireVersion, db))) {
    // An earlier version is accepted when it is a text version of the active one (same
    // structure) or its codes and routing are a subset of it (lib/questionnaire/versions.test.ts):
    // a draft begun on a phone before a publish or a deploy, or waiting in its outbox, is
    // still stored, under the version it began with.
    errors.push({ variable: "questionnaireVersion", message: apiMessage(locale, "badVersion") });
  }
  return errors;
}

export async function submitResponse(db: Db, body: unknown, opts: SubmitOptions): Promise<SubmitResult> {
  const claimed = (body as { locale?: unknown } | null)?.locale;
  const locale: Locale = isLocale(claimed) ? claimed : (opts.fallbackLocale ?? DEFAULT_LOCALE);

  const shapeErrors = await envelopeErrors(db, body, locale);
  if (shapeErrors.length > 0) {
    return { status: "invalid", error: apiMessage(locale, "invalidRequest"), errors: shapeErrors };
  }
  const envelope = envelopeSchema.parse(body);

  const questionnaire = await activeQuestionnaire(db);
  const validated = validateSubmission(questionnaire, envelope.answers, envelope.locale);
  if (!validated.ok) {
    return {
      status: "invalid",
      error: apiMessage(locale, "invalidAnswers"),
      errors: validated.errors.map(({ variable, message }) => ({ variable, message })),
    };
  }

  // Group commit: this submission is decided (survey open? replay? conflict?
  // within the rate limit?) and written together with concurrent ones, in one
  // transaction, and we return only after it has committed. A database that
  // cannot take the write (disk full, read-only file, server gone) is answered
  // 503 with Retry-After in the respondent's language: the answers stay in the
  // browser's outbox and are sent again.
  const invitation = await invitationOfSubmission(db, envelope.invitation as InvitationClaim | undefined, envelope.locale, opts.today);
  if (invitation.status === "rejected") return { status: "invitation", reason: invitation.reason, error: invitation.error };

  let outcome;
  try {
    await recordQuestionnaireVersion(db, questionnaire);
    // Only the band is kept; a missing, forged, expired or spent token leaves it unknown.
    const completionBand = await spendStartedToken(db, envelope.started, nowMs());
    outcome = await submitToStore(db, {
      record: {
        id: envelope.id,
        questionnaireVersion: envelope.questionnaireVersion,
        locale: envelope.locale,
        submittedOn: opts.today,
        answers: validated.answers,
        completionBand,
      },
      rate: opts.rate,
      invitation: invitation.spend,
    });
  } catch (error) {
    // Logged once per change of state, with the database's error code only (lib/db/write-failures.ts).
    recordWriteFailure(error);
    return { status: "unavailable", error: apiMessage(locale, "unavailable"), retryAfterSeconds: UNAVAILABLE_RETRY_SECONDS };
  }
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
    case "invitationRejected":
      return { status: "invitation", ...(await rejectionOf(db, invitation.spend, envelope.locale, opts.today)) };
  }
}

/** Seconds a client is asked to wait after a failed database write. */
export const UNAVAILABLE_RETRY_SECONDS = 30;
