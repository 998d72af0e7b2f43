// The device outbox and the answered marker, with an in-memory localStorage and a fake
// server that is idempotent by id (as POST /api/responses is). The browser flow itself is
// covered by e2e/respondent-offline.spec.ts and e2e/respondent-storage.spec.ts.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { clearDraft, markSubmitted, saveDraft, wasSubmitted } from "./draft";
import { flushOutbox, hasPendingSubmission, pendingSubmission, queueSubmission, sendOrQueue } from "./outbox";
import { MemoryStorage } from "@/tests/support/memory-storage";

const VERSION = "v-test";
const ID = "6f1c1f7e-3b1a-4d2c-9b7e-2a4f5c6d7e8f";

let storage: MemoryStorage;
let online: boolean;
let stored: Map<string, string>;
let posts: number;

beforeEach(() => {
  storage = new MemoryStorage();
  online = true;
  stored = new Map();
  posts = 0;
  const win = new EventTarget() as EventTarget & { localStorage: Storage };
  win.localStorage = storage;
  vi.stubGlobal("window", win);
  vi.stubGlobal("document", { cookie: "" });
  vi.stubGlobal("navigator", {
    get onLine() {
      return online;
    },
  });
  vi.stubGlobal(
    "fetch",
    vi.fn(async (_url: string, init: RequestInit) => {
      if (!online) throw new TypeError("Failed to fetch");
      posts++;
      const body = JSON.parse(String(init.body)) as { id: string };
      const replay = stored.get(body.id);
      if (replay !== undefined) return new Response("{}", { status: replay === init.body ? 200 : 409 });
      stored.set(body.id, String(init.body));
      return new Response("{}", { status: 201 });
    }),
  );
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("outbox", () => {
  it("keeps a response made offline, sends it once when online, then forgets the id", async () => {
    saveDraft(VERSION, { id: ID, answers: { Q1: 1 }, lastPath: "/check" });
    online = false;
    expect(await sendOrQueue(VERSION, "en", ID, { Q1: 1 })).toBe("queued");
    expect(pendingSubmission(VERSION)?.id).toBe(ID);
    expect(posts).toBe(0);

    // Still offline: nothing goes, nothing is lost.
    expect(await flushOutbox()).toEqual({ sent: 0, waiting: 1, rejected: 0 });
    expect(hasPendingSubmission(VERSION)).toBe(true);

    online = true;
    const [a, b] = await Promise.all([flushOutbox(), flushOutbox()]);
    expect(a).toEqual({ sent: 1, waiting: 0, rejected: 0 });
    expect(b).toBe(a); // concurrent calls share one run
    expect(await flushOutbox()).toEqual({ sent: 0, waiting: 0, rejected: 0 });
    expect(posts).toBe(1);
    expect(stored.size).toBe(1);
    expect(hasPendingSubmission(VERSION)).toBe(false);
    expect(wasSubmitted(VERSION)).toBe(true);
    expect(storage.dump()).not.toContain(ID);
    expect(storage.getItem(`tyndau:answered:${VERSION}`)).toBe("1");
  });

  it("queues when the request never reaches the server, sends directly when it does", async () => {
    vi.mocked(fetch).mockRejectedValueOnce(new TypeError("Failed to fetch"));
    expect(await sendOrQueue(VERSION, "en", ID, { Q1: 1 })).toBe("queued");
    await flushOutbox();
    expect(hasPendingSubmission(VERSION)).toBe(false);
    expect(stored.size).toBe(1);
    clearDraft(VERSION);
    expect(await sendOrQueue(VERSION, "en", ID, { Q1: 1 })).toBe("sent"); // replay: idempotent
    expect(stored.size).toBe(1);
  });

  it("drops a response the server refuses for good (conflict) instead of retrying forever", async () => {
    stored.set(ID, "something else");
    queueSubmission({ id: ID, questionnaireVersion: VERSION, locale: "en", answers: { Q1: 2 } });
    expect(await flushOutbox()).toEqual({ sent: 0, waiting: 0, rejected: 1 });
    expect(hasPendingSubmission(VERSION)).toBe(false);
  });
});

describe("answered marker", () => {
  it("stores only that the device has answered, and drops an id an older build kept", () => {
    markSubmitted(VERSION, ID);
    expect(storage.dump()).toBe(`tyndau:answered:${VERSION}=1`);
    storage.clear();
    storage.setItem(`tyndau:submitted:${VERSION}`, JSON.stringify({ id: ID }));
    expect(wasSubmitted(VERSION)).toBe(true);
    expect(storage.dump()).toBe(`tyndau:answered:${VERSION}=1`);
  });
});
