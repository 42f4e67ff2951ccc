-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('editor', 'reviewer', 'admin');

-- CreateEnum
CREATE TYPE "Domain" AS ENUM ('displacement', 'casualties', 'infrastructure', 'access');

-- CreateEnum
CREATE TYPE "BreakdownDimension" AS ENUM ('sex', 'age_group', 'population_group');

-- CreateEnum
CREATE TYPE "Sex" AS ENUM ('female', 'male');

-- CreateEnum
CREATE TYPE "AgeGroup" AS ENUM ('child', 'adult', 'older_person');

-- CreateEnum
CREATE TYPE "PopulationGroup" AS ENUM ('civilian', 'military');

-- CreateEnum
CREATE TYPE "SourceKind" AS ENUM ('un_agency', 'government', 'party_to_conflict', 'ngo', 'media', 'researcher', 'other');

-- CreateEnum
CREATE TYPE "Reliability" AS ENUM ('A', 'B', 'C', 'D', 'E', 'F');

-- CreateEnum
CREATE TYPE "Qualifier" AS ENUM ('exact', 'approximately', 'at_least', 'at_most', 'more_than', 'less_than');

-- CreateEnum
CREATE TYPE "VerificationStatus" AS ENUM ('reported', 'corroborated', 'verified', 'disputed');

-- CreateEnum
CREATE TYPE "PublicationStatus" AS ENUM ('draft', 'submitted', 'published', 'rejected', 'retracted');

-- CreateTable
CREATE TABLE "location" (
    "id" SERIAL NOT NULL,
    "pcode" VARCHAR(20) NOT NULL,
    "name_en" VARCHAR(200) NOT NULL,
    "name_uk" VARCHAR(200) NOT NULL,
    "admin_level" SMALLINT NOT NULL,
    "parent_id" INTEGER,
    "latitude" DECIMAL(8,5),
    "longitude" DECIMAL(8,5),
    "pcode_note" VARCHAR(500),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "location_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "indicator" (
    "id" SERIAL NOT NULL,
    "slug" VARCHAR(80) NOT NULL,
    "domain" "Domain" NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "description" VARCHAR(2000),
    "unit" VARCHAR(60) NOT NULL,
    "hxl_tag" VARCHAR(120) NOT NULL,
    "allowed_breakdowns" "BreakdownDimension"[],
    "display_order" INTEGER NOT NULL DEFAULT 0,
    "is_public" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "source" (
    "id" SERIAL NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "name_key" VARCHAR(200) NOT NULL,
    "kind" "SourceKind" NOT NULL,
    "affiliation" VARCHAR(200),
    "url" VARCHAR(2000),
    "reliability" "Reliability" NOT NULL,
    "notes" VARCHAR(4000),
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "source_grade_change" (
    "id" SERIAL NOT NULL,
    "source_id" INTEGER NOT NULL,
    "from_grade" "Reliability",
    "to_grade" "Reliability" NOT NULL,
    "changed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "changed_by_id" INTEGER,
    "reason" VARCHAR(2000),

    CONSTRAINT "source_grade_change_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "figure" (
    "id" SERIAL NOT NULL,
    "indicator_id" INTEGER NOT NULL,
    "location_id" INTEGER NOT NULL,
    "source_id" INTEGER NOT NULL,
    "period_start" DATE,
    "as_of" DATE NOT NULL,
    "low" INTEGER,
    "best" INTEGER,
    "high" INTEGER,
    "qualifier" "Qualifier" NOT NULL DEFAULT 'approximately',
    "no_information" BOOLEAN NOT NULL DEFAULT false,
    "credibility" SMALLINT NOT NULL,
    "verification" "VerificationStatus" NOT NULL DEFAULT 'reported',
    "status" "PublicationStatus" NOT NULL DEFAULT 'draft',
    "status_reason" VARCHAR(2000),
    "source_url" VARCHAR(2000),
    "source_published_at" DATE,
    "source_place_name" VARCHAR(300),
    "sex" "Sex",
    "age_group" "AgeGroup",
    "population_group" "PopulationGroup",
    "notes" VARCHAR(4000),
    "version" INTEGER NOT NULL DEFAULT 1,
    "author_id" INTEGER,
    "last_editor_id" INTEGER,
    "reviewer_id" INTEGER,
    "published_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "figure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "figure_revision" (
    "id" SERIAL NOT NULL,
    "figure_id" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "action" VARCHAR(40) NOT NULL,
    "snapshot" JSONB NOT NULL,
    "changed_by_id" INTEGER,
    "changed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reason" VARCHAR(2000),

    CONSTRAINT "figure_revision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "timeline_event" (
    "id" SERIAL NOT NULL,
    "occurred_on" DATE NOT NULL,
    "title" VARCHAR(300) NOT NULL,
    "description" VARCHAR(4000),
    "location_id" INTEGER NOT NULL,
    "source_id" INTEGER NOT NULL,
    "source_url" VARCHAR(2000),
    "source_published_at" DATE,
    "credibility" SMALLINT NOT NULL,
    "verification" "VerificationStatus" NOT NULL DEFAULT 'reported',
    "status" "PublicationStatus" NOT NULL DEFAULT 'draft',
    "status_reason" VARCHAR(2000),
    "version" INTEGER NOT NULL DEFAULT 1,
    "author_id" INTEGER,
    "last_editor_id" INTEGER,
    "reviewer_id" INTEGER,
    "published_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "timeline_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "app_user" (
    "id" SERIAL NOT NULL,
    "email" VARCHAR(320) NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "organisation" VARCHAR(200),
    "role" "Role" NOT NULL,
    "password_hash" VARCHAR(255),
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "session_version" INTEGER NOT NULL DEFAULT 1,
    "last_sign_in_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "app_user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sign_in_throttle" (
    "key" VARCHAR(400) NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "first_fail_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_fail_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "blocked_until" TIMESTAMPTZ(3),

    CONSTRAINT "sign_in_throttle_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "audit_event" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" INTEGER,
    "actor_email" VARCHAR(320),
    "action" VARCHAR(80) NOT NULL,
    "entity_type" VARCHAR(40) NOT NULL,
    "entity_id" VARCHAR(80),
    "before" JSONB,
    "after" JSONB,
    "origin" VARCHAR(500),

    CONSTRAINT "audit_event_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "location_pcode_key" ON "location"("pcode");

-- CreateIndex
CREATE INDEX "location_parent_id_idx" ON "location"("parent_id");

-- CreateIndex
CREATE UNIQUE INDEX "indicator_slug_key" ON "indicator"("slug");

-- CreateIndex
CREATE INDEX "indicator_domain_display_order_idx" ON "indicator"("domain", "display_order");

-- CreateIndex
CREATE UNIQUE INDEX "source_name_key_key" ON "source"("name_key");

-- CreateIndex
CREATE INDEX "source_grade_change_source_id_changed_at_idx" ON "source_grade_change"("source_id", "changed_at");

-- CreateIndex
CREATE INDEX "figure_status_indicator_id_location_id_as_of_idx" ON "figure"("status", "indicator_id", "location_id", "as_of");

-- CreateIndex
CREATE INDEX "figure_source_id_status_idx" ON "figure"("source_id", "status");

-- CreateIndex
CREATE INDEX "figure_author_id_status_idx" ON "figure"("author_id", "status");

-- CreateIndex
CREATE INDEX "figure_location_id_idx" ON "figure"("location_id");

-- CreateIndex
CREATE UNIQUE INDEX "figure_revision_figure_id_version_key" ON "figure_revision"("figure_id", "version");

-- CreateIndex
CREATE INDEX "timeline_event_status_occurred_on_idx" ON "timeline_event"("status", "occurred_on");

-- CreateIndex
CREATE INDEX "timeline_event_location_id_idx" ON "timeline_event"("location_id");

-- CreateIndex
CREATE INDEX "timeline_event_source_id_idx" ON "timeline_event"("source_id");

-- CreateIndex
CREATE UNIQUE INDEX "app_user_email_key" ON "app_user"("email");

-- CreateIndex
CREATE INDEX "audit_event_at_idx" ON "audit_event"("at");

-- CreateIndex
CREATE INDEX "audit_event_actor_id_at_idx" ON "audit_event"("actor_id", "at");

-- CreateIndex
CREATE INDEX "audit_event_entity_type_entity_id_idx" ON "audit_event"("entity_type", "entity_id");

-- AddForeignKey
ALTER TABLE "location" ADD CONSTRAINT "location_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "location"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "source_grade_change" ADD CONSTRAINT "source_grade_change_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "source_grade_change" ADD CONSTRAINT "source_grade_change_changed_by_id_fkey" FOREIGN KEY ("changed_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "figure" ADD CONSTRAINT "figure_indicator_id_fkey" FOREIGN KEY ("indicator_id") REFERENCES "indicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "figure" ADD CONSTRAINT "figure_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "location"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "figure" ADD CONSTRAINT "figure_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "figure" ADD CONSTRAINT "figure_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "figure" ADD CONSTRAINT "figure_last_editor_id_fkey" FOREIGN KEY ("last_editor_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "figure" ADD CONSTRAINT "figure_reviewer_id_fkey" FOREIGN KEY ("reviewer_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "figure_revision" ADD CONSTRAINT "figure_revision_figure_id_fkey" FOREIGN KEY ("figure_id") REFERENCES "figure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "figure_revision" ADD CONSTRAINT "figure_revision_changed_by_id_fkey" FOREIGN KEY ("changed_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "timeline_event" ADD CONSTRAINT "timeline_event_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "location"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "timeline_event" ADD CONSTRAINT "timeline_event_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "timeline_event" ADD CONSTRAINT "timeline_event_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "timeline_event" ADD CONSTRAINT "timeline_event_last_editor_id_fkey" FOREIGN KEY ("last_editor_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "timeline_event" ADD CONSTRAINT "timeline_event_reviewer_id_fkey" FOREIGN KEY ("reviewer_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_event" ADD CONSTRAINT "audit_event_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- ---------------------------------------------------------------------------------------------
-- Hand-written: invariants Prisma's schema language cannot express. Kept in the migration so the
-- database refuses bad data whatever client writes it. (The drift test compares only what
-- Prisma models, and tests in lib/data/invariants.test.ts check that these exist and hold.)
-- ---------------------------------------------------------------------------------------------

ALTER TABLE "location"
  ADD CONSTRAINT "location_admin_level_check" CHECK ("admin_level" BETWEEN 0 AND 4),
  ADD CONSTRAINT "location_pcode_format_check" CHECK ("pcode" ~ '^[A-Z]{2}[0-9A-Z]*$'),
  ADD CONSTRAINT "location_not_own_parent_check" CHECK ("parent_id" IS NULL OR "parent_id" <> "id"),
  ADD CONSTRAINT "location_coordinates_check" CHECK (
    ("latitude" IS NULL) = ("longitude" IS NULL)
    AND ("latitude" IS NULL OR "latitude" BETWEEN -90 AND 90)
    AND ("longitude" IS NULL OR "longitude" BETWEEN -180 AND 180)
  ),
  ADD CONSTRAINT "location_version_check" CHECK ("version" >= 1);

ALTER TABLE "indicator"
  ADD CONSTRAINT "indicator_slug_format_check" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  ADD CONSTRAINT "indicator_hxl_tag_format_check" CHECK ("hxl_tag" ~ '^#[a-z][a-z0-9_]*(\s*\+[a-z][a-z0-9_]*)*$'),
  ADD CONSTRAINT "indicator_version_check" CHECK ("version" >= 1);

ALTER TABLE "source"
  ADD CONSTRAINT "source_name_key_check" CHECK ("name_key" = lower(btrim("name")) AND "name_key" <> ''),
  ADD CONSTRAINT "source_url_check" CHECK ("url" IS NULL OR "url" ~* '^https?://'),
  ADD CONSTRAINT "source_version_check" CHECK ("version" >= 1);

ALTER TABLE "figure"
  ADD CONSTRAINT "figure_period_check" CHECK ("period_start" IS NULL OR "period_start" <= "as_of"),
  ADD CONSTRAINT "figure_credibility_check" CHECK ("credibility" BETWEEN 1 AND 6),
  ADD CONSTRAINT "figure_version_check" CHECK ("version" >= 1),
  ADD CONSTRAINT "figure_source_url_check" CHECK ("source_url" IS NULL OR "source_url" ~* '^https?://'),
  -- "No information" carries no numbers; otherwise all three are present and 0 <= low <= best <= high.
  ADD CONSTRAINT "figure_estimate_check" CHECK (
    ("no_information" AND "low" IS NULL AND "best" IS NULL AND "high" IS NULL)
    OR (NOT "no_information" AND "low" IS NOT NULL AND "best" IS NOT NULL AND "high" IS NOT NULL
        AND 0 <= "low" AND "low" <= "best" AND "best" <= "high")
  ),
  -- The qualifier and the range must agree: "exact" is a single number, "at least" and
  -- "more than" put the best estimate at the bottom of the range, "at most" and "less than" at the top.
  ADD CONSTRAINT "figure_qualifier_check" CHECK (
    "no_information"
    OR ("qualifier" = 'exact' AND "low" = "best" AND "best" = "high")
    OR ("qualifier" IN ('at_least', 'more_than') AND "low" = "best")
    OR ("qualifier" IN ('at_most', 'less_than') AND "best" = "high")
    OR "qualifier" = 'approximately'
  ),
  -- A rejection or retraction always says why.
  ADD CONSTRAINT "figure_status_reason_check" CHECK (
    "status" NOT IN ('rejected', 'retracted') OR coalesce(btrim("status_reason"), '') <> ''
  ),
  ADD CONSTRAINT "figure_published_at_check" CHECK (
    "status" NOT IN ('published', 'retracted') OR "published_at" IS NOT NULL
  );

ALTER TABLE "figure_revision"
  ADD CONSTRAINT "figure_revision_version_check" CHECK ("version" >= 1);

ALTER TABLE "timeline_event"
  ADD CONSTRAINT "timeline_event_credibility_check" CHECK ("credibility" BETWEEN 1 AND 6),
  ADD CONSTRAINT "timeline_event_version_check" CHECK ("version" >= 1),
  ADD CONSTRAINT "timeline_event_title_check" CHECK (btrim("title") <> ''),
  ADD CONSTRAINT "timeline_event_source_url_check" CHECK ("source_url" IS NULL OR "source_url" ~* '^https?://'),
  ADD CONSTRAINT "timeline_event_status_reason_check" CHECK (
    "status" NOT IN ('rejected', 'retracted') OR coalesce(btrim("status_reason"), '') <> ''
  ),
  ADD CONSTRAINT "timeline_event_published_at_check" CHECK (
    "status" NOT IN ('published', 'retracted') OR "published_at" IS NOT NULL
  );

ALTER TABLE "app_user"
  ADD CONSTRAINT "app_user_email_lowercase_check" CHECK ("email" = lower("email") AND "email" LIKE '%_@_%'),
  ADD CONSTRAINT "app_user_session_version_check" CHECK ("session_version" >= 1),
  ADD CONSTRAINT "app_user_version_check" CHECK ("version" >= 1);

ALTER TABLE "sign_in_throttle"
  ADD CONSTRAINT "sign_in_throttle_failures_check" CHECK ("failures" >= 0);

-- The audit log is append-only: the database itself refuses UPDATE, DELETE and TRUNCATE.
CREATE FUNCTION "audit_event_is_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "audit_event_no_update_delete"
  BEFORE UPDATE OR DELETE ON "audit_event"
  FOR EACH ROW EXECUTE FUNCTION "audit_event_is_append_only"();

CREATE TRIGGER "audit_event_no_truncate"
  BEFORE TRUNCATE ON "audit_event"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_is_append_only"();
