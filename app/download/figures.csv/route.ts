// GET /download/figures.csv?<filters>: every published figure matching the filters (lib/exports/export-response.ts).
import { exportResponse } from "@/lib/exports/export-response";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return exportResponse(request, "csv");
}
