import "server-only";
// Agreement between coders per frame: Cohen's kappa for every pair of coders who have
// both coded at least one of the frame's answers (usually one pair: first and blind second).
import type { Db } from "@/lib/db/client";
import { frameCodes } from "./assignments.server";
import type { CodeFrameView } from "./frames.server";
import { frameKappa, type KappaResult } from "./kappa";

export type CoderPair = { first: string; second: string; result: KappaResult };

export async function frameAgreement(db: Db, frame: CodeFrameView): Promise<CoderPair[]> {
  const codes = await frameCodes(db, frame);
  const coders = [...codes.keys()].sort();
  const emails = new Map(
    (await db.staffUser.findMany({ where: { id: { in: coders } }, select: { id: true, email: true } })).map((u) => [u.id, u.email]),
  );
  const numbers = frame.categories.map((c) => c.number);
  const pairs: CoderPair[] = [];
  for (let i = 0; i < coders.length; i++) {
    for (let j = i + 1; j < coders.length; j++) {
      const result = frameKappa(numbers, codes.get(coders[i]!)!, codes.get(coders[j]!)!);
      if (result.answers > 0) pairs.push({ first: emails.get(coders[i]!) ?? coders[i]!, second: emails.get(coders[j]!) ?? coders[j]!, result });
    }
  }
  return pairs;
}
