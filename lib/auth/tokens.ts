// Session tokens: 256 random bits in the cookie, only their SHA-256 in the database,
// so a copy of the database does not hand out live sessions.
import "server-only";
import { createHash, randomBytes } from "node:crypto";

export function newSessionToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashSessionToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
