// The draft on the respondent's device (localStorage), keyed by questionnaire version so
// that a new version never mixes with old answers. It holds the response id, the answers
// and the last page visited; nothing about time. After a successful submission the draft
// is removed and a content-free marker (`tyndau:answered:<version>` = "1") remembers only
// that this device has answered: never the response id, which is in every export and
// would link whoever uses this device to their row (docs/anonymity.md, the respondent's device).
import { newResponseId } from "./id";
import type { FormValues } from "./answers";

export interface Draft {
  id: string;
  answers: FormValues;
  /** Path below the locale of the last page visited, e.g. "/part/2". */
  lastPath: string;
}

const draftKey = (version: string) => `tyndau:draft:${version}`;
const answeredKey = (version: string) => `tyndau:answered:${version}`;
/** Older builds kept `{"id": …}` here; it is replaced by the answered marker when seen. */
const legacySubmittedKey = (version: string) => `tyndau:submitted:${version}`;

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
    !Array.isArray(d.answers)
  );
}

export function loadDraft(version: string): Draft | undefined {
  try {
    const raw = storage()?.getItem(draftKey(version));
    if (!raw) return undefined;
    const parsed: unknown = JSON.parse(raw);
    return isDraft(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

export function saveDraft(version: string, draft: Draft): void {
  try {
    storage()?.setItem(draftKey(version), JSON.stringify(draft));
  } catch {
    // Quota exceeded or storage disabled: nothing better to do than keep going.
  }
}

export function newDraft(lastPath: string): Draft {
  return { id: newResponseId(), answers: {}, lastPath };
}

export function clearDraft(version: string): void {
  try {
    storage()?.removeItem(draftKey(version));
  } catch {
    // ignore: see storage()
  }
}

/**
 * Remembers that this device has answered this version: "1", nothing else. The optional
 * second argument is accepted for older callers and deliberately NOT stored.
 */
export function markSubmitted(version: string, ..._ignoredId: string[]): void {
  try {
    storage()?.setItem(answeredKey(version), "1");
    storage()?.removeItem(legacySubmittedKey(version));
  } catch {
    // ignore: see storage()
  }
}

export function wasSubmitted(version: string): boolean {
  try {
    const s = storage();
    if (s?.getItem(legacySubmittedKey(version))) markSubmitted(version); // drops an id kept by an older build
    return s?.getItem(answeredKey(version)) === "1";
  } catch {
    return false;
  }
}

export function forgetSubmitted(version: string): void {
  try {
    storage()?.removeItem(answeredKey(version));
    storage()?.removeItem(legacySubmittedKey(version));
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
export function deviceSnapshot(version: string): string {
  try {
    const s = storage();
    if (s?.getItem(legacySubmittedKey(version))) markSubmitted(version);
    return `${s?.getItem(draftKey(version)) ?? ""}\u0000${s?.getItem(answeredKey(version)) ?? ""}`;
  } catch {
    return "\u0000";
  }
}

export function parseDeviceSnapshot(version: string, snapshot: string): DeviceState {
  const [, submitted = ""] = snapshot.split("\u0000");
  return { draft: loadDraft(version), submitted: submitted !== "" };
}

/** Tells mounted components that this tab changed the device state. */
export function announceDeviceChange(): void {
  if (typeof window !== "undefined") window.dispatchEvent(new Event(DEVICE_EVENT));
}
