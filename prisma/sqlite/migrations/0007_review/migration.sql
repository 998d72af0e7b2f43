-- Quality indicators and review (docs/decisions/016-quality-and-exclusions.md):
--   * the completion-time band of a response (only the band, never a time),
--   * the spent "started" token nonces (no link to any response),
--   * staff decisions to exclude or restore a response (no time; the audit log has it).
-- Both new tables are WITHOUT ROWID, like every table a submission touches: rows sit in
-- the B-tree of their random key and no hidden rowid counts arrivals.
ALTER TABLE "Response" ADD COLUMN "completionBand" INTEGER;

-- CreateTable
CREATE TABLE "SpentStartToken" (
    "nonce" TEXT NOT NULL PRIMARY KEY,
    "issuedDay" INTEGER NOT NULL
) WITHOUT ROWID;

-- CreateTable
CREATE TABLE "ResponseReview" (
    "responseId" TEXT NOT NULL PRIMARY KEY,
    "excluded" BOOLEAN NOT NULL,
    "reason" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "ResponseReview_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "Response" ("id") ON DELETE CASCADE ON UPDATE CASCADE
) WITHOUT ROWID;

-- CreateIndex
CREATE INDEX "SpentStartToken_issuedDay_idx" ON "SpentStartToken"("issuedDay");
