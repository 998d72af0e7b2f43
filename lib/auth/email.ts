// Staff emails are compared case-insensitively: stored trimmed and lower-cased.
import { z } from "zod";

export function normaliseEmail(raw: string): string {
  return raw.trim().toLowerCase();
}

const emailSchema = z.email();

export function isValidEmail(raw: string): boolean {
  return raw.length <= 254 && emailSchema.safeParse(normaliseEmail(raw)).success;
}
