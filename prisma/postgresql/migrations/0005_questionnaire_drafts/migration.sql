-- Drafts of the next text version, and the translation confirmations a published
-- version carries (docs/decisions/012-questionnaire-drafts.md).
ALTER TABLE "QuestionnaireVersion" ADD COLUMN "confirmations" TEXT;

-- CreateTable
CREATE TABLE "QuestionnaireDraft" (
    "id" TEXT NOT NULL,
    "baseVersion" TEXT NOT NULL,
    "strings" TEXT NOT NULL DEFAULT '{}',
    "confirmations" TEXT NOT NULL DEFAULT '{}',
    "revision" INTEGER NOT NULL DEFAULT 0,
    "updatedBy" TEXT,

    CONSTRAINT "QuestionnaireDraft_pkey" PRIMARY KEY ("id")
);
