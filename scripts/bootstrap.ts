// Called by `npm start` before serving: when no staff account exists yet, creates the
// first admin from ADMIN_EMAIL / ADMIN_PASSWORD, or with a generated password printed
// to the console exactly once (it is stored only as an argon2id hash).
import { getDb } from "../lib/db/client";
import { countStaff, createStaff, generatePassword } from "../lib/auth/accounts";
import { isValidEmail } from "../lib/auth/email";
import { describeAccountProblem } from "../lib/auth/problems";

export const DEFAULT_ADMIN_EMAIL = "admin@tyndau.local";

export async function bootstrap(): Promise<void> {
  const db = await getDb();
  if ((await countStaff(db)) > 0) return;

  const email = process.env.ADMIN_EMAIL?.trim() || DEFAULT_ADMIN_EMAIL;
  if (!isValidEmail(email)) throw new Error(`ADMIN_EMAIL "${email}" is not a valid email address`);
  const given = process.env.ADMIN_PASSWORD;
  const password = given && given !== "" ? given : generatePassword();
  const created = await createStaff(db, { email, password, role: "admin" }, { actor: null, via: "bootstrap" });
  if (!created.ok) {
    throw new Error(`cannot create the first admin from ADMIN_EMAIL/ADMIN_PASSWORD: ${describeAccountProblem(created.problem)}`);
  }
  if (given) {
    console.log(`tyndau: created the first admin account ${email} (password from ADMIN_PASSWORD)`);
  } else {
    // Printed once: the next start finds an account and prints nothing.
    console.log(
      [
        "tyndau: ─────────────────────────────────────────────────────────────",
        `tyndau: created the first admin account ${email}`,
        `tyndau: one-time password: ${password}`,
        "tyndau: it is shown only now; sign in at /admin and keep it safe,",
        "tyndau: or set a new one with `npm run staff -- reset-password " + email + "`.",
        "tyndau: ─────────────────────────────────────────────────────────────",
      ].join("\n"),
    );
  }
}
