import { describe, expect, it } from "vitest";
import { createGroupCommitter, type FlushOutcome } from "./group-commit";

const tick = () => new Promise((r) => setTimeout(r, 5));

describe("group commit", () => {
  it("batches items that arrive while a flush is running, and answers each caller", async () => {
    const batches: number[][] = [];
    const committer = createGroupCommitter<number, string>(async (items) => {
      batches.push(items);
      await tick();
      return items.map((i): FlushOutcome<string> => ({ ok: true, value: `v${i}` }));
    });
    const first = committer.submit(0);
    await Promise.resolve();
    const rest = [1, 2, 3, 4].map((i) => committer.submit(i));
    expect(await Promise.all([first, ...rest])).toEqual(["v0", "v1", "v2", "v3", "v4"]);
    expect(batches.flat()).toEqual([0, 1, 2, 3, 4]);
    expect(batches.length).toBeLessThanOrEqual(2);
  });

  it("resolves nothing before the flush that holds the item has finished", async () => {
    let committed = false;
    const committer = createGroupCommitter<number, boolean>(async (items) => {
      await tick();
      committed = true;
      return items.map(() => ({ ok: true, value: true }));
    });
    await committer.submit(1);
    expect(committed).toBe(true);
  });

  it("rejects every item of a failed batch, and keeps serving later ones", async () => {
    let fail = true;
    const committer = createGroupCommitter<number, number>(async (items) => {
      await tick();
      if (fail) {
        fail = false;
        throw new Error("disk full");
      }
      return items.map((i) => ({ ok: true, value: i }));
    });
    const failed = await Promise.allSettled([committer.submit(1), committer.submit(2)]);
    expect(failed.map((r) => r.status)).toEqual(["rejected", "rejected"]);
    expect(await committer.submit(3)).toBe(3);
  });

  it("passes per-item failures to their own caller only", async () => {
    const committer = createGroupCommitter<number, number>(async (items) =>
      items.map((i) => (i % 2 ? { ok: false, error: new Error(`odd ${i}`) } : { ok: true, value: i })),
    );
    const results = await Promise.allSettled([1, 2, 3, 4].map((i) => committer.submit(i)));
    expect(results.map((r) => r.status)).toEqual(["rejected", "fulfilled", "rejected", "fulfilled"]);
  });

  it("respects maxBatch", async () => {
    const sizes: number[] = [];
    const committer = createGroupCommitter<number, number>(
      async (items) => {
        sizes.push(items.length);
        return items.map((i) => ({ ok: true, value: i }));
      },
      { maxBatch: 3 },
    );
    await Promise.all(Array.from({ length: 10 }, (_, i) => committer.submit(i)));
    expect(Math.max(...sizes)).toBeLessThanOrEqual(3);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(10);
  });
});

describe("group commit with concurrency", () => {
  it("keeps up to `concurrency` flushes in flight and still answers every item", async () => {
    let inFlight = 0;
    let peak = 0;
    const committer = createGroupCommitter<number, number>(
      async (items) => {
        inFlight++;
        peak = Math.max(peak, inFlight);
        await tick();
        inFlight--;
        return items.map((i) => ({ ok: true, value: i * 2 }));
      },
      { concurrency: 3, maxBatch: 2 },
    );
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => committer.submit(i)));
    expect(results).toEqual(Array.from({ length: 12 }, (_, i) => i * 2));
    expect(peak).toBeGreaterThan(1);
    expect(peak).toBeLessThanOrEqual(3);
  });
});
