"use server";
// Invitation batches (admins only): revoke (unused codes stop working) and extend.
// Each is audited, without any code. Creating a batch is POST /admin/invitations/codes,
// which answers with the codes shown once.
import { redirect } from "next/navigation";
import { audit } from "@/lib/audit/log";
import { requireStaffAction } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/client";
import { extendBatch, revokeBatch } from "@/lib/invitations/batches.server";
import { submissionDate } from "@/lib/responses/release";

export async function revokeBatchAction(form: FormData): Promise<void> {
  const staff = await requireStaffAction("admin");
  const id = String(form.get("batch") ?? "");
  const db = await getDb();
  if (await revokeBatch(db, id)) await audit(db, { actor: staff, action: "invitations-revoked", details: { batch: id } });
  redirect("/admin/invitations?notice=revoked");
}

export async function extendBatchAction(form: FormData): Promise<void> {
  const staff = await requireStaffAction("admin");
  const id = String(form.get("batch") ?? "");
  const days = Number(String(form.get("days") ?? ""));
  const db = await getDb();
  const validUntil = await extendBatch(db, id, days, submissionDate());
  if (!validUntil) redirect("/admin/invitations?notice=invalid");
  await audit(db, { actor: staff, action: "invitations-extended", details: { batch: id, days, validUntil } });
  redirect("/admin/invitations?notice=extended");
}
