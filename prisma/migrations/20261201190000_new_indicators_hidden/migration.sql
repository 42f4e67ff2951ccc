-- A new indicator starts hidden from the public dashboard (it would appear as an empty section
-- until figures are entered); an admin shows it in /admin/indicators. Existing indicators keep
-- whatever they are: only the column's default changes.
ALTER TABLE "indicator" ALTER COLUMN "is_public" SET DEFAULT false;
