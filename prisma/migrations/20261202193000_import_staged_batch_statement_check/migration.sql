-- Hand-written: a staged row's batch must exist, as before, but the rule is checked once a statement instead of once a
-- row. The foreign key import_staged_figure.batch_id -> import_batch.id (ON DELETE CASCADE) becomes three triggers.
--
-- Why: a preview stages up to 200,000 rows, 1,000 a statement, three statements at a time, while the preview's progress is
-- written to the same batch row. The foreign key's check of each row locks the batch row (KEY SHARE); with several
-- transactions holding that lock it is a multixact, and each row's check looks itself up among the members again: ~9 us a
-- row, 0.95 s of the database's CPU time in a preview of 100,000 rows (`npm run bench:import`, its CPU figures: 3.7-3.8 s
-- without the check, 4.7-4.8 s with it). Checked once a statement, it is one lock and one lookup per batch.
--
-- 1. After an insert or update of staged rows: each batch they name is locked as the foreign key's check locked it (FOR
--    KEY SHARE, so the batch cannot be deleted, or its id changed, before this transaction ends), and a batch that is not
--    there is a foreign_key_violation, as before.
-- 2. After batches are deleted: their staged rows are deleted, in the same statement's end (as the cascade did).
-- 3. A batch's id never changes (the foreign key cascaded such a change; nothing makes one).

ALTER TABLE "import_staged_figure" DROP CONSTRAINT "import_staged_figure_batch_id_fkey";

CREATE FUNCTION "import_staged_figure_batch_exists"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  staged record;
BEGIN
  FOR staged IN SELECT DISTINCT n.batch_id FROM new_rows n LOOP
    PERFORM FROM "import_batch" b WHERE b.id = staged.batch_id FOR KEY SHARE;
    IF NOT FOUND THEN
      RAISE EXCEPTION 'insert or update on table "import_staged_figure" violates its batch rule'
        USING ERRCODE = 'foreign_key_violation', DETAIL = format('Key (batch_id)=(%s) is not present in table "import_batch".', staged.batch_id);
    END IF;
  END LOOP;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "import_staged_figure_batch_exists_insert" AFTER INSERT ON "import_staged_figure"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "import_staged_figure_batch_exists"();
CREATE TRIGGER "import_staged_figure_batch_exists_update" AFTER UPDATE ON "import_staged_figure"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "import_staged_figure_batch_exists"();

CREATE FUNCTION "import_batch_drop_staged"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "import_staged_figure" s USING old_rows o WHERE s.batch_id = o.id;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "import_batch_drop_staged" AFTER DELETE ON "import_batch"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "import_batch_drop_staged"();

CREATE FUNCTION "import_batch_id_fixed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'an import batch''s id does not change (batch %)', OLD.id USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TRIGGER "import_batch_id_fixed" BEFORE UPDATE OF "id" ON "import_batch"
  FOR EACH ROW WHEN (OLD.id IS DISTINCT FROM NEW.id) EXECUTE FUNCTION "import_batch_id_fixed"();
