-- No insertion order and no time of day on anything a submission creates or
-- touches (docs/anonymity.md). Hand-written from `prisma migrate diff`, but the
-- submission tables are rebuilt instead of altered, so that
--   * Response is keyed by its random id (no "seq" SERIAL),
--   * Answer is keyed by (responseId, ordinal) (no "id" SERIAL),
--   * the rows are written in random-id order, so the heap order (ctid) and the
--     inserting transaction (xmin) no longer follow the order of arrival.
-- Existing data is kept.

-- Copy the submission tables aside, in random-id order.
CREATE TEMP TABLE "_r" ON COMMIT DROP AS
  SELECT "id", "questionnaireVersion", "locale", "submittedOn", "answers", "answersHash", "screening", "gender", "ageGroup", "region"
  FROM "Response";
CREATE TEMP TABLE "_a" ON COMMIT DROP AS
  SELECT r."id" AS "responseId",
         (ROW_NUMBER() OVER (PARTITION BY a."responseSeq" ORDER BY a."id") - 1)::int AS "ordinal",
         a."variable", a."code", a."text"
  FROM "Answer" a JOIN "Response" r ON r."seq" = a."responseSeq";

DROP TABLE "Answer";
DROP TABLE "Response";

-- CreateTable
CREATE TABLE "Response" (
    "id" TEXT NOT NULL,
    "questionnaireVersion" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "submittedOn" TEXT NOT NULL,
    "answers" TEXT NOT NULL,
    "answersHash" TEXT NOT NULL,
    "screening" INTEGER,
    "gender" INTEGER,
    "ageGroup" INTEGER,
    "region" INTEGER,

    CONSTRAINT "Response_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Answer" (
    "responseId" TEXT NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "variable" TEXT NOT NULL,
    "code" INTEGER,
    "text" TEXT,

    CONSTRAINT "Answer_pkey" PRIMARY KEY ("responseId","ordinal")
);

INSERT INTO "Response" ("id", "questionnaireVersion", "locale", "submittedOn", "answers", "answersHash", "screening", "gender", "ageGroup", "region")
  SELECT "id", "questionnaireVersion", "locale", "submittedOn", "answers", "answersHash", "screening", "gender", "ageGroup", "region" FROM "_r" ORDER BY "id";
INSERT INTO "Answer" ("responseId", "ordinal", "variable", "code", "text")
  SELECT "responseId", "ordinal", "variable", "code", "text" FROM "_a" ORDER BY "responseId", "ordinal";

-- CreateIndex
CREATE INDEX "Response_submittedOn_idx" ON "Response"("submittedOn");
CREATE INDEX "Response_region_idx" ON "Response"("region");
CREATE INDEX "Response_gender_idx" ON "Response"("gender");
CREATE INDEX "Response_ageGroup_idx" ON "Response"("ageGroup");
CREATE INDEX "Response_screening_idx" ON "Response"("screening");
CREATE INDEX "Response_locale_idx" ON "Response"("locale");
CREATE INDEX "Answer_variable_code_responseId_idx" ON "Answer"("variable", "code", "responseId");

-- AddForeignKey
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "Response"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AlterTable: the first submission created this row; its time was that submission's.
ALTER TABLE "QuestionnaireVersion" DROP COLUMN "createdAt";

-- AlterTable: a submission could touch a setting.
ALTER TABLE "Setting" DROP COLUMN "updatedAt";

-- Submission rate-limit counters were kept here per address (salted digest) with
-- a millisecond window start; per-address state now lives in memory only.
DELETE FROM "RateLimit";
DELETE FROM "Setting" WHERE "key" = 'ratelimit.salt';
