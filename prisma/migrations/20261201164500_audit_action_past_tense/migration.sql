-- Hand-written (no schema change): audit action names in one tense, the past (an event is a fact):
-- `source.create` becomes `source.created`, like `figure.published` always was. The names the app
-- writes are `AUDIT_ACTIONS` in lib/domain/audit-actions.ts; the renames below are its
-- `RENAMED_AUDIT_ACTIONS` (lib/data/audit-actions.test.ts checks that they agree).
--
-- The hash chain covers the action, so every event from the first renamed one on is chained again,
-- exactly as the trigger chains a new event (`audit_event_hash`, migration 20261201132101_audit_hash_chain),
-- and the chain head gets the new last hash. Events before the first renamed one keep their hashes.
-- A hash kept outside the database from before this migration (`audit:verify --kept`) is no longer
-- in the chain if anything was renamed: run `npm run audit:verify` after migrating and keep its hash.
-- Runs as the owner (only the owner can lift the append-only trigger), in the migration's transaction;
-- the chain head's row lock makes concurrent writers wait for the end.

ALTER TABLE "audit_event" DISABLE TRIGGER "audit_event_no_update_delete";

DO $$
DECLARE
  first_renamed bigint;
  event "audit_event";
  previous char(64);
BEGIN
  PERFORM 1 FROM "audit_chain_head" WHERE "id" = 1 FOR UPDATE;
  WITH renamed ("old_action", "new_action") AS (VALUES
    ('auth.sign_in', 'auth.signed_in'),
    ('user.create', 'user.created'),
    ('user.change_role', 'user.role_changed'),
    ('user.enable', 'user.enabled'),
    ('user.disable', 'user.disabled'),
    ('user.reset_password', 'user.password_reset'),
    ('user.end_sessions', 'user.sessions_ended'),
    ('user.change_password', 'user.password_changed'),
    ('user.change_password_failed', 'user.password_change_failed'),
    ('user.reset_second_factor', 'user.second_factor_reset'),
    ('indicator.create', 'indicator.created'),
    ('indicator.update', 'indicator.updated'),
    ('location.create', 'location.created'),
    ('location.update', 'location.updated'),
    ('location.move', 'location.moved'),
    ('location.delete', 'location.deleted'),
    ('location.import', 'location.imported'),
    ('source.create', 'source.created'),
    ('source.update', 'source.updated'),
    ('source.reactivate', 'source.reactivated'),
    ('source.deactivate', 'source.deactivated'),
    ('source.delete', 'source.deleted'),
    ('source.merge', 'source.merged'),
    ('seed.load', 'seed.loaded')
  ), changed AS (
    UPDATE "audit_event" e SET "action" = r."new_action" FROM renamed r WHERE e."action" = r."old_action" RETURNING e."id"
  )
  SELECT min("id") INTO first_renamed FROM changed;
  IF first_renamed IS NULL THEN
    RETURN;
  END IF;
  SELECT "prev_hash" INTO previous FROM "audit_event" WHERE "id" = first_renamed;
  FOR event IN SELECT * FROM "audit_event" WHERE "id" >= first_renamed ORDER BY "id" LOOP
    event.prev_hash := previous;
    previous := audit_event_hash(event);
    UPDATE "audit_event" SET "prev_hash" = event.prev_hash, "hash" = previous WHERE "id" = event.id;
  END LOOP;
  UPDATE "audit_chain_head" SET "last_hash" = previous WHERE "id" = 1;
END $$;

ALTER TABLE "audit_event" ENABLE TRIGGER "audit_event_no_update_delete";
