// The device draft across a publish (docs/decisions/011-questionnaire-versions.md): it is
// keyed by the draft scope, which a text version leaves unchanged, so a respondent mid-way
// finds their draft after the publish, and the response records the version they began
// under; a new structure has a new scope, so old answers never mix in.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { MemoryStorage } from "@/tests/support/memory-storage";
import { draftVersion, loadDraft, newDraft, parseDeviceSnapshot, deviceSnapshot, saveDraft, wasSubmitted } from "./draft";
import { hasPendingSubmission, pendingSubmission, sendOrQueue } from "./outbox";

const SCOPE = "hearing-state@2";
const BEGUN = "hearing-state@2";
const PUBLISHED = "hearing-state@3";

let storage: MemoryStorage;
let bodies: { questionnaireVersion: string }[];
let online: boolean;

beforeEach(() => {
  storage = new MemoryStorage();
  bodies = [];
  online = true;
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
      bodies.push(JSON.parse(String(init.body)) as { questionnaireVersion: string });
      return new Response("{}", { status: 201 });
    }),
  );
});
afterEach(() => vi.unstubAllGlobals());

describe("the device draft across a text version", () => {
  it("is found after the publish and submits under the version it began with", async () => {
    // Begun under @2: the page showed @2, the scope is @2.
    const draft = { ...newDraft("/part/1", BEGUN), answers: { S1: 1 } };
    saveDraft(SCOPE, draft);
    // @3 is published: the pages now show @3, with the same scope.
    const found = loadDraft(SCOPE);
    expect(found).toEqual(draft);
    expect(parseDeviceSnapshot(SCOPE, deviceSnapshot(SCOPE)).draft?.answers).toEqual({ S1: 1 });
    expect(draftVersion(found!, PUBLISHED)).toBe(BEGUN);

    expect(await sendOrQueue(draftVersion(found!, PUBLISHED), "kk", found!.id, { S1: 1 }, SCOPE)).toBe("sent");
    expect(bodies.map((b) => b.questionnaireVersion)).toEqual([BEGUN]);
    // Sent: the draft is gone and the device remembers it answered, under the scope.
    expect(loadDraft(SCOPE)).toBeUndefined();
    expect(wasSubmitted(SCOPE)).toBe(true);
    expect(storage.dump()).toBe(`tyndau:answered:${SCOPE}=1`);
  });

  it("keeps a response sent offline under the scope, with the version it began with", async () => {
    online = false;
    expect(await sendOrQueue(BEGUN, "ru", newDraft("/check", BEGUN).id, { S1: 1 }, SCOPE)).toBe("queued");
    expect(hasPendingSubmission(SCOPE)).toBe(true);
    expect(pendingSubmission(SCOPE)).toMatchObject({ questionnaireVersion: BEGUN, scope: SCOPE });
  });

  it("reads a draft an older build kept (keyed by the version, which is the scope, with no version inside)", () => {
    storage.setItem(`tyndau:draft:${SCOPE}`, JSON.stringify({ id: "d1", answers: { S1: 2 }, lastPath: "/part/2" }));
    const found = loadDraft(SCOPE);
    expect(found?.answers).toEqual({ S1: 2 });
    expect(draftVersion(found!, PUBLISHED)).toBe(PUBLISHED);
  });

  it("refuses a draft whose version is not a version", () => {
    storage.setItem(`tyndau:draft:${SCOPE}`, JSON.stringify({ id: "d1", answers: {}, lastPath: "/part/2", version: "<script>" }));
    expect(loadDraft(SCOPE)).toBeUndefined();
  });

  it("a new structure (another scope) does not see the old draft", () => {
    saveDraft(SCOPE, newDraft("/part/1", BEGUN));
    expect(loadDraft("hearing-state@9")).toBeUndefined();
  });
});
