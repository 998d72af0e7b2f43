import type { Questionnaire } from "./types";

/** Identifies a definition version as recorded with every response, e.g. "hearing-state@1". */
export function versionOf(def: Pick<Questionnaire, "id" | "version">): string {
  return `${def.id}@${def.version}`;
}

/**
 * Whether a string sent by a client has the form of a version ("hearing-state@3"). Only
 * the form: whether the version is accepted is the server's (isAcceptedVersion).
 */
export function isVersionKey(value: unknown): value is string {
  return typeof value === "string" && value.length <= 80 && /^[a-z0-9]+(?:-[a-z0-9]+)*@\d{1,9}$/.test(value);
}
