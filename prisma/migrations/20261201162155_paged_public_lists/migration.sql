-- DropIndex
DROP INDEX "figure_source_id_status_idx";

-- DropIndex
DROP INDEX "timeline_event_status_occurred_on_idx";

-- CreateIndex
CREATE INDEX "figure_source_page_idx" ON "figure"("source_id", "status", "as_of" DESC, "id" DESC, "indicator_id");

-- CreateIndex
CREATE INDEX "timeline_event_page_idx" ON "timeline_event"("status", "occurred_on", "id");
