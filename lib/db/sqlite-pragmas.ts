/**
 * SQLite settings, applied on every connection we open:
 * - WAL lets readers (dashboard, exports) run while a submission commits.
 * - busy_timeout 10 s: writers queue instead of failing with SQLITE_BUSY.
 * - synchronous=FULL: in WAL mode NORMAL survives a process crash but may lose
 *   the last commits on power loss. A 2xx promises the response is kept, so we
 *   pay one fsync per commit (group commit in lib/responses amortises it).
 * - foreign_keys on, so deleting a response deletes its answers.
 * - secure_delete on: deleted rows are overwritten with zeros (in the WAL and, at
 *   checkpoint, in the file), so "delete all responses" leaves no answer texts in
 *   free pages of the file. Costs some extra writes on deletes only.
 */
export const SQLITE_PRAGMAS = ["journal_mode = WAL", "busy_timeout = 10000", "synchronous = FULL", "foreign_keys = ON", "secure_delete = ON"] as const;
