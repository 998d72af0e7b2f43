"use server";
// Coding open answers (analysts and admins): frames, categories and each coder's codes.
// The domain functions in lib/coding validate and audit; these parse the form, authorize
// and go back to the page, so every one works as a plain form post without JavaScript.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireStaffAction } from "@/lib/auth/guard";
import { setCodes } from "@/lib/coding/assignments.server";
import { ensureFrame, frameFor, saveCategory } from "@/lib/coding/frames.server";
import { getDb } from "@/lib/db/client";
import { activeQuestionnaire } from "@/lib/questionnaire/active.server";

const text = (form: FormData, name: string) => String(form.get(name) ?? "");

/** Back to the frame's page, keeping the coder's view (filter, blind mode, page, answer). */
function back(form: FormData, variable: string, extra: Record<string, string> = {}): never {
  const params = new URLSearchParams();
  for (const key of ["uncoded", "blind", "page"]) {
    const value = text(form, `view-${key}`);
    if (value) params.set(key, value);
  }
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  const qs = params.toString();
  const anchor = text(form, "anchor");
  redirect(`/admin/coding/${encodeURIComponent(variable)}${qs ? `?${qs}` : ""}${anchor ? `#${anchor}` : ""}`);
}

export async function createFrameAction(form: FormData): Promise<void> {
  const staff = await requireStaffAction("analyst");
  const variable = text(form, "variable");
  const result = await ensureFrame(await getDb(), await activeQuestionnaire(), variable, staff);
  if (!result.ok) redirect(`/admin/coding?problem=${result.problem}`);
  redirect(`/admin/coding/${encodeURIComponent(variable)}`);
}

export async function saveCategoryAction(form: FormData): Promise<void> {
  const staff = await requireStaffAction("analyst");
  const variable = text(form, "variable");
  const db = await getDb();
  const frame = await frameFor(db, variable);
  if (!frame) redirect(`/admin/coding?problem=no-frame`);
  const categoryId = text(form, "categoryId");
  const result = await saveCategory(
    db,
    { frameId: frame.id, ...(categoryId ? { categoryId } : {}), label: { kk: text(form, "kk"), ru: text(form, "ru"), en: text(form, "en") } },
    staff,
  );
  back(form, variable, result.ok ? { notice: "saved" } : { problem: result.problem });
}

/**
 * Replaces the signed-in coder's categories on one answer with the boxes ticked in its
 * form. Not audited one answer at a time (a session codes hundreds); the codes themselves
 * carry the coder.
 */
export async function setCodesAction(form: FormData): Promise<void> {
  const staff = await requireStaffAction("analyst");
  const variable = text(form, "variable");
  const db = await getDb();
  const frame = await frameFor(db, variable);
  if (!frame) redirect(`/admin/coding?problem=no-frame`);
  const categories = form.getAll("category").map((v) => Number(v)).filter((n) => Number.isInteger(n));
  const result = await setCodes(db, frame, { answer: text(form, "answer"), coderId: staff.id, categories });
  if (!result.ok) back(form, variable, { problem: result.problem });
  // With JavaScript the form posts in place; the page re-renders with the new progress.
  if (text(form, "js") === "1") {
    revalidatePath(`/admin/coding/${variable}`);
    return;
  }
  back(form, variable);
}
