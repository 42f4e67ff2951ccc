-- Each staged row of an import preview carries its figure's snapshot, built when the preview
-- stages the row (the database is otherwise idle while the file is parsed), so apply no longer
-- builds 100,000 snapshots inside its transaction: it adds the keys only it knows (id, status,
-- version, author, last editor, contributors) to each. lib/data/figure-import.ts.
--
-- Previews staged before this migration have no snapshot: they are dropped, and their batches are
-- back to "uploaded" (the file is kept; checking it again stages it again), as a stale preview is.
DELETE FROM "import_staged_figure";
UPDATE "import_batch" SET "state" = 'uploaded', "progress_phase" = NULL, "progress_done" = 0 WHERE "state" = 'checked';

-- AlterTable
ALTER TABLE "import_staged_figure" ADD COLUMN     "snapshot" JSONB NOT NULL;

-- Fresh statistics for the staged rows, callable by the app role (ANALYZE needs the table's owner;
-- MAINTAIN, which could be granted instead, exists only from PostgreSQL 17). The preview calls it once
-- it has staged a file: without it, the planner may still believe the batch has no staged rows and
-- check 100,000 of them against every stored figure with a nested loop (seen: 8.6 s instead of 0.1 s).
-- Only the batch column: its counts are what the plans need, and the whole table's would take a second.
CREATE FUNCTION "import_staged_figure_analyze"() RETURNS void
  LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp
  AS $$ ANALYZE "import_staged_figure" ("batch_id") $$;
