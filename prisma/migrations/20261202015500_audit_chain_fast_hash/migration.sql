-- Hand-written (no schema change): the audit hash chain's hash, computed about ten times faster,
-- to the same value.
--
-- Measured (100,000 audit events appended by the bulk import in one transaction): most of the
-- row trigger's time was `audit_event_hash`, a SQL function whose eleven `audit_field` calls were
-- never inlined (an IMMUTABLE SQL function is inlined only when its body is immutable too, and
-- convert_to is not), so every event ran eleven SQL-function executions, and printed its jsonb
-- `before` and `after` twice each. Now `audit_event_hash` is one expression in PL/pgSQL: each field
-- is printed once and the text is put together in one concat. The encoding (version 1, documented
-- in migration 20261201132101_audit_hash_chain) is unchanged, byte for byte: the same fields in
-- the same order, each as '<length in UTF-8 bytes>:<text>' or '-' for NULL, so every stored hash
-- stays valid and `npm run audit:verify` (lib/data/audit-chain.ts) is unchanged.
--
-- The row trigger also draws the id from the sequence by its oid (looked up here, once) instead of
-- calling pg_get_serial_sequence (a catalog search) for every event, and plans its backward probe of
-- the primary key as an index scan whatever the statistics say (enable_seqscan, _bitmapscan and
-- _sort off for its own queries only): PL/pgSQL keeps a plan for the session, and a plan made while
-- audit_event looked small (a sequential scan and a sort) would read the whole table once per event
-- as one transaction appends 100,000 of them. The locking and the chaining
-- (the head's row lock, the previous hash as this transaction's latest event after the head, the
-- statement trigger moving the head) are exactly as in migration 20261201200000_audit_chain_bulk_append.

CREATE OR REPLACE FUNCTION "audit_event_hash"(e "audit_event") RETURNS char(64) LANGUAGE plpgsql STABLE AS $$
DECLARE
  before_text text := e.before::text;
  after_text text := e.after::text;
  at_text text := to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
BEGIN
  RETURN encode(sha256(convert_to(concat(
    'crisis-ledger-audit-v1',
    CASE WHEN e.id IS NULL THEN '-' ELSE octet_length(convert_to(e.id::text, 'UTF8')) || ':' || e.id::text END,
    CASE WHEN at_text IS NULL THEN '-' ELSE octet_length(convert_to(at_text, 'UTF8')) || ':' || at_text END,
    CASE WHEN e.actor_id IS NULL THEN '-' ELSE octet_length(convert_to(e.actor_id::text, 'UTF8')) || ':' || e.actor_id::text END,
    CASE WHEN e.actor_email IS NULL THEN '-' ELSE octet_length(convert_to(e.actor_email::text, 'UTF8')) || ':' || e.actor_email::text END,
    CASE WHEN e.action IS NULL THEN '-' ELSE octet_length(convert_to(e.action::text, 'UTF8')) || ':' || e.action::text END,
    CASE WHEN e.entity_type IS NULL THEN '-' ELSE octet_length(convert_to(e.entity_type::text, 'UTF8')) || ':' || e.entity_type::text END,
    CASE WHEN e.entity_id IS NULL THEN '-' ELSE octet_length(convert_to(e.entity_id::text, 'UTF8')) || ':' || e.entity_id::text END,
    CASE WHEN before_text IS NULL THEN '-' ELSE octet_length(convert_to(before_text, 'UTF8')) || ':' || before_text END,
    CASE WHEN after_text IS NULL THEN '-' ELSE octet_length(convert_to(after_text, 'UTF8')) || ':' || after_text END,
    CASE WHEN e.origin IS NULL THEN '-' ELSE octet_length(convert_to(e.origin::text, 'UTF8')) || ':' || e.origin::text END,
    CASE WHEN e.prev_hash IS NULL THEN '-' ELSE octet_length(convert_to(e.prev_hash::text, 'UTF8')) || ':' || e.prev_hash::text END
  ), 'UTF8')), 'hex');
END;
$$;

DO $do$
BEGIN
  EXECUTE format($fn$
    CREATE OR REPLACE FUNCTION "audit_event_chain"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp SET enable_seqscan = off SET enable_bitmapscan = off SET enable_sort = off AS $body$
    DECLARE
      head "audit_chain_head";
      previous char(64);
    BEGIN
      SELECT * INTO head FROM "audit_chain_head" WHERE "id" = 1 FOR UPDATE;
      IF NOT FOUND THEN
        RAISE EXCEPTION 'audit_chain_head has no row: the audit hash chain cannot continue';
      END IF;
      SELECT e."hash" INTO previous FROM "audit_event" e WHERE e."id" > head.last_id ORDER BY e."id" DESC LIMIT 1;
      NEW.id := nextval(%L::regclass);
      NEW.prev_hash := coalesce(previous, head.last_hash);
      NEW.hash := audit_event_hash(NEW);
      RETURN NEW;
    END;
    $body$ $fn$, pg_get_serial_sequence('public.audit_event', 'id'));
END $do$;
