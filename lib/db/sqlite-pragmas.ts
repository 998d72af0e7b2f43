/**
 * SQLite settings, applied on every connection we open:
 * - WAL lets readers (dashboard, exports) run while a submission commits.
 * - busy_timeout 10 s: writers queue instead of failing with SQLITE_BUSY.
 * - synchronous=FULL: in WAL mode NORMAL survives a process crash but may lose
 *   the last commits on power loss. A 2xx promises the response is kept, so we
 *   pay one fsync per commit (group commit in lib/responses amortises it).
 * - foreign_keys on, so deleting a response deletes its answers.
 */
export const SQLITE_PRAGMAS = ["journal_mode = WAL", "busy_timeout = 10000", "synchronous = FULL", "foreign_keys = ON"] as const;
