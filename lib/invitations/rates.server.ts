// Response rates per batch without identifying anyone: codes issued, and codes used per
// day once that day is released (like results, lib/responses/release.ts), with every
// count below the minimum group size shown as "fewer than k" and the figures that would
// give a hidden one back (the total minus the other days, or the issued codes minus the
// used ones) hidden too (lib/dashboard/disclosure.ts). "Used" counts codes spent, with
// a response (no JavaScript) or for a token (JavaScript): a token carries no batch, so
// a response cannot be counted against its batch — which is the point.
import "server-only";
import { protectFigures, isSmall } from "@/lib/dashboard/disclosure";
import type { Db } from "@/lib/db/client";

export type Figure = { shown: number } | { fewerThan: number } | { withheld: true };
export type BatchRate = {
  id: string;
  label: string;
  region: number | null;
  issued: number;
  createdOn: string;
  validUntil: string;
  revoked: boolean;
  used: Figure;
  days: { day: string; used: Figure }[];
};

/** `releasedBefore`: days before this one are released (undefined: every day). */
export async function batchRates(db: Db, opts: { releasedBefore?: string; minGroup: number }): Promise<BatchRate[]> {
  const [batches, tallies] = await Promise.all([
    db.invitationBatch.findMany({ orderBy: [{ createdOn: "desc" }, { label: "asc" }] }),
    db.invitationTally.findMany({ where: opts.releasedBefore ? { day: { lt: opts.releasedBefore } } : {}, orderBy: [{ day: "asc" }] }),
  ]);
  const k = opts.minGroup;
  return batches.map((b) => {
    const days = tallies.filter((t) => t.batchId === b.id);
    const values = [days.reduce((s, d) => s + d.used, 0), ...days.map((d) => d.used)];
    const hidden = protectFigures(values, [{ whole: 0, parts: days.map((_, i) => i + 1) }], k, isSmall(b.size - values[0]!, k) ? [0] : []);
    const figure = (i: number): Figure => (!hidden.has(i) ? { shown: values[i]! } : hidden.get(i) === "small" ? { fewerThan: k } : { withheld: true });
    return {
      id: b.id,
      label: b.label,
      region: b.region,
      issued: b.size,
      createdOn: b.createdOn,
      validUntil: b.validUntil,
      revoked: b.revoked,
      used: figure(0),
      days: days.map((d, i) => ({ day: d.day, used: figure(i + 1) })),
    };
  });
}
