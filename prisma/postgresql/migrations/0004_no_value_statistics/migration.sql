-- ANALYZE keeps samples of column values in pg_statistic (most common values and
-- histogram bounds): response ids and answer texts would stay there, in the
-- catalog's own files, after the day close and after "delete all" (docs/anonymity.md).
-- Statistics target 0: these columns are never sampled. No query filters or sorts
-- on them by value distribution (ids are looked up by their unique index).
ALTER TABLE "Response" ALTER COLUMN "id" SET STATISTICS 0;
ALTER TABLE "Response" ALTER COLUMN "answers" SET STATISTICS 0;
ALTER TABLE "Response" ALTER COLUMN "answersHash" SET STATISTICS 0;
ALTER TABLE "Answer" ALTER COLUMN "responseId" SET STATISTICS 0;
ALTER TABLE "Answer" ALTER COLUMN "text" SET STATISTICS 0;
