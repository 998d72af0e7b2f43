// Invitation codes for the browser tests, made the way the server makes them (the same
// key file, the same hash), written straight into the e2e database, and the access mode.
import Database from "better-sqlite3";
import { createHmac, randomBytes, randomUUID } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { generateCode } from "@/lib/invitations/code";
import { E2E_DATABASE_FILE, E2E_INVITATION_KEY_FILE } from "./paths";

function key(): Buffer {
  mkdirSync(path.dirname(E2E_INVITATION_KEY_FILE), { recursive: true });
  try {
    writeFileSync(E2E_INVITATION_KEY_FILE, randomBytes(32).toString("hex") + "\n", { mode: 0o600, flag: "wx" });
  } catch {
    // The server made it first.
  }
  return Buffer.from(readFileSync(E2E_INVITATION_KEY_FILE, "utf8").trim(), "hex");
}

/** A batch of `count` codes valid for a year; returns the codes (grouped). */
export function issueCodes(count: number): string[] {
  const k = key();
  const codes = Array.from({ length: count }, generateCode);
  const db = new Database(E2E_DATABASE_FILE, { fileMustExist: true });
  try {
    const id = randomUUID();
    db.prepare(`INSERT INTO "InvitationBatch" ("id","label","region","size","createdOn","validUntil","revoked") VALUES (?,?,NULL,?,?,?,0)`).run(id, `e2e ${id.slice(0, 4)}`, count, "2000-01-01", "2999-12-31");
    const insert = db.prepare(`INSERT INTO "InvitationCode" ("hash","batchId","spent") VALUES (?,?,0)`);
    for (const c of codes) insert.run(createHmac("sha256", k).update(c.replace(/-/g, "")).digest("hex"), id);
  } finally {
    db.close();
  }
  return codes;
}

export function isSpent(code: string): boolean {
  const db = new Database(E2E_DATABASE_FILE, { readonly: true, fileMustExist: true });
  try {
    const row = db.prepare(`SELECT "spent" FROM "InvitationCode" WHERE "hash" = ?`).get(createHmac("sha256", key()).update(code.replace(/-/g, "")).digest("hex")) as { spent: number } | undefined;
    return row?.spent === 1;
  } finally {
    db.close();
  }
}

export function setAccessInDb(access: "open" | "code"): void {
  const db = new Database(E2E_DATABASE_FILE, { fileMustExist: true });
  try {
    db.prepare(`INSERT INTO "Setting" ("key", "value") VALUES ('survey.access', ?) ON CONFLICT("key") DO UPDATE SET "value" = excluded."value"`).run(access);
  } finally {
    db.close();
  }
}

/** A wrong symbol in the last group: the check symbol catches it. */
export function mistype(code: string): string {
  const last = code.at(-1) === "0" ? "1" : "0";
  return code.slice(0, -1) + last;
}
