import "server-only";
// What the codebook needs from the database besides the active definition: every stored
// version, compared text by text (lib/questionnaire/text-history.ts).
import type { Db } from "@/lib/db/client";
import type { CodebookContext } from "./codebook";
import { storedVersions } from "./active.server";
import { textHistory } from "./text-history";

export async function codebookContext(db?: Db): Promise<CodebookContext> {
  return { textHistory: textHistory(await storedVersions(db)) };
}
