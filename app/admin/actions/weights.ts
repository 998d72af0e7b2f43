"use server";
// Raking weights (admins): upload population margins and compute, or remove the weights.
// lib/weights validates, computes and audits; this parses the form and authorizes.
import { redirect } from "next/navigation";
import { requireStaffAction } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/client";
import { activeQuestionnaire } from "@/lib/questionnaire/active.server";
import { computeWeights, removeWeights } from "@/lib/weights/compute.server";
import { MAX_MARGIN_BYTES, parseMargins } from "@/lib/weights/margins";

export async function computeWeightsAction(form: FormData): Promise<void> {
  const staff = await requireStaffAction("admin");
  const file = form.get("margins");
  if (!(file instanceof File) || file.size === 0) redirect("/admin/weights?problem=header");
  if (file.size > MAX_MARGIN_BYTES) redirect("/admin/weights?problem=tooLarge");
  const lower = Number(String(form.get("lower") ?? "").replace(",", "."));
  const upper = Number(String(form.get("upper") ?? "").replace(",", "."));
  if (!(lower > 0 && lower <= 1 && upper >= 1 && Number.isFinite(upper))) redirect("/admin/weights?problem=bounds");
  const parsed = parseMargins(await file.text(), await activeQuestionnaire());
  if (!parsed.ok) redirect(`/admin/weights?problem=${parsed.problem}`);
  await computeWeights(await getDb(), { margins: parsed.margins, rows: parsed.rows, lower, upper }, staff);
  redirect("/admin/weights?notice=computed");
}

export async function removeWeightsAction(): Promise<void> {
  const staff = await requireStaffAction("admin");
  await removeWeights(await getDb(), staff);
  redirect("/admin/weights?notice=removed");
}
