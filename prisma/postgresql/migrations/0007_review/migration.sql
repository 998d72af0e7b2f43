-- Quality indicators and review (docs/decisions/016-quality-and-exclusions.md):
--   * the completion-time band of a response (only the band, never a time),
--   * the spent "started" token nonces (no link to any response),
--   * staff decisions to exclude or restore a response (no time; the audit log has it).
ALTER TABLE "Response" ADD COLUMN "completionBand" INTEGER;

-- CreateTable
CREATE TABLE "SpentStartToken" (
    "nonce" TEXT NOT NULL,
    "issuedDay" INTEGER NOT NULL,

    CONSTRAINT "SpentStartToken_pkey" PRIMARY KEY ("nonce")
);

-- CreateTable
CREATE TABLE "ResponseReview" (
    "responseId" TEXT NOT NULL,
    "excluded" BOOLEAN NOT NULL,
    "reason" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "ResponseReview_pkey" PRIMARY KEY ("responseId")
);

-- CreateIndex
CREATE INDEX "SpentStartToken_issuedDay_idx" ON "SpentStartToken"("issuedDay");

-- AddForeignKey
ALTER TABLE "ResponseReview" ADD CONSTRAINT "ResponseReview_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "Response"("id") ON DELETE CASCADE ON UPDATE CASCADE;
