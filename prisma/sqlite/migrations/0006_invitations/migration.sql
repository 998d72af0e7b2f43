-- Invitation codes that nobody can link to the answers
-- (docs/decisions/013-invitation-codes.md, docs/anonymity.md). The tables a respondent's
-- spend touches are WITHOUT ROWID, keyed by a keyed hash that looks random, so no hidden
-- rowid counts the order codes were spent in; the day close's VACUUM rebuilds them.

-- CreateTable
CREATE TABLE "InvitationBatch" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "label" TEXT NOT NULL,
    "region" INTEGER,
    "size" INTEGER NOT NULL,
    "createdOn" TEXT NOT NULL,
    "validUntil" TEXT NOT NULL,
    "revoked" BOOLEAN NOT NULL DEFAULT false
) WITHOUT ROWID;

-- CreateTable
CREATE TABLE "InvitationCode" (
    "hash" TEXT NOT NULL PRIMARY KEY,
    "batchId" TEXT NOT NULL,
    "spent" BOOLEAN NOT NULL DEFAULT false
) WITHOUT ROWID;

-- CreateTable
CREATE TABLE "SpentToken" (
    "hash" TEXT NOT NULL PRIMARY KEY
) WITHOUT ROWID;

-- CreateTable
CREATE TABLE "InvitationTally" (
    "batchId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "used" INTEGER NOT NULL,

    PRIMARY KEY ("batchId", "day")
) WITHOUT ROWID;

-- CreateIndex
CREATE INDEX "InvitationCode_batchId_idx" ON "InvitationCode"("batchId");
