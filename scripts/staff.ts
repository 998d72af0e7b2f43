// `npm run staff -- <command>`: manage staff accounts from the command line.
//   add <email> [--role admin|analyst|viewer|translator] [--locale kk|ru|en] [--password-stdin]
//   list
//   reset-password <email> [--password-stdin]
//   disable <email> | enable <email>
//   role <email> admin|analyst|viewer|translator
// Without --password-stdin a strong password is generated and printed once.
// Every change is written to the audit log with via = "cli".
import { readFileSync } from "node:fs";
import { getDb } from "../lib/db/client";
import {
  changeStaffRole,
  createStaff,
  findStaffByEmail,
  generatePassword,
  listStaff,
  resetStaffPassword,
  setStaffDisabled,
  type Acting,
} from "../lib/auth/accounts";
import { describeAccountProblem } from "../lib/auth/problems";
import { isStaffRole } from "../lib/auth/roles";
import { isLocale } from "../lib/questionnaire/locale";

const USAGE = `usage: npm run staff -- <command>
  add <email> [--role admin|analyst|viewer|translator] [--locale kk|ru|en] [--password-stdin]
  list
  reset-password <email> [--password-stdin]
  disable <email>
  enable <email>
  role <email> admin|analyst|viewer|translator`;

const CLI: Acting = { actor: null, via: "cli" };

function fail(message: string): never {
  console.error(`staff: ${message}`);
  process.exit(1);
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function newPassword(args: string[]): { password: string; generated: boolean } {
  if (args.includes("--password-stdin")) {
    const password = readFileSync(0, "utf8").replace(/\r?\n$/, "");
    return { password, generated: false };
  }
  return { password: generatePassword(), generated: true };
}

async function main(argv: string[]): Promise<void> {
  const [command, ...args] = argv;
  const db = await getDb();
  try {
    switch (command) {
      case "list": {
        const rows = await listStaff(db);
        if (rows.length === 0) console.log("no staff accounts");
        for (const r of rows) {
          console.log(`${r.email}\t${r.role}\t${r.disabled ? "disabled" : "active"}\t${r.locale}\tcreated ${r.createdAt.toISOString().slice(0, 10)}`);
        }
        return;
      }
      case "add": {
        const email = args[0];
        if (!email || email.startsWith("--")) fail(`add needs an email\n${USAGE}`);
        const role = option(args, "--role") ?? "analyst";
        if (!isStaffRole(role)) fail("--role must be admin, analyst, viewer or translator");
        const locale = option(args, "--locale") ?? "ru";
        if (!isLocale(locale)) fail("--locale must be kk, ru or en");
        const { password, generated } = newPassword(args);
        const result = await createStaff(db, { email, password, role, locale }, CLI);
        if (!result.ok) fail(describeAccountProblem(result.problem));
        console.log(`created ${result.value.email} (${role})`);
        if (generated) console.log(`one-time password: ${password}`);
        return;
      }
      case "reset-password":
      case "disable":
      case "enable":
      case "role": {
        const email = args[0];
        if (!email || email.startsWith("--")) fail(`${command} needs an email\n${USAGE}`);
        const account = await findStaffByEmail(db, email);
        if (!account) fail(`no account ${email}`);
        if (command === "reset-password") {
          const { password, generated } = newPassword(args);
          const result = await resetStaffPassword(db, account.id, password, CLI);
          if (!result.ok) fail(describeAccountProblem(result.problem));
          console.log(`password of ${account.email} reset; its sessions were signed out`);
          if (generated) console.log(`one-time password: ${password}`);
        } else if (command === "role") {
          const role = args[1];
          if (!isStaffRole(role)) fail("role must be admin, analyst, viewer or translator");
          const result = await changeStaffRole(db, account.id, role, CLI);
          if (!result.ok) fail(describeAccountProblem(result.problem));
          console.log(`${account.email} is now ${role}`);
        } else {
          const result = await setStaffDisabled(db, account.id, command === "disable", CLI);
          if (!result.ok) fail(describeAccountProblem(result.problem));
          console.log(`${account.email} ${command}d`);
        }
        return;
      }
      default:
        fail(command ? `unknown command "${command}"\n${USAGE}` : USAGE);
    }
  } finally {
    await db.$disconnect();
  }
}

main(process.argv.slice(2)).catch((e: unknown) => fail(e instanceof Error ? e.message : String(e)));
