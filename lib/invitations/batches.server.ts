// Batches of invitation codes: created by an admin for one mailing, shown once, then
// only their keyed hashes remain (docs/decisions/013-invitation-codes.md).
import "server-only";
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { addDays } from "@/lib/responses/release";
import { generateCode } from "./code";
import { codeHash } from "./key.server";

/** Fewer codes than this would make a batch's respondents stand out; more is a mistake. */
export const MIN_BATCH = 10;
export const MAX_BATCH = 20_000;
export const LABEL_MAX = 80;
/** Default life of a batch's codes, in days from its creation. */
export const DEFAULT_VALID_DAYS = 60;

export type BatchRequest = { label: string; count: number; region?: number | null; validDays?: number };
export type BatchProblem = "label" | "count" | "region" | "validDays";

export function batchProblems(req: BatchRequest): BatchProblem[] {
  const problems: BatchProblem[] = [];
  const label = req.label.trim();
  if (label === "" || label.length > LABEL_MAX) problems.push("label");
  if (!Number.isInteger(req.count) || req.count < MIN_BATCH || req.count > MAX_BATCH) problems.push("count");
  if (req.region != null && (!Number.isInteger(req.region) || req.region < 0 || req.region > 999)) problems.push("region");
  if (req.validDays !== undefined && (!Number.isInteger(req.validDays) || req.validDays < 1 || req.validDays > 366)) problems.push("validDays");
  return problems;
}

export type CreatedBatch = { id: string; label: string; region: number | null; validUntil: string; codes: string[] };

/**
 * Creates a batch and returns its codes — the only time they exist outside the people's
 * hands. Rows are inserted in hash order, not in the order of the returned list (the
 * order a mail merge hands codes to people).
 */
export async function createBatch(db: Db, req: BatchRequest, today: string): Promise<CreatedBatch> {
  const problems = batchProblems(req);
  if (problems.length > 0) throw new Error(`invalid batch: ${problems.join(", ")}`);
  const codes = new Set<string>();
  while (codes.size < req.count) codes.add(generateCode());
  const list = [...codes];
  const hashes = list.map((c) => codeHash(c.replace(/-/g, ""))).sort();
  const id = randomUUID();
  const validUntil = addDays(today, req.validDays ?? DEFAULT_VALID_DAYS);
  const region = req.region ?? null;
  await db.$transaction(async (tx) => {
    await tx.invitationBatch.create({ data: { id, label: req.label.trim(), region, size: list.length, createdOn: today, validUntil } });
    for (let from = 0; from < hashes.length; from += 500) {
      await tx.invitationCode.createMany({ data: hashes.slice(from, from + 500).map((hash) => ({ hash, batchId: id })) });
    }
  }, { timeout: 60_000 });
  return { id, label: req.label.trim(), region, validUntil, codes: list };
}

export type BatchSummary = { id: string; label: string; region: number | null; size: number; createdOn: string; validUntil: string; revoked: boolean };

export async function listBatches(db: Db): Promise<BatchSummary[]> {
  return db.invitationBatch.findMany({ orderBy: [{ createdOn: "desc" }, { label: "asc" }] });
}

/** Unspent codes of a revoked batch stop working at once; spent ones stay spent. */
export async function revokeBatch(db: Db, id: string): Promise<boolean> {
  return (await db.invitationBatch.updateMany({ where: { id, revoked: false }, data: { revoked: true } })).count === 1;
}

/** Moves the last valid day `days` later than today or than the current one, whichever is later. */
export async function extendBatch(db: Db, id: string, days: number, today: string): Promise<string | null> {
  const batch = await db.invitationBatch.findUnique({ where: { id } });
  if (!batch || batch.revoked || !Number.isInteger(days) || days < 1 || days > 366) return null;
  const from = batch.validUntil > today ? batch.validUntil : today;
  const validUntil = addDays(from, days);
  await db.invitationBatch.update({ where: { id }, data: { validUntil } });
  return validUntil;
}
