// A secret the app keeps for itself: the environment variable when it is set, otherwise one
// random value stored once in the Setting table and shared by every instance (the first to
// store it wins). Read once per database handle and process. Used by the staff device
// cookie, the no-JS answers cookie and the started token.
import { randomBytes } from "node:crypto";
import type { Db } from "./client";

const cache = new WeakMap<Db, Map<string, Promise<string>>>();

async function load(db: Db, setting: string, fromEnv: string | undefined): Promise<string> {
  if (fromEnv) return fromEnv;
  const existing = await db.setting.findUnique({ where: { key: setting } });
  if (existing) return existing.value;
  try {
    await db.setting.create({ data: { key: setting, value: randomBytes(32).toString("base64url") } });
  } catch {
    /* another instance created it first; use theirs */
  }
  return (await db.setting.findUniqueOrThrow({ where: { key: setting } })).value;
}

export function settingSecret(db: Db, setting: string, fromEnv: string | undefined): Promise<string> {
  let byKey = cache.get(db);
  if (!byKey) cache.set(db, (byKey = new Map()));
  let secret = byKey.get(setting);
  if (!secret) {
    secret = load(db, setting, fromEnv);
    byKey.set(setting, secret);
    const forget = byKey;
    secret.catch(() => forget.delete(setting));
  }
  return secret;
}
