// GET /editor/import/<id>/report – the uploaded file with an "error" column (empty where a row is
// fine), for the editor to fix in a spreadsheet and upload again: as XLSX when the file came as XLSX
// (the cells keep their types), else as CSV (`?format=csv` asks for CSV either way). The "error"
// column is not one the import reads, so the fixed file imports as it is. Its name and words are in
// the page's language (/uk/editor/import/<id>/report: Ukrainian).
import { NextResponse } from "next/server";
import { requireApiRole } from "@/lib/auth/guard";
import { errorReport, errorReportXlsx, getBatch } from "@/lib/data/figure-import";
import { parseRecordId } from "@/lib/domain/record-ref";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/routing";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ locale: string; id: string }> }) {
  const user = await requireApiRole("editor");
  if (user instanceof NextResponse) return user;
  const { locale: raw, id: rawId } = await params;
  const locale = isLocale(raw) ? raw : DEFAULT_LOCALE;
  const id = parseRecordId(rawId);
  const batch = id === null ? null : await getBatch(user, id);
  if (!batch || id === null)
    return NextResponse.json({ error: "not_found", message: "This import does not exist or is not yours." }, { status: 404 });
  if (batch.state === "applied") {
    return NextResponse.json({ error: "applied", message: "This file has been imported; its report is no longer kept." }, { status: 409 });
  }
  const base = batch.fileName.replace(/\.[^.]*$/, "").replace(/[^\w.-]+/g, "_") || "import";
  const download = (body: ReadableStream<Uint8Array>, type: string, extension: string) =>
    new Response(body, {
      headers: {
        "Content-Type": type,
        "Content-Disposition": `attachment; filename="${base}-errors.${extension}"`,
        "Cache-Control": "private, no-store",
      },
    });
  if (batch.fileFormat === "xlsx" && new URL(request.url).searchParams.get("format") !== "csv") {
    const workbook = await errorReportXlsx(user, id, locale);
    if (workbook) return download(workbook, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");
  }
  const lines = errorReport(user, id, locale);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await lines.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
  return download(body, "text/csv; charset=utf-8", "csv");
}
