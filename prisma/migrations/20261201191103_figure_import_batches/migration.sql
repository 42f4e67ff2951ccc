-- CreateEnum
CREATE TYPE "ImportBatchState" AS ENUM ('uploaded', 'checked', 'applied');

-- CreateEnum
CREATE TYPE "ImportDuplicates" AS ENUM ('skip', 'stop');

-- AlterTable
ALTER TABLE "figure" ADD COLUMN     "import_batch_id" INTEGER;

-- CreateTable
CREATE TABLE "import_batch" (
    "id" SERIAL NOT NULL,
    "created_by_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "file_name" VARCHAR(255) NOT NULL,
    "file_sha256" CHAR(64) NOT NULL,
    "file_format" VARCHAR(8) NOT NULL,
    "sheet" VARCHAR(100),
    "content" BYTEA,
    "state" "ImportBatchState" NOT NULL DEFAULT 'uploaded',
    "columns" JSONB NOT NULL,
    "mapping" JSONB NOT NULL,
    "on_duplicate" "ImportDuplicates" NOT NULL DEFAULT 'stop',
    "target_status" "PublicationStatus" NOT NULL DEFAULT 'draft',
    "rows_total" INTEGER NOT NULL DEFAULT 0,
    "rows_to_create" INTEGER NOT NULL DEFAULT 0,
    "rows_duplicate" INTEGER NOT NULL DEFAULT 0,
    "rows_with_errors" INTEGER NOT NULL DEFAULT 0,
    "problems" JSONB NOT NULL DEFAULT '[]',
    "progress_phase" VARCHAR(20),
    "progress_done" INTEGER NOT NULL DEFAULT 0,
    "progress_total" INTEGER NOT NULL DEFAULT 0,
    "checked_at" TIMESTAMPTZ(3),
    "applied_at" TIMESTAMPTZ(3),

    CONSTRAINT "import_batch_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "import_batch_created_by_id_created_at_idx" ON "import_batch"("created_by_id", "created_at");

-- CreateIndex
CREATE INDEX "figure_import_batch_id_status_idx" ON "figure"("import_batch_id", "status");

-- AddForeignKey
ALTER TABLE "figure" ADD CONSTRAINT "figure_import_batch_id_fkey" FOREIGN KEY ("import_batch_id") REFERENCES "import_batch"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "import_batch" ADD CONSTRAINT "import_batch_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written: an import never publishes (four-eyes review applies to imported figures as to
-- typed ones), and the file's digest is a SHA-256 in hex.
ALTER TABLE "import_batch"
  ADD CONSTRAINT "import_batch_target_status_check" CHECK ("target_status" IN ('draft', 'submitted')),
  ADD CONSTRAINT "import_batch_file_sha256_check" CHECK ("file_sha256" ~ '^[0-9a-f]{64}$'),
  ADD CONSTRAINT "import_batch_counts_check" CHECK (
    "rows_total" >= 0 AND "rows_to_create" >= 0 AND "rows_duplicate" >= 0 AND "rows_with_errors" >= 0
  );
