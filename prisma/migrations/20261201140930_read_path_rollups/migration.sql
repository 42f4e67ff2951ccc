-- DropIndex
DROP INDEX "figure_status_indicator_id_location_id_as_of_idx";

-- CreateTable
CREATE TABLE "location_closure" (
    "ancestor_id" INTEGER NOT NULL,
    "descendant_id" INTEGER NOT NULL,
    "depth" SMALLINT NOT NULL,

    CONSTRAINT "location_closure_pkey" PRIMARY KEY ("ancestor_id","descendant_id")
);

-- CreateTable
CREATE TABLE "latest_claim" (
    "indicator_id" INTEGER NOT NULL,
    "location_id" INTEGER NOT NULL,
    "breakdown" VARCHAR(80) NOT NULL,
    "source_id" INTEGER NOT NULL,
    "sex" "Sex",
    "age_group" "AgeGroup",
    "population_group" "PopulationGroup",
    "figure_id" INTEGER NOT NULL,
    "as_of" DATE NOT NULL,
    "claims" INTEGER NOT NULL,

    CONSTRAINT "latest_claim_pkey" PRIMARY KEY ("indicator_id","location_id","breakdown","source_id")
);

-- CreateTable
CREATE TABLE "claim_summary" (
    "indicator_id" INTEGER NOT NULL,
    "location_id" INTEGER NOT NULL,
    "total_claims" INTEGER NOT NULL,
    "total_sources" INTEGER NOT NULL,
    "latest_as_of" DATE,
    "breakdown_claims" INTEGER NOT NULL,

    CONSTRAINT "claim_summary_pkey" PRIMARY KEY ("indicator_id","location_id")
);

-- CreateTable
CREATE TABLE "data_version" (
    "id" SMALLINT NOT NULL DEFAULT 1,
    "version" BIGINT NOT NULL DEFAULT 1,
    "changed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "data_version_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "data_version_pending" (
    "txid" BIGINT NOT NULL,

    CONSTRAINT "data_version_pending_pkey" PRIMARY KEY ("txid")
);

-- CreateIndex
CREATE INDEX "location_closure_descendant_id_depth_idx" ON "location_closure"("descendant_id", "depth");

-- CreateIndex
CREATE INDEX "latest_claim_source_id_idx" ON "latest_claim"("source_id");

-- CreateIndex
CREATE INDEX "figure_place_series_idx" ON "figure"("status", "indicator_id", "location_id", "as_of", "sex", "age_group", "population_group");

-- CreateIndex
CREATE INDEX "figure_latest_claim_idx" ON "figure"("status", "indicator_id", "location_id", "source_id", "sex", "age_group", "population_group", "as_of" DESC, "id" DESC);

-- AddForeignKey
ALTER TABLE "location_closure" ADD CONSTRAINT "location_closure_ancestor_id_fkey" FOREIGN KEY ("ancestor_id") REFERENCES "location"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "location_closure" ADD CONSTRAINT "location_closure_descendant_id_fkey" FOREIGN KEY ("descendant_id") REFERENCES "location"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ============================================================================================
-- Hand-written: the functions and statement-level triggers that keep location_closure,
-- latest_claim, claim_summary and data_version current for every writer (the app, the bulk
-- import, an operator's plain SQL), then the backfill of existing data.
--
-- Privileges: every function below is SECURITY DEFINER, owned by the role that runs the
-- migrations (the owner of the tables), with a fixed search_path. So a least-privilege app role
-- that may write figure, location, ... but has no write grant on the derived tables still keeps
-- them current; it needs only SELECT on them to read (and no role can write them by mistake
-- through the app). The fixed search_path stops a caller from shadowing a table or function.
-- ============================================================================================

ALTER TABLE "data_version" ADD CONSTRAINT "data_version_single_row_check" CHECK ("id" = 1);
ALTER TABLE "location_closure" ADD CONSTRAINT "location_closure_depth_check" CHECK ("depth" >= 0);

-- The rollup key of a figure's breakdown: 'total' when none is given. No SET clause, so that the
-- planner inlines it (it uses only built-ins, which pg_catalog resolves first).
CREATE FUNCTION "claim_breakdown"(sex "Sex", age_group "AgeGroup", population_group "PopulationGroup")
RETURNS varchar LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN sex IS NULL AND age_group IS NULL AND population_group IS NULL THEN 'total'
    ELSE concat_ws(',', 'sex=' || sex::text, 'age_group=' || age_group::text, 'population_group=' || population_group::text) END
$$;

-- ---------------------------------------------------------------- data version

-- The version advances once per writing transaction, at its commit: statement triggers only note
-- the transaction in data_version_pending, and a deferred constraint trigger on that table bumps
-- the one row and NOTIFYs. So the row lock on data_version is taken as the last thing before the
-- commit (no lock-order deadlock with rows the transaction writes later), and the new version
-- becomes visible, and the NOTIFY (payload: the version as text) arrives, exactly when the change
-- does: a reader never caches old data under a new version.
CREATE FUNCTION "advance_data_version"() RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE v bigint;
BEGIN
  INSERT INTO data_version AS dv (id, version, changed_at) VALUES (1, 1, now())
    ON CONFLICT (id) DO UPDATE SET version = dv.version + 1, changed_at = now()
    RETURNING dv.version INTO v;
  PERFORM pg_notify('data_version', v::text);
  RETURN v;
END $$;

CREATE FUNCTION "note_data_change"() RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  INSERT INTO data_version_pending (txid) VALUES (txid_current()) ON CONFLICT (txid) DO NOTHING;
END $$;

CREATE FUNCTION "data_version_at_commit"() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  DELETE FROM data_version_pending WHERE txid = NEW.txid;
  PERFORM advance_data_version();
  RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER "data_version_at_commit" AFTER INSERT ON "data_version_pending"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "data_version_at_commit"();

-- For tables whose every change shows on public pages (source, indicator, location, grade history).
CREATE FUNCTION "data_version_on_change"() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  PERFORM note_data_change();
  RETURN NULL;
END $$;

-- Timeline events: only when a public (published or retracted) row is inserted, changed or deleted;
-- drafts and the review queue are not public.
CREATE FUNCTION "data_version_on_timeline_event"() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE public_change boolean := false;
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    SELECT public_change OR EXISTS (SELECT 1 FROM new_rows WHERE status IN ('published', 'retracted')) INTO public_change;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    SELECT public_change OR EXISTS (SELECT 1 FROM old_rows WHERE status IN ('published', 'retracted')) INTO public_change;
  END IF;
  IF public_change THEN PERFORM note_data_change(); END IF;
  RETURN NULL;
END $$;

-- ---------------------------------------------------------------- location closure

-- Writes the closure rows of the given places by walking up location.parent_id (at most a few
-- levels each), so a statement inserting a parent and its children together works in any row
-- order. Refuses a cycle (a place moved under its own descendant).
CREATE FUNCTION "location_closure_rebuild"(ids integer[]) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE has_cycle boolean;
BEGIN
  WITH RECURSIVE up (descendant_id, ancestor_id, depth) AS (
      SELECT l.id, l.id, 0 FROM location l WHERE l.id = ANY (ids)
      UNION ALL
      SELECT up.descendant_id, l.parent_id, up.depth + 1
      FROM up JOIN location l ON l.id = up.ancestor_id
      WHERE l.parent_id IS NOT NULL
    ) CYCLE ancestor_id SET is_cycle USING path,
    written AS (
      INSERT INTO location_closure (ancestor_id, descendant_id, depth)
      SELECT ancestor_id, descendant_id, depth FROM up WHERE NOT is_cycle
      RETURNING 1
    )
  SELECT coalesce(bool_or(is_cycle), false) INTO has_cycle FROM up;
  IF has_cycle THEN
    RAISE EXCEPTION 'a place cannot be placed under itself or one of its own descendants' USING ERRCODE = 'check_violation';
  END IF;
END $$;

-- Concurrent writers of the tree (a place inserted under a parent that another transaction moves)
-- take turns on one transaction-level advisory lock (class 1281); the statement after it sees
-- what the other committed (READ COMMITTED takes a snapshot per statement). Tree changes are rare.
CREATE FUNCTION "location_closure_lock"() RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(1281, 0);
END $$;

CREATE FUNCTION "location_closure_on_insert"() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  PERFORM location_closure_lock();
  PERFORM location_closure_rebuild(ARRAY(SELECT id FROM new_rows));
  RETURN NULL;
END $$;

-- A change of parent moves the place's whole subtree: every place below a moved one (found in
-- the closure as it was) gets its ancestor rows rewritten. Id changes follow by the foreign
-- keys' ON UPDATE CASCADE; deletions by their ON DELETE CASCADE.
CREATE FUNCTION "location_closure_on_update"() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  moved integer[];
  affected integer[];
BEGIN
  moved := ARRAY(SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n.parent_id IS DISTINCT FROM o.parent_id);
  IF cardinality(moved) > 0 THEN
    PERFORM location_closure_lock();
    affected := ARRAY(SELECT DISTINCT descendant_id FROM location_closure WHERE ancestor_id = ANY (moved));
    DELETE FROM location_closure WHERE descendant_id = ANY (affected);
    PERFORM location_closure_rebuild(affected);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "location_closure_insert" AFTER INSERT ON "location"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "location_closure_on_insert"();
CREATE TRIGGER "location_closure_update" AFTER UPDATE ON "location"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "location_closure_on_update"();

-- ---------------------------------------------------------------- latest claims

-- Recomputes claim_summary for the given (indicator, place) pairs from latest_claim (a handful of
-- rows per pair: one per source and breakdown).
CREATE FUNCTION "claim_summary_refresh"(indicator_ids integer[], location_ids integer[]) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  WITH pairs AS (
      SELECT DISTINCT p.indicator_id, p.location_id FROM unnest(indicator_ids, location_ids) AS p (indicator_id, location_id)
    ),
    agg AS (
      SELECT p.indicator_id, p.location_id,
        coalesce(sum(lc.claims) FILTER (WHERE lc.breakdown = 'total'), 0)::int AS total_claims,
        count(lc.source_id) FILTER (WHERE lc.breakdown = 'total')::int AS total_sources,
        max(lc.as_of) FILTER (WHERE lc.breakdown = 'total') AS latest_as_of,
        coalesce(sum(lc.claims) FILTER (WHERE lc.breakdown <> 'total'), 0)::int AS breakdown_claims,
        count(lc.source_id) AS keys
      FROM pairs p LEFT JOIN latest_claim lc ON lc.indicator_id = p.indicator_id AND lc.location_id = p.location_id
      GROUP BY p.indicator_id, p.location_id
    ),
    gone AS (
      DELETE FROM claim_summary cs USING agg
      WHERE cs.indicator_id = agg.indicator_id AND cs.location_id = agg.location_id AND agg.keys = 0
    )
  INSERT INTO claim_summary AS cs (indicator_id, location_id, total_claims, total_sources, latest_as_of, breakdown_claims)
  SELECT indicator_id, location_id, total_claims, total_sources, latest_as_of, breakdown_claims FROM agg WHERE keys > 0
  ON CONFLICT (indicator_id, location_id) DO UPDATE SET total_claims = EXCLUDED.total_claims,
    total_sources = EXCLUDED.total_sources, latest_as_of = EXCLUDED.latest_as_of, breakdown_claims = EXCLUDED.breakdown_claims;
END $$;

-- Writers of figures of one indicator take turns (a transaction-level advisory lock of class 1280
-- per indicator, taken in id order so two writers cannot deadlock on them): otherwise a recompute
-- reading figure before another transaction's publish of the same key commits could overwrite
-- that transaction's result with an older one. The next statement sees what the other committed
-- (READ COMMITTED takes a snapshot per statement). Per indicator, not per key, so that a bulk
-- load of a million rows takes a few dozen locks, not one per key (the lock table is small).
CREATE FUNCTION "latest_claim_lock"(indicator_ids integer[]) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  -- PERFORM runs the query to its end: every indicator's lock is taken.
  PERFORM pg_advisory_xact_lock(1280, i) FROM (SELECT DISTINCT i FROM unnest(indicator_ids) AS u (i) ORDER BY i) ordered;
END $$;

-- Recomputes latest_claim for the given keys from figure (figure_latest_claim_idx finds a key's
-- published claims), deleting keys left without any, then their claim_summary rows.
CREATE FUNCTION "latest_claim_refresh"(indicator_ids integer[], location_ids integer[], breakdowns varchar[], source_ids integer[])
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  PERFORM latest_claim_lock(indicator_ids);
  WITH keys AS (
      SELECT DISTINCT k.indicator_id, k.location_id, k.breakdown, k.source_id
      FROM unnest(indicator_ids, location_ids, breakdowns, source_ids) AS k (indicator_id, location_id, breakdown, source_id)
    ),
    fresh AS (
      SELECT DISTINCT ON (k.indicator_id, k.location_id, k.breakdown, k.source_id)
        k.indicator_id, k.location_id, k.breakdown, k.source_id, f.sex, f.age_group, f.population_group, f.id AS figure_id, f.as_of,
        count(*) OVER (PARTITION BY k.indicator_id, k.location_id, k.breakdown, k.source_id)::int AS claims
      FROM keys k JOIN figure f
        ON f.status = 'published' AND f.indicator_id = k.indicator_id AND f.location_id = k.location_id AND f.source_id = k.source_id
        AND claim_breakdown(f.sex, f.age_group, f.population_group) = k.breakdown
      ORDER BY k.indicator_id, k.location_id, k.breakdown, k.source_id, f.as_of DESC, f.id DESC
    ),
    gone AS (
      DELETE FROM latest_claim lc USING keys k
      WHERE lc.indicator_id = k.indicator_id AND lc.location_id = k.location_id AND lc.breakdown = k.breakdown AND lc.source_id = k.source_id
        AND NOT EXISTS (SELECT 1 FROM fresh WHERE fresh.indicator_id = k.indicator_id AND fresh.location_id = k.location_id
                          AND fresh.breakdown = k.breakdown AND fresh.source_id = k.source_id)
    )
  INSERT INTO latest_claim AS lc (indicator_id, location_id, breakdown, source_id, sex, age_group, population_group, figure_id, as_of, claims)
  SELECT indicator_id, location_id, breakdown, source_id, sex, age_group, population_group, figure_id, as_of, claims FROM fresh
  ON CONFLICT (indicator_id, location_id, breakdown, source_id) DO UPDATE SET
    figure_id = EXCLUDED.figure_id, as_of = EXCLUDED.as_of, claims = EXCLUDED.claims;
  PERFORM claim_summary_refresh(indicator_ids, location_ids);
END $$;

-- Inserts (the workflow's drafts, the bulk import's COPY, an operator's INSERT): only the
-- inserted published rows are read, never figure: a key's latest is the greater of the stored
-- one and the newest inserted, and its count grows by the number inserted; claim_summary grows
-- the same way (a key new to latest_claim is a new source for its place: xmax = 0 on insert).
CREATE FUNCTION "figure_rollup_on_insert"() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  PERFORM latest_claim_lock(ARRAY(SELECT DISTINCT indicator_id FROM new_rows WHERE status = 'published'));
  WITH added AS (
      SELECT DISTINCT ON (n.indicator_id, n.location_id, claim_breakdown(n.sex, n.age_group, n.population_group), n.source_id)
        n.indicator_id, n.location_id, claim_breakdown(n.sex, n.age_group, n.population_group) AS breakdown, n.source_id,
        n.sex, n.age_group, n.population_group, n.id AS figure_id, n.as_of,
        count(*) OVER (PARTITION BY n.indicator_id, n.location_id, claim_breakdown(n.sex, n.age_group, n.population_group), n.source_id)::int AS claims
      FROM new_rows n WHERE n.status = 'published'
      ORDER BY n.indicator_id, n.location_id, claim_breakdown(n.sex, n.age_group, n.population_group), n.source_id, n.as_of DESC, n.id DESC
    ),
    written AS (
      INSERT INTO latest_claim AS lc (indicator_id, location_id, breakdown, source_id, sex, age_group, population_group, figure_id, as_of, claims)
      SELECT indicator_id, location_id, breakdown, source_id, sex, age_group, population_group, figure_id, as_of, claims FROM added
      ON CONFLICT (indicator_id, location_id, breakdown, source_id) DO UPDATE SET
        claims = lc.claims + EXCLUDED.claims,
        figure_id = CASE WHEN (EXCLUDED.as_of, EXCLUDED.figure_id) > (lc.as_of, lc.figure_id) THEN EXCLUDED.figure_id ELSE lc.figure_id END,
        as_of = CASE WHEN (EXCLUDED.as_of, EXCLUDED.figure_id) > (lc.as_of, lc.figure_id) THEN EXCLUDED.as_of ELSE lc.as_of END
      RETURNING lc.indicator_id, lc.location_id, lc.breakdown, lc.source_id, (lc.xmax = 0) AS is_new
    ),
    per_place AS (
      SELECT a.indicator_id, a.location_id,
        coalesce(sum(a.claims) FILTER (WHERE a.breakdown = 'total'), 0)::int AS total_claims,
        count(*) FILTER (WHERE a.breakdown = 'total' AND w.is_new)::int AS new_sources,
        max(a.as_of) FILTER (WHERE a.breakdown = 'total') AS latest_as_of,
        coalesce(sum(a.claims) FILTER (WHERE a.breakdown <> 'total'), 0)::int AS breakdown_claims
      FROM added a JOIN written w
        ON w.indicator_id = a.indicator_id AND w.location_id = a.location_id AND w.breakdown = a.breakdown AND w.source_id = a.source_id
      GROUP BY a.indicator_id, a.location_id
    )
  INSERT INTO claim_summary AS cs (indicator_id, location_id, total_claims, total_sources, latest_as_of, breakdown_claims)
  SELECT indicator_id, location_id, total_claims, new_sources, latest_as_of, breakdown_claims FROM per_place
  ON CONFLICT (indicator_id, location_id) DO UPDATE SET
    total_claims = cs.total_claims + EXCLUDED.total_claims,
    total_sources = cs.total_sources + EXCLUDED.total_sources,
    latest_as_of = greatest(cs.latest_as_of, EXCLUDED.latest_as_of),
    breakdown_claims = cs.breakdown_claims + EXCLUDED.breakdown_claims;
  IF EXISTS (SELECT 1 FROM new_rows WHERE status IN ('published', 'retracted')) THEN
    PERFORM note_data_change();
  END IF;
  RETURN NULL;
END $$;

-- Updates and deletes (publish, retract, an edit, a source merge, a place move, an operator's
-- UPDATE or DELETE): only the keys of rows that were or became published and whose key, date or
-- status changed are recomputed. A change of values alone (best, notes, ...) keeps the rollup
-- (it points at the figure) but still advances the data version when a public row is involved.
CREATE FUNCTION "figure_rollup_on_change"() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  indicator_ids integer[];
  location_ids integer[];
  breakdowns varchar[];
  source_ids integer[];
  public_change boolean;
BEGIN
  IF TG_OP = 'UPDATE' THEN
    WITH changed AS (
        SELECT o.status AS old_status, o.indicator_id AS old_indicator, o.location_id AS old_location, o.source_id AS old_source,
          claim_breakdown(o.sex, o.age_group, o.population_group) AS old_breakdown,
          n.status AS new_status, n.indicator_id AS new_indicator, n.location_id AS new_location, n.source_id AS new_source,
          claim_breakdown(n.sex, n.age_group, n.population_group) AS new_breakdown
        FROM old_rows o FULL JOIN new_rows n ON n.id = o.id
        WHERE o.id IS NULL OR n.id IS NULL
          OR (o.status, o.indicator_id, o.location_id, o.source_id, o.sex, o.age_group, o.population_group, o.as_of)
             IS DISTINCT FROM (n.status, n.indicator_id, n.location_id, n.source_id, n.sex, n.age_group, n.population_group, n.as_of)
      ),
      keys AS (
        SELECT old_indicator AS indicator_id, old_location AS location_id, old_breakdown AS breakdown, old_source AS source_id
        FROM changed WHERE old_status = 'published'
        UNION
        SELECT new_indicator, new_location, new_breakdown, new_source FROM changed WHERE new_status = 'published'
      )
    SELECT array_agg(indicator_id), array_agg(location_id), array_agg(breakdown), array_agg(source_id)
      INTO indicator_ids, location_ids, breakdowns, source_ids FROM keys;
    public_change := EXISTS (SELECT 1 FROM old_rows WHERE status IN ('published', 'retracted'))
      OR EXISTS (SELECT 1 FROM new_rows WHERE status IN ('published', 'retracted'));
  ELSE
    WITH keys AS (
        SELECT DISTINCT o.indicator_id, o.location_id, claim_breakdown(o.sex, o.age_group, o.population_group) AS breakdown, o.source_id
        FROM old_rows o WHERE o.status = 'published'
      )
    SELECT array_agg(indicator_id), array_agg(location_id), array_agg(breakdown), array_agg(source_id)
      INTO indicator_ids, location_ids, breakdowns, source_ids FROM keys;
    public_change := EXISTS (SELECT 1 FROM old_rows WHERE status IN ('published', 'retracted'));
  END IF;
  IF indicator_ids IS NOT NULL THEN
    PERFORM latest_claim_refresh(indicator_ids, location_ids, breakdowns, source_ids);
  END IF;
  IF public_change THEN PERFORM note_data_change(); END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION "figure_rollup_on_truncate"() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  DELETE FROM latest_claim;
  DELETE FROM claim_summary;
  PERFORM note_data_change();
  RETURN NULL;
END $$;

CREATE TRIGGER "figure_rollup_insert" AFTER INSERT ON "figure"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "figure_rollup_on_insert"();
CREATE TRIGGER "figure_rollup_update" AFTER UPDATE ON "figure"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "figure_rollup_on_change"();
CREATE TRIGGER "figure_rollup_delete" AFTER DELETE ON "figure"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "figure_rollup_on_change"();
CREATE TRIGGER "figure_rollup_truncate" AFTER TRUNCATE ON "figure"
  FOR EACH STATEMENT EXECUTE FUNCTION "figure_rollup_on_truncate"();

-- ---------------------------------------------------------------- data version triggers

CREATE TRIGGER "source_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "source"
  FOR EACH STATEMENT EXECUTE FUNCTION "data_version_on_change"();
CREATE TRIGGER "source_grade_change_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "source_grade_change"
  FOR EACH STATEMENT EXECUTE FUNCTION "data_version_on_change"();
CREATE TRIGGER "indicator_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "indicator"
  FOR EACH STATEMENT EXECUTE FUNCTION "data_version_on_change"();
CREATE TRIGGER "location_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "location"
  FOR EACH STATEMENT EXECUTE FUNCTION "data_version_on_change"();
CREATE TRIGGER "timeline_event_data_version_insert" AFTER INSERT ON "timeline_event"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "data_version_on_timeline_event"();
CREATE TRIGGER "timeline_event_data_version_update" AFTER UPDATE ON "timeline_event"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "data_version_on_timeline_event"();
CREATE TRIGGER "timeline_event_data_version_delete" AFTER DELETE ON "timeline_event"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "data_version_on_timeline_event"();
CREATE TRIGGER "timeline_event_data_version_truncate" AFTER TRUNCATE ON "timeline_event"
  FOR EACH STATEMENT EXECUTE FUNCTION "data_version_on_change"();

-- ---------------------------------------------------------------- backfill

INSERT INTO "data_version" ("id", "version", "changed_at") VALUES (1, 1, now());

SELECT "location_closure_rebuild"(ARRAY(SELECT "id" FROM "location"));

INSERT INTO "latest_claim" ("indicator_id", "location_id", "breakdown", "source_id", "sex", "age_group", "population_group", "figure_id", "as_of", "claims")
SELECT DISTINCT ON (f.indicator_id, f.location_id, claim_breakdown(f.sex, f.age_group, f.population_group), f.source_id)
  f.indicator_id, f.location_id, claim_breakdown(f.sex, f.age_group, f.population_group), f.source_id,
  f.sex, f.age_group, f.population_group, f.id, f.as_of,
  count(*) OVER (PARTITION BY f.indicator_id, f.location_id, claim_breakdown(f.sex, f.age_group, f.population_group), f.source_id)
FROM "figure" f WHERE f.status = 'published'
ORDER BY f.indicator_id, f.location_id, claim_breakdown(f.sex, f.age_group, f.population_group), f.source_id, f.as_of DESC, f.id DESC;

SELECT "claim_summary_refresh"(array_agg(indicator_id), array_agg(location_id))
FROM (SELECT DISTINCT indicator_id, location_id FROM "latest_claim") pairs;
