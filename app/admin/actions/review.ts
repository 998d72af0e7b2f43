"use server";
// Exclude or restore one response (analysts and admins), from the review page's plain
// forms (they work without JavaScript). The service audits; this authorizes and parses.
import { redirect } from "next/navigation";
import { requireStaffAction } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/client";
import { isExclusionReason } from "@/lib/review/reasons";
import { decide } from "@/lib/review/review.server";
import { RESPONSE_ID } from "@/lib/responses/submit";

export async function reviewDecisionAction(form: FormData): Promise<void> {
  const staff = await requireStaffAction("analyst");
  const responseId = String(form.get("responseId") ?? "");
  const action = form.get("decision");
  const reason = form.get("reason");
  const note = String(form.get("note") ?? "");
  const after = String(form.get("after") ?? "");
  const back = (notice: string) => `/admin/review?notice=${notice}${RESPONSE_ID.test(after) ? `&after=${after}` : ""}#top`;
  if (!RESPONSE_ID.test(responseId)) redirect(back("invalid"));
  const db = await getDb();
  let result;
  if (action === "exclude" && isExclusionReason(reason)) result = await decide(db, staff, { action: "exclude", responseId, reason, note });
  else if (action === "restore") result = await decide(db, staff, { action: "restore", responseId, note });
  if (!result?.ok) redirect(back("invalid"));
  redirect(back(action === "exclude" ? "excluded" : "restored"));
}
