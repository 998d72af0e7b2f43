// The submission's side of invitations: what a response must carry when the survey needs
// one, checked before the write; the spend itself happens in the transaction that
// stores the response (lib/responses/raw-batch-write.ts), so a code or token is spent
// exactly once and only with a stored response. Nothing of the invitation is stored
// with the response (docs/anonymity.md).
import "server-only";
import type { Db } from "@/lib/db/client";
import type { Locale } from "@/lib/questionnaire/locale";
import { getAccessMode } from "./access.server";
import { fromBase64Url, verifiedTokenHash } from "./blind.server";
import { verdictOfHash } from "./check.server";
import { parseCode } from "./code";
import { codeHash } from "./key.server";
import { invitationUi, type InvitationProblem } from "./messages";
import type { InvitationSpend } from "./spend-sql";

export type InvitationClaim = { code: string } | { token: string; signature: string };

export type InvitationCheck =
  | { status: "accepted"; spend: InvitationSpend | undefined }
  | { status: "rejected"; reason: InvitationProblem; error: string };

const rejected = (reason: InvitationProblem, locale: Locale): InvitationCheck => ({ status: "rejected", reason, error: invitationUi(locale).problems[reason] });

export async function invitationOfSubmission(db: Db, claim: InvitationClaim | undefined, locale: Locale, today: string): Promise<InvitationCheck> {
  // An open survey takes no code; one sent anyway is ignored, not spent.
  if ((await getAccessMode(db)) === "open") return { status: "accepted", spend: undefined };
  if (!claim) return rejected("missing", locale);
  if ("code" in claim) {
    const parsed = parseCode(claim.code);
    if (!parsed.ok) return rejected(parsed.reason, locale);
    const hash = codeHash(parsed.code);
    // A spent or expired code still goes to the writer: the retry of a response that
    // was stored with it (its acknowledgement lost) is a replay, and the writer decides.
    if ((await verdictOfHash(db, hash, today)) === "unknown") return rejected("unknown", locale);
    return { status: "accepted", spend: { kind: "code", hash } };
  }
  const hash = await verifiedTokenHash(fromBase64Url(claim.token), fromBase64Url(claim.signature));
  if (!hash) return rejected("unknown", locale);
  return { status: "accepted", spend: { kind: "token", hash } };
}

/** Why the writer refused to spend: another submission spent it meanwhile, as a rule. */
export async function rejectionOf(db: Db, spend: InvitationSpend | undefined, locale: Locale, today: string): Promise<{ reason: InvitationProblem; error: string }> {
  const verdict = spend?.kind === "code" ? await verdictOfHash(db, spend.hash, today) : "spent";
  const reason: InvitationProblem = verdict === "ok" ? "spent" : verdict;
  return { reason, error: invitationUi(locale).problems[reason] };
}
