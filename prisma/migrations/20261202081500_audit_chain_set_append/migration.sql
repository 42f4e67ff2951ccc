-- Hand-written (no schema change): the audit log appends a bulk import's events as a set, and
-- checks its hashes' format about ten times faster. The chain itself (ids, prev_hash, hash, the
-- encoding of migration 20261201132101_audit_hash_chain, the head) is exactly what it was:
-- `npm run audit:verify` and lib/data/audit-chain.ts are unchanged.
--
-- Measured (100,000 figures imported in one transaction, 2-core machine under load): of the ~17 s
-- the revisions and audit events took, ~5.6 s was the row trigger `audit_event_chain` (per event: a
-- SECURITY DEFINER call with four SET clauses, the head's row lock taken again, the backward probe,
-- the hash) and ~5 s the CHECK `hash ~ '^[0-9a-f]{64}$' AND prev_hash ~ ...`: PostgreSQL's regex
-- engine expands the bound {64} into 64 states, ~35 us a match (200,000 matches: 7.4 s; the check
-- below: 0.7 s).
--
-- 1. The same rule, cheaper: exactly 64 characters, none of them outside 0-9a-f (a char(64) value
--    is read without its padding, as the regex read it; NULL passes both, as before).
--
-- 2. `audit_append_import_events(batch, actor, email, origin)` appends the events of a bulk
--    import: one event per revision of the batch's figures (figure.<revision action>, its snapshot
--    as `after`, the figure's previous revision as `before`), in (figure, version) order. It runs as
--    the owner: it takes the head's row lock once (so concurrent writers still queue there and
--    cannot fork the chain), finds the previous hash as the row trigger does, then draws each id
--    from the sequence and computes each hash with `audit_event_hash` in one loop, and inserts the
--    events 5,000 at a time (the statement trigger moves the head after each insert, as before).
--    Anyone may call it: what it appends, the app role could insert itself (it may insert any event);
--    what the app role still cannot do is choose an id, a prev_hash or a hash.
--
-- 3. The row trigger now runs as the caller (SECURITY INVOKER) and trusts a row's id, prev_hash and
--    hash only when the inserting role is this migration's role (the owner of the log and of the
--    function above) AND the setting `crisis_ledger.audit_set_append` is 'on'. The function above
--    sets it (transaction-local) around its own inserts only, and sets it back before it returns (an
--    error aborts the transaction or savepoint, which undoes the setting too); any role may set it, but
--    the app role is never the owner (it owns nothing, cannot SET ROLE to it, and the owner's other
--    SECURITY DEFINER functions insert no events), and the owner inserting directly without the
--    function gets the usual path. Every other row is chained as before, by
--    `audit_event_chain_row` (the former trigger body, SECURITY DEFINER, unchanged logic): the
--    head's row lock and the previous hash (this transaction's latest event after the head, else the
--    head's; `audit_chain_lock_head`, which the set append uses too), the next id, the hash. The trigger's own names are schema-qualified, so the caller's
--    search_path cannot redirect them. If the owner role is renamed, bulk rows take the usual path
--    (still a correct chain, only slower).

ALTER TABLE "audit_event" DROP CONSTRAINT "audit_event_hash_check";
ALTER TABLE "audit_event"
  ADD CONSTRAINT "audit_event_hash_check" CHECK (
    length("hash") = 64 AND "hash" !~ '[^0-9a-f]' AND length("prev_hash") = 64 AND "prev_hash" !~ '[^0-9a-f]'
  );

-- Under the head's row lock (held to the end of the transaction), the chain's last hash: this transaction's latest event
-- after the head, else the head's. As in the former row trigger (migration 20261202015500_audit_chain_fast_hash), its
-- probe planned as an index scan whatever the statistics say.
CREATE FUNCTION "audit_chain_lock_head"() RETURNS char(64) LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp SET enable_seqscan = off SET enable_bitmapscan = off SET enable_sort = off AS $body$
DECLARE
  head "audit_chain_head";
  previous char(64);
BEGIN
  SELECT * INTO head FROM "audit_chain_head" WHERE "id" = 1 FOR UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'audit_chain_head has no row: the audit hash chain cannot continue';
  END IF;
  SELECT p."hash" INTO previous FROM "audit_event" p WHERE p."id" > head.last_id ORDER BY p."id" DESC LIMIT 1;
  RETURN coalesce(previous, head.last_hash);
END;
$body$;
REVOKE ALL ON FUNCTION "audit_chain_lock_head"() FROM PUBLIC;

DO $do$
BEGIN
  -- The former row trigger's work, unchanged, as a function of the row: the lock and previous hash, the next id, the hash.
  EXECUTE format($fn$
    CREATE FUNCTION "audit_event_chain_row"(e "audit_event") RETURNS "audit_event" LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp AS $body$
    BEGIN
      e.prev_hash := audit_chain_lock_head();
      e.id := nextval(%1$L::regclass);
      e.hash := audit_event_hash(e);
      RETURN e;
    END;
    $body$ $fn$, pg_get_serial_sequence('public.audit_event', 'id'));

  EXECUTE format($fn$
    CREATE OR REPLACE FUNCTION "audit_event_chain"() RETURNS trigger LANGUAGE plpgsql SECURITY INVOKER AS $body$
    BEGIN
      IF current_user OPERATOR(pg_catalog.=) %1$L::name
         AND pg_catalog.current_setting('crisis_ledger.audit_set_append', true) OPERATOR(pg_catalog.=) 'on' THEN
        RETURN NEW;
      END IF;
      RETURN public.audit_event_chain_row(NEW);
    END;
    $body$ $fn$, current_user);

  EXECUTE format($fn$
    CREATE FUNCTION "audit_append_import_events"(p_batch_id integer, p_actor_id integer, p_actor_email text, p_origin text)
    RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp AS $body$
    DECLARE
      previous char(64) := audit_chain_lock_head();
      e "audit_event";
      pending "audit_event"[] := '{}';
      n integer := 0;
      total bigint := 0;
    BEGIN
      PERFORM pg_catalog.set_config('crisis_ledger.audit_set_append', 'on', true);
      FOR e IN
        SELECT NULL::bigint, now()::timestamp(3) with time zone, p_actor_id, p_actor_email::varchar(320),
          ('figure.' || r.action)::varchar(80), 'figure'::varchar(40), r.figure_id::text::varchar(80), b.snapshot, r.snapshot,
          left(p_origin, 500)::varchar(500), NULL::char(64), NULL::char(64)
        FROM "figure" f
        JOIN "figure_revision" r ON r.figure_id = f.id
        LEFT JOIN "figure_revision" b ON b.figure_id = r.figure_id AND b.version = r.version - 1
        WHERE f.import_batch_id = p_batch_id
        ORDER BY r.figure_id, r.version
      LOOP
        e.id := nextval(%1$L::regclass);
        e.prev_hash := previous;
        e.hash := audit_event_hash(e);
        previous := e.hash;
        n := n + 1;
        pending[n] := e;
        IF n = 5000 THEN
          INSERT INTO "audit_event" SELECT * FROM unnest(pending);
          total := total + n;
          pending := '{}';
          n := 0;
        END IF;
      END LOOP;
      IF n > 0 THEN
        INSERT INTO "audit_event" SELECT * FROM unnest(pending);
        total := total + n;
      END IF;
      PERFORM pg_catalog.set_config('crisis_ledger.audit_set_append', 'off', true);
      RETURN total;
    END;
    $body$ $fn$, pg_get_serial_sequence('public.audit_event', 'id'));
END $do$;
