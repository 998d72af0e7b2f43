// A pull-based web stream over a response reader for every streamed export (the CSVs via
// ./csv-stream, the .sav, the .xlsx): the next batch is read only when the consumer asks for
// more, so memory holds about one batch whatever the number of responses. onFinish is
// called exactly once, with completed / aborted / failed.
import type { ResponseRecord } from "./record";
import type { ResponseReader } from "./source";

/** How a streamed export ended, handed once to onFinish (the route records it in the audit log). */
export type StreamOutcome = {
  status: "completed" | "aborted" | "failed";
  /** Responses read and written. */
  responses: number;
  /** Data rows written (equals responses except for the long CSV). */
  rows: number;
  error?: unknown;
};

export interface ByteEncoder {
  /** Bytes that go out before the first batch is read. */
  start(): Uint8Array;
  /** Bytes for one batch of responses (may be empty while the encoder buffers). */
  batch(records: readonly ResponseRecord[]): Uint8Array | Promise<Uint8Array>;
  /** The final bytes. */
  end(): Uint8Array | Promise<Uint8Array>;
  /** Data rows written so far, when not one per response (the long CSV). */
  rows?(): number;
}

export function byteResponseStream(config: {
  reader: ResponseReader;
  encoder: ByteEncoder;
  onFinish?: (outcome: StreamOutcome) => void | Promise<void>;
}): ReadableStream<Uint8Array> {
  const { reader, encoder } = config;
  let started = false;
  let finished = false;
  let responses = 0;

  const finish = async (status: StreamOutcome["status"], error?: unknown) => {
    if (finished) return;
    finished = true;
    await reader.close().catch((e: unknown) => console.warn("export: closing the reader failed", e));
    try {
      await config.onFinish?.({ status, responses, rows: encoder.rows?.() ?? responses, ...(error === undefined ? {} : { error }) });
    } catch (e) {
      console.warn("export: recording the finished export failed", e);
    }
  };

  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          if (!started) {
            started = true;
            const head = encoder.start();
            if (head.length > 0) {
              controller.enqueue(head);
              return;
            }
          }
          // A stream calls pull again only after something was enqueued: read batches
          // until the encoder has bytes to hand on (it may buffer, e.g. the zip writer).
          for (;;) {
            const batch = await reader.next();
            if (batch.length === 0) {
              const last = await encoder.end();
              if (last.length > 0) controller.enqueue(last);
              await finish("completed");
              controller.close();
              return;
            }
            const bytes = await encoder.batch(batch);
            responses += batch.length;
            if (bytes.length > 0) {
              controller.enqueue(bytes);
              return;
            }
          }
        } catch (error) {
          controller.error(error);
          await finish("failed", error);
        }
      },
      async cancel(reason) {
        await finish("aborted", reason);
      },
    },
    { highWaterMark: 1 },
  );
}
