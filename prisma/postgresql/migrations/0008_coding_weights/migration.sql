-- Code frames, code assignments and raking weights (docs/decisions/017-coding-and-weights.md).
-- CreateTable
CREATE TABLE "CodeFrame" (
    "id" TEXT NOT NULL,
    "variable" TEXT NOT NULL,

    CONSTRAINT "CodeFrame_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CodeCategory" (
    "id" TEXT NOT NULL,
    "frameId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "labelKk" TEXT NOT NULL,
    "labelRu" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,

    CONSTRAINT "CodeCategory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CodeAssignment" (
    "responseId" TEXT NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "coderId" TEXT NOT NULL,
    "categoryId" TEXT NOT NULL,

    CONSTRAINT "CodeAssignment_pkey" PRIMARY KEY ("responseId","ordinal","coderId","categoryId")
);

-- CreateTable
CREATE TABLE "WeightScheme" (
    "id" TEXT NOT NULL,
    "margins" TEXT NOT NULL,
    "lowerBound" DOUBLE PRECISION NOT NULL,
    "upperBound" DOUBLE PRECISION NOT NULL,
    "iterations" INTEGER NOT NULL,
    "maxDeviation" DOUBLE PRECISION NOT NULL,
    "converged" BOOLEAN NOT NULL,
    "weighted" INTEGER NOT NULL,
    "unweighted" INTEGER NOT NULL,
    "uploadedBy" TEXT,

    CONSTRAINT "WeightScheme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResponseWeight" (
    "responseId" TEXT NOT NULL,
    "weight" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "ResponseWeight_pkey" PRIMARY KEY ("responseId")
);

-- CreateIndex
CREATE UNIQUE INDEX "CodeFrame_variable_key" ON "CodeFrame"("variable");

-- CreateIndex
CREATE UNIQUE INDEX "CodeCategory_frameId_number_key" ON "CodeCategory"("frameId", "number");

-- CreateIndex
CREATE INDEX "CodeAssignment_categoryId_coderId_idx" ON "CodeAssignment"("categoryId", "coderId");

-- AddForeignKey
ALTER TABLE "CodeCategory" ADD CONSTRAINT "CodeCategory_frameId_fkey" FOREIGN KEY ("frameId") REFERENCES "CodeFrame"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CodeAssignment" ADD CONSTRAINT "CodeAssignment_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "CodeCategory"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- As migration 0004: response ids are never sampled into pg_statistic.
ALTER TABLE "CodeAssignment" ALTER COLUMN "responseId" SET STATISTICS 0;
ALTER TABLE "ResponseWeight" ALTER COLUMN "responseId" SET STATISTICS 0;
