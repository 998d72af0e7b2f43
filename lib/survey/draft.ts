// The draft on the respondent's device (localStorage). It holds the response id, the
// answers, the last page visited and the questionnaire version the respondent began under
// (recorded with the response); nothing about time. It is keyed by the draft scope, not by
// the version: the scope (lib/questionnaire/active.server.ts, activeDraftScope) stays the
// same across text versions, so a publish while a respondent is mid-way does not orphan
// their draft, and changes with the structure, so old answers never mix with a new
// structure (docs/decisions/011-questionnaire-versions.md). After a successful submission
// the draft is removed and a content-free marker (`tyndau:answered:<scope>` = "1")
// remembers only that this device has answered: never the response id, which is in every
// export and would link whoever uses this device to their row (docs/anonymity.md, the
// respondent's device). Before draft scopes the key was the version; the scope is the
// earliest version of the structure, so a draft kept under it by an older build is found.
import { isVersionKey } from "@/lib/questionnaire/version";
import { newResponseId } from "./id";
import type { FormValues } from "./answers";

export interface Draft {
  id: string;
  answers: FormValues;
  /** Path below the locale of the last page visited, e.g. "/part/2". */
  lastPath: string;
  /** The version the draft began under, e.g. "hearing-state@2"; absent in drafts of older builds. */
  version?: string;
}

const draftKey = (scope: string) => `tyndau:draft:${scope}`;
const answeredKey = (scope: string) => `tyndau:answered:${scope}`;
/** Older builds kept `{"id": …}` here; it is replaced by the answered marker when seen. */
const legacySubmittedKey = (scope: string) => `tyndau:submitted:${scope}`;

// localStorage can be missing or throw (privacy modes, full quota); the survey still works
// for the current page then, it just cannot remember.
function storage(): Storage | undefined {
  try {
    return typeof window === "undefined" ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}

function isDraft(value: unknown): value is Draft {
  const d = value as Partial<Draft> | null;
  return (
    typeof d === "object" &&
    d !== null &&
    typeof d.id === "string" &&
    typeof d.lastPath === "string" &&
    // Only a page of this survey: never another site ("//host") via a tampered draft.
    /^\/[a-z0-9/]*$/.test(d.lastPath) &&
    typeof d.answers === "object" &&
    d.answers !== null &&
    !Array.isArray(d.answers) &&
    (d.version === undefined || isVersionKey(d.version))
  );
}

export function loadDraft(scope: string): Draft | undefined {
  try {
    const raw = storage()?.getItem(draftKey(scope));
    if (!raw) return undefined;
    const parsed: unknown = JSON.parse(raw);
    return isDraft(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

export function saveDraft(scope: string, draft: Draft): void {
  try {
    storage()?.setItem(draftKey(scope), JSON.stringify(draft));
  } catch {
    // Quota exceeded or storage disabled: nothing better to do than keep going.
  }
}

/** A new draft begun under `version` (the one the page shows now). */
export function newDraft(lastPath: string, version: string): Draft {
  return { id: newResponseId(), answers: {}, lastPath, version };
}

/**
 * The version a response from this draft records: the one it began under, so that a
 * respondent who started before a publish is counted under the wording they started
 * with. `current` (the page's version) for a draft of an older build, which kept none.
 */
export function draftVersion(draft: Draft, current: string): string {
  return draft.version ?? current;
}

export function clearDraft(scope: string): void {
  try {
    storage()?.removeItem(draftKey(scope));
  } catch {
    // ignore: see storage()
  }
}

/**
 * Remembers that this device has answered (in this scope): "1", nothing else. The optional
 * second argument is accepted for older callers and deliberately NOT stored.
 */
export function markSubmitted(scope: string, ..._ignoredId: string[]): void {
  try {
    storage()?.setItem(answeredKey(scope), "1");
    storage()?.removeItem(legacySubmittedKey(scope));
  } catch {
    // ignore: see storage()
  }
}

export function wasSubmitted(scope: string): boolean {
  try {
    const s = storage();
    if (s?.getItem(legacySubmittedKey(scope))) markSubmitted(scope); // drops an id kept by an older build
    return s?.getItem(answeredKey(scope)) === "1";
  } catch {
    return false;
  }
}

export function forgetSubmitted(scope: string): void {
  try {
    storage()?.removeItem(answeredKey(scope));
    storage()?.removeItem(legacySubmittedKey(scope));
  } catch {
    // ignore: see storage()
  }
}

/** Whether the draft holds any answer yet (an empty draft is not worth "continue"). */
export function hasAnswers(draft: Draft | undefined): boolean {
  return draft !== undefined && Object.values(draft.answers).some((v) => v !== undefined && v !== null && v !== "" && !(Array.isArray(v) && v.length === 0));
}

// --- Reading the device state from React -------------------------------------------
// localStorage is an external store: components read it with useSyncExternalStore, so
// the server render (and hydration) shows the "loading" state and the browser then
// re-renders with what the device holds, without setState-in-effect cascades.

export const DEVICE_EVENT = "tyndau:device-state";

export interface DeviceState {
  draft: Draft | undefined;
  submitted: boolean;
}

export function subscribeDevice(onChange: () => void): () => void {
  window.addEventListener("storage", onChange);
  window.addEventListener(DEVICE_EVENT, onChange);
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener(DEVICE_EVENT, onChange);
  };
}

/** A string that changes exactly when the device state changes (stable between calls). */
export function deviceSnapshot(scope: string): string {
  try {
    const s = storage();
    if (s?.getItem(legacySubmittedKey(scope))) markSubmitted(scope);
    return `${s?.getItem(draftKey(scope)) ?? ""}\u0000${s?.getItem(answeredKey(scope)) ?? ""}`;
  } catch {
    return "\u0000";
  }
}

export function parseDeviceSnapshot(scope: string, snapshot: string): DeviceState {
  const [, submitted = ""] = snapshot.split("\u0000");
  return { draft: loadDraft(scope), submitted: submitted !== "" };
}

/** Tells mounted components that this tab changed the device state. */
export function announceDeviceChange(): void {
  if (typeof window !== "undefined") window.dispatchEvent(new Event(DEVICE_EVENT));
}
