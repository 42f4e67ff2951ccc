-- A claim's key (source, indicator, place, "as of"), for the bulk import's duplicate checks: the preview's
-- per chunk and apply's NOT EXISTS probe it once a row (schema.prisma, figure_claim_key_idx).
-- CreateIndex
CREATE INDEX "figure_claim_key_idx" ON "figure"("source_id", "indicator_id", "location_id", "as_of");
