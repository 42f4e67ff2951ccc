// GET /editor/import/<id>/progress – where a running check or apply stands (rows done of total),
// polled by the batch page while it waits. Editors see their own batches, reviewers everyone's.
import { NextResponse } from "next/server";
import { requireApiRole } from "@/lib/auth/guard";
import { batchProgress } from "@/lib/data/figure-import";
import { parseRecordId } from "@/lib/domain/record-ref";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await requireApiRole("editor");
  if (user instanceof NextResponse) return user;
  const id = parseRecordId((await params).id);
  const progress = id === null ? null : await batchProgress(user, id);
  if (!progress) return NextResponse.json({ error: "not_found", message: "This import does not exist or is not yours." }, { status: 404 });
  return NextResponse.json(
    { state: progress.state, phase: progress.progressPhase, done: progress.progressDone, total: progress.progressTotal },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}
