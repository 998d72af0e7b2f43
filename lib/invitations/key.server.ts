// The secrets of invitation codes live in files outside the database
// (docs/decisions/013-invitation-codes.md): a copy of the database or of a backup holds
// keyed hashes it cannot test a code list against, and no blind-signing key.
//   INVITATION_KEY_FILE        32 random bytes (hex): the HMAC key of the codes' hashes
//   INVITATION_KEY_FILE.rsa.json the RSA key pair (JWK) that blind-signs tokens
// Both are created with mode 0600 on first use ("wx": two processes starting at once
// cannot both write one; the loser reads the winner's).
import "server-only";
import { createHmac, generateKeyPairSync, randomBytes, type JsonWebKey } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";

function readOrCreate(file: string, create: () => string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    if ((error as { code?: string }).code !== "ENOENT") throw error;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  try {
    writeFileSync(file, create(), { mode: 0o600, flag: "wx" });
  } catch (error) {
    if ((error as { code?: string }).code !== "EEXIST") throw error;
  }
  return readFileSync(file, "utf8");
}

const keys = new Map<string, Buffer>();

export function invitationKeyFile(): string {
  return path.resolve(env().INVITATION_KEY_FILE);
}

function hmacKey(file = invitationKeyFile()): Buffer {
  let key = keys.get(file);
  if (!key) {
    const hex = readOrCreate(file, () => randomBytes(32).toString("hex") + "\n").trim();
    if (!/^[0-9a-f]{64}$/.test(hex)) throw new Error(`${file}: expected 64 hex digits`);
    key = Buffer.from(hex, "hex");
    keys.set(file, key);
  }
  return key;
}

/** The stored form of a canonical (ungrouped) code: HMAC-SHA-256, hex. */
export function codeHash(code: string, file?: string): string {
  return createHmac("sha256", hmacKey(file)).update(code).digest("hex");
}

export type RsaJwkPair = { privateKey: JsonWebKey; publicKey: JsonWebKey };

/** The blind-signing key pair (RSA-2048, e = 65537), created on first use. */
export function rsaKeyPair(file = invitationKeyFile()): RsaJwkPair {
  const text = readOrCreate(`${file}.rsa.json`, () => {
    const pair = generateKeyPairSync("rsa", { modulusLength: 2048, publicExponent: 65537 });
    return JSON.stringify({ privateKey: pair.privateKey.export({ format: "jwk" }), publicKey: pair.publicKey.export({ format: "jwk" }) });
  });
  return JSON.parse(text) as RsaJwkPair;
}
