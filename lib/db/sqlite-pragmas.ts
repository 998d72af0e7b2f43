/**
 * SQLite settings, applied on every connection we open (Prisma's and the raw batch
 * writer's, lib/responses/raw-batch-write.ts):
 * - WAL lets readers (dashboard, exports) run while a submission commits.
 * - busy_timeout 10 s: writers queue instead of failing with SQLITE_BUSY.
 * - synchronous=FULL: in WAL mode NORMAL survives a process crash but may lose
 *   the last commits on power loss. A 2xx promises the response is kept, so we
 *   pay one fsync per commit (group commit in lib/responses amortises it).
 * - foreign_keys on, so deleting a response deletes its answers.
 * - secure_delete on: deleted rows are overwritten with zeros (in the WAL and, at
 *   checkpoint, in the file), so "delete all responses" leaves no answer texts in
 *   free pages of the file. Costs some extra writes on deletes only.
 * - journal_size_limit 0: when the WAL starts over after a checkpoint, the first commit
 *   truncates the file to what it wrote. Without it the WAL keeps its old length and the
 *   frames of earlier generations stay readable behind the new ones, in the order they
 *   were written — the order respondents submitted in (docs/anonymity.md). The limit is
 *   per connection, so every connection must set it: whichever commits first after a
 *   restart of the log does the truncating.
 * - wal_autocheckpoint stays at SQLite's 1,000 pages: a smaller log would hold fewer of
 *   today's frames, but today's rows are in arrival order in the file itself until the
 *   day close anyway (lib/responses/day-close-sqlite.ts), and checkpoints cost fsyncs.
 */
export const SQLITE_PRAGMAS = [
  "journal_mode = WAL",
  "busy_timeout = 10000",
  "synchronous = FULL",
  "foreign_keys = ON",
  "secure_delete = ON",
  "journal_size_limit = 0",
  "wal_autocheckpoint = 1000",
] as const;
