// Staff account management, shared by the admin UI and `npm run staff`. Each change is
// audited here, so neither caller can forget to. The last active admin can be neither
// disabled nor demoted: that would lock everyone out of account management.
import "server-only";
import { randomBytes, randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { audit, type AuditActor } from "@/lib/audit/log";
import { isLocale, type Locale } from "@/lib/questionnaire/locale";
import { isValidEmail, normaliseEmail } from "./email";
import { checkPassword, hashPassword, type PasswordProblem } from "./password";
import { DEFAULT_STAFF_LOCALE } from "./principal";
import type { StaffRole } from "./roles";
import { deleteSessionsOf } from "./session";

export type AccountProblem = PasswordProblem | "invalidEmail" | "emailTaken" | "notFound" | "lastAdmin";

export type AccountResult<T = undefined> = { ok: true; value: T } | { ok: false; problem: AccountProblem };

export type StaffAccount = {
  id: string;
  email: string;
  role: string;
  disabled: boolean;
  locale: string;
  createdAt: Date;
};

/** Who acts: a signed-in admin, or the command line (actor null, details.via = "cli"). */
export type Acting = { actor: AuditActor | null; via: "ui" | "cli" | "bootstrap" };

const ok = <T>(value: T): AccountResult<T> => ({ ok: true, value });
const fail = (problem: AccountProblem): AccountResult<never> => ({ ok: false, problem });

export async function countStaff(db: Db): Promise<number> {
  return db.staffUser.count();
}

export async function listStaff(db: Db): Promise<StaffAccount[]> {
  return db.staffUser.findMany({
    orderBy: { email: "asc" },
    select: { id: true, email: true, role: true, disabled: true, locale: true, createdAt: true },
  });
}

export async function findStaffByEmail(db: Db, email: string): Promise<StaffAccount | null> {
  return db.staffUser.findUnique({
    where: { email: normaliseEmail(email) },
    select: { id: true, email: true, role: true, disabled: true, locale: true, createdAt: true },
  });
}

/** A readable random password (20 base64url characters, ~120 bits). */
export function generatePassword(): string {
  return randomBytes(15).toString("base64url");
}

export async function createStaff(
  db: Db,
  input: { email: string; password: string; role: StaffRole; locale?: Locale },
  acting: Acting,
): Promise<AccountResult<StaffAccount>> {
  const email = normaliseEmail(input.email);
  if (!isValidEmail(email)) return fail("invalidEmail");
  const problem = checkPassword(input.password, email);
  if (problem) return fail(problem);
  if (await db.staffUser.findUnique({ where: { email } })) return fail("emailTaken");
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await db.staffUser.create({
      data: { id: randomUUID(), email, passwordHash, role: input.role, locale: input.locale ?? DEFAULT_STAFF_LOCALE },
      select: { id: true, email: true, role: true, disabled: true, locale: true, createdAt: true },
    });
    await audit(db, { actor: acting.actor, action: "staff-created", details: { account: email, role: input.role, via: acting.via } });
    return ok(user);
  } catch (e) {
    if (typeof e === "object" && e !== null && (e as { code?: unknown }).code === "P2002") return fail("emailTaken");
    throw e;
  }
}

async function isLastActiveAdmin(db: Db, userId: string): Promise<boolean> {
  const user = await db.staffUser.findUnique({ where: { id: userId } });
  if (!user || user.role !== "admin" || user.disabled) return false;
  const admins = await db.staffUser.count({ where: { role: "admin", disabled: false } });
  return admins <= 1;
}

export async function setStaffDisabled(db: Db, userId: string, disabled: boolean, acting: Acting): Promise<AccountResult> {
  const user = await db.staffUser.findUnique({ where: { id: userId } });
  if (!user) return fail("notFound");
  if (disabled && (await isLastActiveAdmin(db, userId))) return fail("lastAdmin");
  await db.staffUser.update({ where: { id: userId }, data: { disabled } });
  if (disabled) await deleteSessionsOf(db, userId);
  await audit(db, { actor: acting.actor, action: disabled ? "staff-disabled" : "staff-enabled", details: { account: user.email, via: acting.via } });
  return ok(undefined);
}

export async function resetStaffPassword(db: Db, userId: string, password: string, acting: Acting): Promise<AccountResult> {
  const user = await db.staffUser.findUnique({ where: { id: userId } });
  if (!user) return fail("notFound");
  const problem = checkPassword(password, user.email);
  if (problem) return fail(problem);
  await db.staffUser.update({ where: { id: userId }, data: { passwordHash: await hashPassword(password) } });
  // A reset usually means the old password leaked: end its sessions.
  await deleteSessionsOf(db, userId);
  await audit(db, { actor: acting.actor, action: "staff-password-reset", details: { account: user.email, via: acting.via } });
  return ok(undefined);
}

export async function changeStaffRole(db: Db, userId: string, role: StaffRole, acting: Acting): Promise<AccountResult> {
  const user = await db.staffUser.findUnique({ where: { id: userId } });
  if (!user) return fail("notFound");
  if (user.role === role) return ok(undefined);
  if (role !== "admin" && (await isLastActiveAdmin(db, userId))) return fail("lastAdmin");
  await db.staffUser.update({ where: { id: userId }, data: { role } });
  await audit(db, { actor: acting.actor, action: "staff-role-changed", details: { account: user.email, from: user.role, to: role, via: acting.via } });
  return ok(undefined);
}

export async function setStaffLocale(db: Db, userId: string, locale: string): Promise<void> {
  if (!isLocale(locale)) return;
  await db.staffUser.update({ where: { id: userId }, data: { locale } });
}
