-- AlterTable
ALTER TABLE "audit_event" ADD COLUMN     "hash" CHAR(64),
ADD COLUMN     "prev_hash" CHAR(64);

-- CreateTable
CREATE TABLE "audit_chain_head" (
    "id" INTEGER NOT NULL,
    "last_id" BIGINT NOT NULL,
    "last_hash" CHAR(64) NOT NULL,

    CONSTRAINT "audit_chain_head_pkey" PRIMARY KEY ("id")
);

-- ---------------------------------------------------------------------------------------------
-- Hand-written: a hash chain over the audit log, so a changed, inserted or deleted event shows
-- (`npm run audit:verify`, lib/data/audit-chain.ts). Computed here, in a trigger, so every writer
-- chains, whatever client it uses.
-- ---------------------------------------------------------------------------------------------

-- The canonical encoding of an event (version 1), which its hash covers. Keep it stable: the
-- verifier recomputes it in JavaScript (lib/data/audit-chain.ts, `auditEventHash`).
--   text = 'crisis-ledger-audit-v1' followed by these fields, in this order:
--          id, at, actor_id, actor_email, action, entity_type, entity_id, before, after, origin, prev_hash
--   each field as '<length in UTF-8 bytes>:<text>', and NULL as '-' (so no two rows encode alike);
--   id and actor_id in decimal; at in UTC as 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"' (what JavaScript's
--   toISOString gives; the column keeps milliseconds); before and after as jsonb's own text output
--   (keys sorted, one spelling per value); prev_hash as 64 lower-case hex digits.
--   hash = lower-case hex SHA-256 of the text in UTF-8.
-- The first event's prev_hash is 64 zeros. Columns added to audit_event later are not covered
-- unless a new version of this encoding adds them.
CREATE FUNCTION "audit_field"(value text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN value IS NULL THEN '-' ELSE octet_length(convert_to(value, 'UTF8'))::text || ':' || value END
$$;

CREATE FUNCTION "audit_event_hash"(e "audit_event") RETURNS char(64) LANGUAGE sql STABLE AS $$
  SELECT encode(sha256(convert_to(
    'crisis-ledger-audit-v1'
    || public.audit_field(e.id::text)
    || public.audit_field(to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
    || public.audit_field(e.actor_id::text)
    || public.audit_field(e.actor_email::text)
    || public.audit_field(e.action::text)
    || public.audit_field(e.entity_type::text)
    || public.audit_field(e.entity_id::text)
    || public.audit_field(e.before::text)
    || public.audit_field(e.after::text)
    || public.audit_field(e.origin::text)
    || public.audit_field(e.prev_hash::text),
    'UTF8')), 'hex')
$$;

-- Existing events, chained in id order (the append-only trigger is lifted for this only).
ALTER TABLE "audit_event" DISABLE TRIGGER "audit_event_no_update_delete";
DO $$
DECLARE
  event "audit_event";
  previous char(64) := repeat('0', 64);
BEGIN
  FOR event IN SELECT * FROM "audit_event" ORDER BY "id" LOOP
    event.prev_hash := previous;
    previous := audit_event_hash(event);
    UPDATE "audit_event" SET "prev_hash" = event.prev_hash, "hash" = previous WHERE "id" = event.id;
  END LOOP;
  INSERT INTO "audit_chain_head" ("id", "last_id", "last_hash")
    VALUES (1, coalesce((SELECT max("id") FROM "audit_event"), 0), previous);
END $$;
ALTER TABLE "audit_event" ENABLE TRIGGER "audit_event_no_update_delete";

ALTER TABLE "audit_event"
  ADD CONSTRAINT "audit_event_hash_check" CHECK ("hash" ~ '^[0-9a-f]{64}$' AND "prev_hash" ~ '^[0-9a-f]{64}$');
ALTER TABLE "audit_chain_head"
  ADD CONSTRAINT "audit_chain_head_single_row_check" CHECK ("id" = 1);

-- Every new event: under the chain head's row lock (held to the end of the transaction, so
-- concurrent writers queue here and each chains onto the last committed event; under REPEATABLE
-- READ a concurrent writer gets a serialization error instead of forking the chain), take the
-- next id (so id order is chain order), the previous hash, and hash the row. SECURITY DEFINER:
-- it runs as the owner, so the app role needs no privilege on audit_chain_head.
CREATE FUNCTION "audit_event_chain"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
DECLARE
  head "audit_chain_head";
BEGIN
  SELECT * INTO head FROM "audit_chain_head" WHERE "id" = 1 FOR UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'audit_chain_head has no row: the audit hash chain cannot continue';
  END IF;
  NEW.id := nextval(pg_get_serial_sequence('public.audit_event', 'id'));
  NEW.prev_hash := head.last_hash;
  NEW.hash := audit_event_hash(NEW);
  UPDATE "audit_chain_head" SET "last_id" = NEW.id, "last_hash" = NEW.hash WHERE "id" = 1;
  RETURN NEW;
END;
$$;

REVOKE ALL ON FUNCTION "audit_event_chain"() FROM PUBLIC;

CREATE TRIGGER "audit_event_chain"
  BEFORE INSERT ON "audit_event"
  FOR EACH ROW EXECUTE FUNCTION "audit_event_chain"();

-- The chain head is the owner's alone, whatever default privileges granted (the app role's
-- grants are made in lib/migrations/roles.ts; this holds when other tools apply the migrations too).
DO $$
DECLARE
  grantee text;
BEGIN
  FOR grantee IN
    SELECT DISTINCT g.grantee FROM information_schema.role_table_grants g
    WHERE g.table_schema = 'public' AND g.table_name = 'audit_chain_head' AND g.grantee <> current_user
  LOOP
    EXECUTE format('REVOKE ALL ON "audit_chain_head" FROM %s', CASE WHEN grantee = 'PUBLIC' THEN 'PUBLIC' ELSE quote_ident(grantee) END);
  END LOOP;
END $$;
