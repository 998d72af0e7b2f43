-- Code frames, code assignments and raking weights (docs/decisions/017-coding-and-weights.md).
-- CreateTable
CREATE TABLE "CodeFrame" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "variable" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "CodeCategory" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "frameId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "labelKk" TEXT NOT NULL,
    "labelRu" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,
    CONSTRAINT "CodeCategory_frameId_fkey" FOREIGN KEY ("frameId") REFERENCES "CodeFrame" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CodeAssignment" (
    "responseId" TEXT NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "coderId" TEXT NOT NULL,
    "categoryId" TEXT NOT NULL,

    PRIMARY KEY ("responseId", "ordinal", "coderId", "categoryId"),
    CONSTRAINT "CodeAssignment_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "CodeCategory" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "WeightScheme" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "margins" TEXT NOT NULL,
    "lowerBound" REAL NOT NULL,
    "upperBound" REAL NOT NULL,
    "iterations" INTEGER NOT NULL,
    "maxDeviation" REAL NOT NULL,
    "converged" BOOLEAN NOT NULL,
    "weighted" INTEGER NOT NULL,
    "unweighted" INTEGER NOT NULL,
    "uploadedBy" TEXT
);

-- CreateTable
CREATE TABLE "ResponseWeight" (
    "responseId" TEXT NOT NULL PRIMARY KEY,
    "weight" REAL NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "CodeFrame_variable_key" ON "CodeFrame"("variable");

-- CreateIndex
CREATE UNIQUE INDEX "CodeCategory_frameId_number_key" ON "CodeCategory"("frameId", "number");

-- CreateIndex
CREATE INDEX "CodeAssignment_categoryId_coderId_idx" ON "CodeAssignment"("categoryId", "coderId");

