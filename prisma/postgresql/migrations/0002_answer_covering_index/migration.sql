-- DropIndex
DROP INDEX "Answer_variable_code_idx";

-- CreateIndex
CREATE INDEX "Answer_variable_code_responseSeq_idx" ON "Answer"("variable", "code", "responseSeq");

