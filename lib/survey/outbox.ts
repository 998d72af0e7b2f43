// The outbox: a finished response that could not be sent (no connection) waits on the
// device, in localStorage under `tyndau:outbox:<scope>` (the draft's key, lib/survey/draft.ts;
// older builds used the version, which is still read), until it is sent — then it is
// deleted. It holds exactly what the POST carries (the idempotency id, the language and
// the answers) and nothing about time. It is sent again when the browser comes back
// online and on the next visit to any respondent page (lib/survey/enhance/service-worker.ts);
// the server is idempotent by id, and sending is serialised (one at a time per tab, and
// across tabs with the Web Locks API where there is one), so one response is stored
// however often it is tried.
import type { Answers, Locale } from "@/lib/questionnaire/types";
import { announceDeviceChange } from "./draft";
import { sendResponse, type SendOutcome } from "./send";

export interface OutboxEntry {
  id: string;
  questionnaireVersion: string;
  locale: Locale;
  answers: Answers;
  /** The device draft's scope (absent in entries of older builds: the version then). */
  scope?: string;
}

const PREFIX = "tyndau:outbox:";
const outboxKey = (scope: string) => `${PREFIX}${scope}`;
export const OUTBOX_LOCK = "tyndau-outbox";

function storage(): Storage | undefined {
  try {
    return typeof window === "undefined" ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}

function isEntry(value: unknown): value is OutboxEntry {
  const e = value as Partial<OutboxEntry> | null;
  return (
    typeof e === "object" &&
    e !== null &&
    typeof e.id === "string" &&
    typeof e.questionnaireVersion === "string" &&
    typeof e.locale === "string" &&
    typeof e.answers === "object" &&
    e.answers !== null &&
    !Array.isArray(e.answers) &&
    (e.scope === undefined || typeof e.scope === "string")
  );
}

export function pendingSubmission(scope: string): OutboxEntry | undefined {
  try {
    const raw = storage()?.getItem(outboxKey(scope));
    if (!raw) return undefined;
    const parsed: unknown = JSON.parse(raw);
    return isEntry(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a response waits on this device (for useSyncExternalStore: a stable primitive). */
export function hasPendingSubmission(scope: string): boolean {
  return pendingSubmission(scope) !== undefined;
}

/** Keeps a response on the device until it can be sent. False if the device cannot keep it. */
export function queueSubmission(entry: OutboxEntry): boolean {
  try {
    const s = storage();
    if (!s) return false;
    s.setItem(outboxKey(entry.scope ?? entry.questionnaireVersion), JSON.stringify(entry));
    announceDeviceChange();
    return true;
  } catch {
    return false;
  }
}

export function removeSubmission(scope: string): void {
  try {
    storage()?.removeItem(outboxKey(scope));
  } catch {
    // storage gone: nothing is kept then either
  }
  announceDeviceChange();
}

function pendingVersions(): string[] {
  const s = storage();
  if (!s) return [];
  const versions: string[] = [];
  for (let i = 0; i < s.length; i++) {
    const key = s.key(i);
    if (key?.startsWith(PREFIX)) versions.push(key.slice(PREFIX.length));
  }
  return versions;
}

const offline = () => typeof navigator !== "undefined" && navigator.onLine === false;

/**
 * Sends now, or keeps the response in the outbox when there is no connection (the
 * browser says it is offline, or the request never reached the server). "queued" then.
 */
export async function sendOrQueue(version: string, locale: Locale, id: string, answers: Answers, scope = version): Promise<SendOutcome | "queued"> {
  const entry: OutboxEntry = { id, questionnaireVersion: version, locale, answers, scope };
  if (offline()) return queueSubmission(entry) ? "queued" : "network";
  const outcome = await sendResponse(version, locale, id, answers, scope);
  if (outcome === "network") return queueSubmission(entry) ? "queued" : "network";
  return outcome;
}

export type FlushResult = { sent: number; waiting: number; rejected: number };

let running: Promise<FlushResult> | undefined;

async function flushNow(): Promise<FlushResult> {
  const result: FlushResult = { sent: 0, waiting: 0, rejected: 0 };
  for (const version of pendingVersions()) {
    // Read again inside the lock: another tab may have sent it meanwhile.
    const entry = pendingSubmission(version);
    if (!entry) {
      removeSubmission(version);
      continue;
    }
    if (offline()) {
      result.waiting++;
      continue;
    }
    const outcome = await sendResponse(entry.questionnaireVersion, entry.locale, entry.id, entry.answers, entry.scope ?? entry.questionnaireVersion);
    if (outcome === "sent") {
      removeSubmission(version);
      result.sent++;
    } else if (outcome === "network" || outcome === "server" || outcome === "rateLimited") {
      result.waiting++;
    } else {
      // Refused for good (invalid, closed, conflict): the draft is still on the device and
      // the check page shows why when the respondent sends it from there.
      removeSubmission(version);
      result.rejected++;
    }
  }
  return result;
}

async function withLock(locks: LockManager): Promise<FlushResult> {
  let result: FlushResult = { sent: 0, waiting: 0, rejected: 0 };
  await locks.request(OUTBOX_LOCK, async () => {
    result = await flushNow();
  });
  return result;
}

/** Sends whatever waits in the outbox; concurrent calls share one run. */
export function flushOutbox(): Promise<FlushResult> {
  if (pendingVersions().length === 0) return Promise.resolve({ sent: 0, waiting: 0, rejected: 0 });
  if (!running) {
    const locks = typeof navigator !== "undefined" ? navigator.locks : undefined;
    const run = locks ? withLock(locks) : flushNow();
    running = run.finally(() => {
      running = undefined;
    });
    return running;
  }
  return running;
}
