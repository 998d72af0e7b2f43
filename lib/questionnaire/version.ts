import type { Questionnaire } from "./types";

/** Identifies a definition version as recorded with every response, e.g. "hearing-state@1". */
export function versionOf(def: Pick<Questionnaire, "id" | "version">): string {
  return `${def.id}@${def.version}`;
}
