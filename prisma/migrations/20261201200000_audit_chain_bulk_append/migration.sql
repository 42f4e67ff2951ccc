-- Hand-written (no schema change): the audit hash chain, appended in bulk in linear time.
--
-- Until now the row trigger `audit_event_chain` moved the one-row `audit_chain_head` for every
-- event. Within one transaction each of those updates leaves a row version that no one can prune
-- before the commit, and every next event walks all of them to find the head: appending n events
-- in one transaction (the bulk import writes an event per figure, 100,000 in one transaction)
-- took time growing with n squared (10,000 events: the last 1,000 took six times the first).
--
-- Now the row trigger still takes the head's row lock first (so concurrent writers take turns and
-- cannot fork the chain, as before) and draws the id under it, but finds the previous hash as the
-- hash of this transaction's latest event after the head, if any, else the head's: a backward
-- probe of the primary key. A statement trigger then moves the head once per statement, to the
-- statement's last event. The chain (ids, prev_hash, hash, audit_event_hash) and the head at every
-- commit are exactly what they were: `npm run audit:verify` and lib/data/audit-chain.ts are unchanged.
--
-- Row-level BEFORE triggers see the rows earlier processed by the same statement (they run
-- volatile queries), and ids are drawn under the lock in processing order, so "the latest event
-- after the head" is always the one chained last.

CREATE OR REPLACE FUNCTION "audit_event_chain"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
DECLARE
  head "audit_chain_head";
  previous char(64);
BEGIN
  SELECT * INTO head FROM "audit_chain_head" WHERE "id" = 1 FOR UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'audit_chain_head has no row: the audit hash chain cannot continue';
  END IF;
  SELECT e."hash" INTO previous FROM "audit_event" e WHERE e."id" > head.last_id ORDER BY e."id" DESC LIMIT 1;
  NEW.id := nextval(pg_get_serial_sequence('public.audit_event', 'id'));
  NEW.prev_hash := coalesce(previous, head.last_hash);
  NEW.hash := audit_event_hash(NEW);
  RETURN NEW;
END;
$$;

CREATE FUNCTION "audit_event_chain_head"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
DECLARE
  head "audit_chain_head";
  latest "audit_event";
BEGIN
  SELECT * INTO head FROM "audit_chain_head" WHERE "id" = 1 FOR UPDATE;
  SELECT * INTO latest FROM "audit_event" e WHERE e."id" > head.last_id ORDER BY e."id" DESC LIMIT 1;
  IF FOUND THEN
    UPDATE "audit_chain_head" SET "last_id" = latest.id, "last_hash" = latest.hash WHERE "id" = 1;
  END IF;
  RETURN NULL;
END;
$$;

REVOKE ALL ON FUNCTION "audit_event_chain_head"() FROM PUBLIC;

CREATE TRIGGER "audit_event_chain_head"
  AFTER INSERT ON "audit_event"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_chain_head"();
