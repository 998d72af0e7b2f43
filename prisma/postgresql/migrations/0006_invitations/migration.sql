-- Invitation codes that nobody can link to the answers
-- (docs/decisions/013-invitation-codes.md, docs/anonymity.md). The tables a respondent's
-- spend touches are rewritten at the day close (lib/invitations/day-close-postgres.ts),
-- so neither heap order nor xmin keeps the order codes and tokens were spent in.

-- CreateTable
CREATE TABLE "InvitationBatch" (
    "id" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "region" INTEGER,
    "size" INTEGER NOT NULL,
    "createdOn" TEXT NOT NULL,
    "validUntil" TEXT NOT NULL,
    "revoked" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "InvitationBatch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InvitationCode" (
    "hash" TEXT NOT NULL,
    "batchId" TEXT NOT NULL,
    "spent" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "InvitationCode_pkey" PRIMARY KEY ("hash")
);

-- CreateTable
CREATE TABLE "SpentToken" (
    "hash" TEXT NOT NULL,

    CONSTRAINT "SpentToken_pkey" PRIMARY KEY ("hash")
);

-- CreateTable
CREATE TABLE "InvitationTally" (
    "batchId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "used" INTEGER NOT NULL,

    CONSTRAINT "InvitationTally_pkey" PRIMARY KEY ("batchId","day")
);

-- CreateIndex
CREATE INDEX "InvitationCode_batchId_idx" ON "InvitationCode"("batchId");

-- No value samples of hashes in pg_statistic (as migration 0004 for ids).
ALTER TABLE "InvitationCode" ALTER COLUMN "hash" SET STATISTICS 0;
ALTER TABLE "SpentToken" ALTER COLUMN "hash" SET STATISTICS 0;
