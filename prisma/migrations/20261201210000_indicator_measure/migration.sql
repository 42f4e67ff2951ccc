-- Every indicator gets a measure kind: a stock as of a date, a cumulative total since a start,
-- or a count during a period. Charts draw stocks and totals as lines and period counts as
-- interval marks, never joined (issue 15). The demo indicators are classified by slug; any
-- other existing indicator stays "stock" until an admin sets it.
CREATE TYPE "MeasureKind" AS ENUM ('stock', 'cumulative', 'period');

ALTER TABLE "indicator" ADD COLUMN "measure" "MeasureKind" NOT NULL DEFAULT 'stock';

UPDATE "indicator" SET "measure" = 'cumulative'
WHERE "slug" IN (
  'evacuated-residents', 'moved-to-russia', 'returnees', 'civilians-killed', 'civilians-injured',
  'russian-military-killed', 'russian-military-casualties', 'ukrainian-military-killed',
  'ukrainian-military-casualties', 'residential-buildings-damaged', 'attacks-on-health-care',
  'health-facilities-damaged', 'schools-damaged'
);

UPDATE "indicator" SET "measure" = 'period'
WHERE "slug" IN ('inter-agency-convoys', 'people-reached-by-convoys');
