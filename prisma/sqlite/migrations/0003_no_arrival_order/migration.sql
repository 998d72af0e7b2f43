-- No insertion order and no time of day on anything a submission creates or
-- touches (docs/anonymity.md). Hand-written from `prisma migrate diff`:
--   * Response is keyed by its random id (no "seq" rowid alias),
--   * Answer is keyed by (responseId, ordinal) (no "id" autoincrement),
--   * the tables a submission creates or touches are WITHOUT ROWID, so rows are
--     stored in the B-tree of their random key and no hidden rowid counts arrivals,
--   * no createdAt/updatedAt on QuestionnaireVersion and Setting.
-- Existing data is kept. secure_delete zeroes the pages the old tables leave.
PRAGMA secure_delete = ON;

CREATE TEMP TABLE "_r" AS
  SELECT "id", "questionnaireVersion", "locale", "submittedOn", "answers", "answersHash", "screening", "gender", "ageGroup", "region"
  FROM "Response";
CREATE TEMP TABLE "_a" AS
  SELECT r."id" AS "responseId",
         ROW_NUMBER() OVER (PARTITION BY a."responseSeq" ORDER BY a."id") - 1 AS "ordinal",
         a."variable", a."code", a."text"
  FROM "Answer" a JOIN "Response" r ON r."seq" = a."responseSeq";
CREATE TEMP TABLE "_q" AS SELECT "key", "id", "version", "definition" FROM "QuestionnaireVersion";
CREATE TEMP TABLE "_s" AS SELECT "key", "value" FROM "Setting" WHERE "key" <> 'ratelimit.salt';

DROP TABLE "Answer";
DROP TABLE "Response";
DROP TABLE "QuestionnaireVersion";
DROP TABLE "Setting";

-- CreateTable
CREATE TABLE "QuestionnaireVersion" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "id" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "definition" TEXT NOT NULL
) WITHOUT ROWID;

-- CreateTable
CREATE TABLE "Response" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "questionnaireVersion" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "submittedOn" TEXT NOT NULL,
    "answers" TEXT NOT NULL,
    "answersHash" TEXT NOT NULL,
    "screening" INTEGER,
    "gender" INTEGER,
    "ageGroup" INTEGER,
    "region" INTEGER
) WITHOUT ROWID;

-- CreateTable
CREATE TABLE "Answer" (
    "responseId" TEXT NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "variable" TEXT NOT NULL,
    "code" INTEGER,
    "text" TEXT,

    PRIMARY KEY ("responseId", "ordinal"),
    CONSTRAINT "Answer_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "Response" ("id") ON DELETE CASCADE ON UPDATE CASCADE
) WITHOUT ROWID;

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL
) WITHOUT ROWID;

INSERT INTO "QuestionnaireVersion" ("key", "id", "version", "definition") SELECT "key", "id", "version", "definition" FROM "_q";
INSERT INTO "Response" ("id", "questionnaireVersion", "locale", "submittedOn", "answers", "answersHash", "screening", "gender", "ageGroup", "region")
  SELECT "id", "questionnaireVersion", "locale", "submittedOn", "answers", "answersHash", "screening", "gender", "ageGroup", "region" FROM "_r" ORDER BY "id";
INSERT INTO "Answer" ("responseId", "ordinal", "variable", "code", "text")
  SELECT "responseId", "ordinal", "variable", "code", "text" FROM "_a" ORDER BY "responseId", "ordinal";
INSERT INTO "Setting" ("key", "value") SELECT "key", "value" FROM "_s";

DROP TABLE "_r";
DROP TABLE "_a";
DROP TABLE "_q";
DROP TABLE "_s";

-- CreateIndex
CREATE UNIQUE INDEX "QuestionnaireVersion_id_version_key" ON "QuestionnaireVersion"("id", "version");
CREATE INDEX "Response_submittedOn_idx" ON "Response"("submittedOn");
CREATE INDEX "Response_region_idx" ON "Response"("region");
CREATE INDEX "Response_gender_idx" ON "Response"("gender");
CREATE INDEX "Response_ageGroup_idx" ON "Response"("ageGroup");
CREATE INDEX "Response_screening_idx" ON "Response"("screening");
CREATE INDEX "Response_locale_idx" ON "Response"("locale");
CREATE INDEX "Answer_variable_code_responseId_idx" ON "Answer"("variable", "code", "responseId");

-- Submission rate-limit counters were kept here per address (salted digest) with
-- a millisecond window start; per-address state now lives in memory only.
DELETE FROM "RateLimit";
