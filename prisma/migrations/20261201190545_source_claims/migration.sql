-- CreateTable
CREATE TABLE "source_claims" (
    "source_id" INTEGER NOT NULL,
    "indicator_id" INTEGER NOT NULL,
    "claims" INTEGER NOT NULL,

    CONSTRAINT "source_claims_pkey" PRIMARY KEY ("source_id","indicator_id")
);

-- ============================================================================================
-- Hand-written: source_claims is kept by statement-level triggers on latest_claim (which the
-- triggers on figure keep; see read_path_rollups), from the transition tables only: each
-- statement adds the claims of the keys it inserted or updated to and takes away those it
-- deleted or updated from, per (source, indicator). So a bulk COPY or a publish costs one row per
-- (source, indicator) it touched, /sources reads ~ sources x indicators rows, and no writer
-- (the app, the import, an operator's SQL) can bypass it. Writers of one indicator already take
-- turns on latest_claim_lock, so the rows of one indicator are updated by one transaction at a
-- time. SECURITY DEFINER like the other rollup functions: the app role may only read the table.
-- ============================================================================================

ALTER TABLE "source_claims" ADD CONSTRAINT "source_claims_claims_check" CHECK ("claims" > 0);

-- Adds per (source, indicator) the sum of the given deltas; a row whose count reaches 0 is deleted
-- (a negative count, which only a drifted rollup could give, fails the CHECK: loudly, never silently).
CREATE FUNCTION "source_claims_apply"(source_ids integer[], indicator_ids integer[], deltas integer[]) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  WITH d AS (
      SELECT u.s AS source_id, u.i AS indicator_id, sum(u.n)::int AS claims
      FROM unnest(source_ids, indicator_ids, deltas) AS u (s, i, n)
      GROUP BY u.s, u.i HAVING sum(u.n) <> 0
    ),
    gone AS (
      DELETE FROM source_claims sc USING d
      WHERE sc.source_id = d.source_id AND sc.indicator_id = d.indicator_id AND sc.claims + d.claims = 0
    ),
    -- An UPDATE, not INSERT ... ON CONFLICT: the CHECK would refuse a negative delta as the row proposed.
    changed AS (
      UPDATE source_claims sc SET claims = sc.claims + d.claims FROM d
      WHERE sc.source_id = d.source_id AND sc.indicator_id = d.indicator_id AND sc.claims + d.claims <> 0
    )
  -- (source, indicator) pairs new to the table; every statement here sees the table as it was before it.
  INSERT INTO source_claims (source_id, indicator_id, claims)
  SELECT d.source_id, d.indicator_id, d.claims FROM d
  WHERE NOT EXISTS (SELECT 1 FROM source_claims x WHERE x.source_id = d.source_id AND x.indicator_id = d.indicator_id)
  ORDER BY d.source_id, d.indicator_id;
END $$;

CREATE FUNCTION "source_claims_on_insert"() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  PERFORM source_claims_apply(array_agg(source_id), array_agg(indicator_id), array_agg(claims)) FROM new_rows;
  RETURN NULL;
END $$;

CREATE FUNCTION "source_claims_on_update"() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  PERFORM source_claims_apply(array_agg(source_id), array_agg(indicator_id), array_agg(claims))
  FROM (SELECT source_id, indicator_id, claims FROM new_rows UNION ALL SELECT source_id, indicator_id, -claims FROM old_rows) d;
  RETURN NULL;
END $$;

CREATE FUNCTION "source_claims_on_delete"() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  PERFORM source_claims_apply(array_agg(source_id), array_agg(indicator_id), array_agg(-claims)) FROM old_rows;
  RETURN NULL;
END $$;

CREATE FUNCTION "source_claims_on_truncate"() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  DELETE FROM source_claims;
  RETURN NULL;
END $$;

CREATE TRIGGER "source_claims_insert" AFTER INSERT ON "latest_claim"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "source_claims_on_insert"();
CREATE TRIGGER "source_claims_update" AFTER UPDATE ON "latest_claim"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "source_claims_on_update"();
CREATE TRIGGER "source_claims_delete" AFTER DELETE ON "latest_claim"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "source_claims_on_delete"();
CREATE TRIGGER "source_claims_truncate" AFTER TRUNCATE ON "latest_claim"
  FOR EACH STATEMENT EXECUTE FUNCTION "source_claims_on_truncate"();

-- ---------------------------------------------------------------- backfill

INSERT INTO "source_claims" ("source_id", "indicator_id", "claims")
SELECT "source_id", "indicator_id", sum("claims")::int FROM "latest_claim" GROUP BY "source_id", "indicator_id";
