-- Data in both languages (issue 14): Ukrainian name, description and unit of an indicator, and
-- Ukrainian notes of a source. All nullable: where a Ukrainian text is missing the English one
-- is shown, marked lang="en".
ALTER TABLE "indicator" ADD COLUMN "name_uk" VARCHAR(200),
ADD COLUMN "description_uk" VARCHAR(2000),
ADD COLUMN "unit_uk" VARCHAR(60);

ALTER TABLE "source" ADD COLUMN "notes_uk" VARCHAR(4000);
