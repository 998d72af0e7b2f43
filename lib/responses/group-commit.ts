// Group commit: concurrent submissions are written together in one database
// transaction, so one commit (one fsync on SQLite with synchronous=FULL, one
// WAL flush on PostgreSQL) serves many respondents. Each caller still learns
// the outcome of its own item, and only after the transaction that holds it
// has committed: a 2xx still means "on disk".
//
// Batching is opportunistic, not timed: while one flush runs, new items queue;
// when it ends, everything queued goes out in the next flush. An idle server
// therefore adds no latency, and a busy one gets bigger batches.

export type FlushOutcome<R> = { ok: true; value: R } | { ok: false; error: unknown };

export type GroupCommitter<T, R> = {
  submit(item: T): Promise<R>;
  /** Items waiting for the next flush (for tests and metrics). */
  readonly pending: number;
};

export type GroupCommitOptions = {
  /** Largest batch per transaction; bounds transaction size and latency. */
  maxBatch?: number;
  /**
   * Flushes allowed in flight at once. 1 serialises them; more lets a batch
   * be sent while the previous one is still committing (worth it where the
   * database accepts concurrent writers, i.e. PostgreSQL).
   */
  concurrency?: number;
};

/**
 * `flush` writes a batch and returns one outcome per item, in order. If it
 * throws, the whole batch fails and every caller gets the error (nothing of it
 * was committed, as flush runs in one transaction).
 */
export function createGroupCommitter<T, R>(
  flush: (items: T[]) => Promise<FlushOutcome<R>[]>,
  options: GroupCommitOptions = {},
): GroupCommitter<T, R> {
  const maxBatch = options.maxBatch ?? 256;
  const concurrency = options.concurrency ?? 1;
  type Waiter = { item: T; resolve: (r: R) => void; reject: (e: unknown) => void };
  let queue: Waiter[] = [];
  let flushing = 0;

  async function drain(): Promise<void> {
    if (flushing >= concurrency) return;
    flushing++;
    try {
      while (queue.length > 0) {
        const batch = queue.slice(0, maxBatch);
        queue = queue.slice(batch.length);
        let outcomes: FlushOutcome<R>[];
        try {
          outcomes = await flush(batch.map((w) => w.item));
          if (outcomes.length !== batch.length) throw new Error(`group commit: flush returned ${outcomes.length} outcomes for ${batch.length} items`);
        } catch (error) {
          for (const w of batch) w.reject(error);
          continue;
        }
        batch.forEach((w, i) => {
          const outcome = outcomes[i]!;
          if (outcome.ok) w.resolve(outcome.value);
          else w.reject(outcome.error);
        });
      }
    } finally {
      flushing--;
    }
  }

  return {
    submit(item: T): Promise<R> {
      return new Promise<R>((resolve, reject) => {
        queue.push({ item, resolve, reject });
        // Start on the next microtask so items submitted in the same tick share a batch.
        queueMicrotask(() => void drain());
      });
    },
    get pending() {
      return queue.length;
    },
  };
}
