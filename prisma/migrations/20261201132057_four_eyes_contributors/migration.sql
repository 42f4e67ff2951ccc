-- AlterTable
ALTER TABLE "figure" ADD COLUMN     "contributor_ids" INTEGER[] DEFAULT ARRAY[]::INTEGER[];

-- AlterTable
ALTER TABLE "timeline_event" ADD COLUMN     "contributor_ids" INTEGER[] DEFAULT ARRAY[]::INTEGER[];

-- Hand-written: existing records get their contributors back from their history (the author
-- first, then everyone who saved values, in order), so the four-eyes rule holds for them too.
UPDATE "figure" f SET "contributor_ids" = ARRAY(
  SELECT c.user_id FROM (
    SELECT f."author_id" AS user_id, 0 AS pos WHERE f."author_id" IS NOT NULL
    UNION ALL
    SELECT r."changed_by_id", r."version" FROM "figure_revision" r
    WHERE r."figure_id" = f."id" AND r."changed_by_id" IS NOT NULL AND r."action" IN ('created', 'updated', 'revised')
  ) c GROUP BY c.user_id ORDER BY min(c.pos), c.user_id);

UPDATE "timeline_event" e SET "contributor_ids" = ARRAY(
  SELECT c.user_id FROM (
    SELECT e."author_id" AS user_id, 0::bigint AS pos WHERE e."author_id" IS NOT NULL
    UNION ALL
    SELECT a."actor_id", a."id" FROM "audit_event" a
    WHERE a."entity_type" = 'timeline_event' AND a."entity_id" = e."id"::text AND a."actor_id" IS NOT NULL
      AND a."action" IN ('timeline_event.created', 'timeline_event.updated')
  ) c GROUP BY c.user_id ORDER BY min(c.pos), c.user_id);
