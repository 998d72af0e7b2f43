// Backpressure and lifecycle of the export stream, with a reader that never runs out: the
// header arrives before any query, batches are read only as the consumer pulls, and a
// cancelled download closes the reader and reports "aborted" exactly once.
import { describe, expect, it } from "vitest";
import type { ResponseRecord } from "@/lib/export/record";
import type { ResponseReader } from "@/lib/export/source";
import type { StreamOutcome } from "@/lib/export/byte-stream";
import { csvResponseStream } from "@/lib/export/csv-stream";

function endlessReader(batchSize: number, stopAfter = Number.POSITIVE_INFINITY) {
  const state = { reads: 0, closed: 0 };
  let seq = 0;
  const reader: ResponseReader = {
    async next() {
      state.reads++;
      if (state.reads > stopAfter) return [];
      return Array.from({ length: batchSize }, (): ResponseRecord => {
        seq++;
        return { id: `r${seq}`, questionnaireVersion: "v@1", locale: "kk", submittedOn: "2026-01-01", answers: "{}" };
      });
    },
    async close() {
      state.closed++;
    },
  };
  return { reader, state };
}

describe("export stream", () => {
  it("sends the header before reading, then one batch per pull", async () => {
    const { reader, state } = endlessReader(100);
    const outcomes: StreamOutcome[] = [];
    const stream = csvResponseStream({
      reader,
      headerRows: [["id"]],
      toRows: (r) => [[r.id]],
      delimiter: ",",
      bom: true,
      onFinish: (o) => {
        outcomes.push(o);
      },
    });
    const consumer = stream.getReader();
    const first = await consumer.read();
    expect(new TextDecoder().decode(first.value)).toBe("id\r\n");
    expect(state.reads).toBeLessThanOrEqual(1);
    for (let i = 0; i < 5; i++) await consumer.read();
    // The queue holds at most one batch ahead of the consumer: memory does not grow.
    expect(state.reads).toBeLessThanOrEqual(7);
    await consumer.cancel("user closed the tab");
    expect(state.closed).toBe(1);
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]?.status).toBe("aborted");
    expect(outcomes[0]?.responses).toBeGreaterThanOrEqual(500);
  });

  it("completes with the row count and closes the reader once", async () => {
    const { reader, state } = endlessReader(10, 3);
    const outcomes: StreamOutcome[] = [];
    const stream = csvResponseStream({
      reader,
      headerRows: [["id"]],
      toRows: (r) => [[r.id], [r.id]],
      delimiter: ",",
      bom: false,
      onFinish: (o) => {
        outcomes.push(o);
      },
    });
    const text = await new Response(stream).text();
    expect(text.split("\r\n")).toHaveLength(1 + 60 + 1);
    expect(state.closed).toBe(1);
    expect(outcomes).toEqual([{ status: "completed", responses: 30, rows: 60 }]);
  });

  it("fails the stream (not a silently short file) when a row cannot be read", async () => {
    const { reader, state } = endlessReader(10, 2);
    const outcomes: StreamOutcome[] = [];
    const stream = csvResponseStream({
      reader,
      headerRows: [["id"]],
      toRows: (r) => {
        if (r.id === "r15") throw new Error("corrupt row");
        return [[r.id]];
      },
      delimiter: ",",
      bom: false,
      onFinish: (o) => {
        outcomes.push(o);
      },
    });
    await expect(new Response(stream).text()).rejects.toThrow("corrupt row");
    expect(state.closed).toBe(1);
    expect(outcomes[0]?.status).toBe("failed");
  });
});
