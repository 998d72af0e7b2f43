// What the start page needs to know about invitations: whether a code is required,
// whether this browser holds an accepted one (the no-JS cookie), and the last verdict.
import "server-only";
import type { RequestContext } from "@/lib/http/request-context.server";
import { getDb } from "@/lib/db/client";
import { submissionDate } from "@/lib/responses/release";
import { getAccessMode } from "./access.server";
import { codeVerdict } from "./check.server";
import { CODE_COOKIE } from "./cookie";
import type { InvitationProblem } from "./messages";

export type StartInvitation = { required: false } | { required: true; held: boolean; problem?: InvitationProblem };

const PROBLEMS: readonly InvitationProblem[] = ["empty", "typo", "unknown", "spent", "expired", "missing", "tooMany"];

export async function startInvitation(ctx: RequestContext, verdictParam: string | undefined): Promise<StartInvitation> {
  const db = await getDb();
  if ((await getAccessMode(db)) === "open") return { required: false };
  const held = ctx.cookie(CODE_COOKIE) ?? "";
  const heldOk = held !== "" && (await codeVerdict(db, held, submissionDate())) === "ok";
  const problem = PROBLEMS.find((p) => p === verdictParam);
  return { required: true, held: heldOk, problem: heldOk ? undefined : problem };
}
