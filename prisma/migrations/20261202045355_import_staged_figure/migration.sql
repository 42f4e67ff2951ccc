-- CreateTable
CREATE TABLE "import_staged_figure" (
    "batch_id" INTEGER NOT NULL,
    "line" INTEGER NOT NULL,
    "indicator_id" INTEGER NOT NULL,
    "location_id" INTEGER NOT NULL,
    "source_id" INTEGER NOT NULL,
    "period_start" DATE,
    "as_of" DATE NOT NULL,
    "low" INTEGER,
    "best" INTEGER,
    "high" INTEGER,
    "qualifier" VARCHAR(40) NOT NULL,
    "no_information" BOOLEAN NOT NULL,
    "credibility" SMALLINT NOT NULL,
    "verification" VARCHAR(40) NOT NULL,
    "source_url" VARCHAR(2000),
    "source_published_at" DATE,
    "source_place_name" VARCHAR(300),
    "sex" VARCHAR(40),
    "age_group" VARCHAR(40),
    "population_group" VARCHAR(40),
    "notes" VARCHAR(4000),

    CONSTRAINT "import_staged_figure_pkey" PRIMARY KEY ("batch_id","line")
);

-- AddForeignKey
ALTER TABLE "import_staged_figure" ADD CONSTRAINT "import_staged_figure_batch_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "import_batch"("id") ON DELETE CASCADE ON UPDATE CASCADE;
