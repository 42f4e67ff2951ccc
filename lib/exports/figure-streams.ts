import "server-only";
// The whole-data exports as byte streams: CSV (with the HXL hashtag row), JSON and XLSX, written
// batch after batch from publishedFigureBatches, so a million rows never sit in memory at once,
// and paced by the reader: at most one batch is read ahead of what the reader has taken (a web
// stream's pull; for XLSX, the zip entry's drain). The first bytes (the CSV's header and hashtag
// row, "[", the zip's first entries) go out before the first query.
import { once } from "node:events";
import { PassThrough, Readable, type Writable } from "node:stream";
import ExcelJS from "exceljs";
import { listExportSources, type ExportSource } from "@/lib/data/export-sources";
import { publishedFigureBatches } from "@/lib/data/published-figures";
import { neutraliseFormula } from "@/lib/domain/csv";
import { FIGURE_COLUMNS, hxlRow, type PublishedFigure } from "@/lib/domain/figure-columns";
import {
  csvHead,
  figureCsvRecord,
  figureJson,
  figureXlsxRow,
  ENGLISH_EXPORT_WORDS,
  readMeRows,
  XLSX_DATE_FORMATS,
  type ExportContext,
  type ExportFormat,
  type ExportWords,
} from "@/lib/domain/figure-export";
import type { FigureQuery } from "@/lib/domain/figure-query";

export interface ExportJob {
  query: FigureQuery;
  /** The public address, for figure_url. */
  origin: string;
  /** The one indicator's hashtag when the file holds one indicator (the values carry it), else null. */
  indicatorHxl: string | null;
  context: ExportContext;
  /** The language of the words meant for people (the "read me", the grade history); English by default. */
  words?: ExportWords;
  /** Figures read per query. */
  batchSize?: number;
}

const DEFAULT_BATCH = 2000;

/**
 * The batches of `query`, the next one read from the database while the current one is written:
 * reading and writing overlap, and at most two batches are in memory.
 */
async function* readAhead(job: ExportJob): AsyncGenerator<PublishedFigure[]> {
  const source = publishedFigureBatches(job.query, job.batchSize ?? DEFAULT_BATCH);
  let next = source.next();
  try {
    for (;;) {
      const current = await next;
      if (current.done) return;
      next = source.next();
      yield current.value;
    }
  } finally {
    // Stopped early (the reader went away, or an error): no read may be left unheard.
    next.catch(() => {});
    await source.return(undefined).catch(() => {});
  }
}

/**
 * A stream of text made by `head`, then `body` for each batch, then `tail`. Each pull reads one batch,
 * so the database is read only as fast as the reader takes the file.
 */
function batchedTextStream(
  job: ExportJob,
  parts: { head: string; body: (batch: PublishedFigure[], first: boolean) => string; tail: string },
) {
  const encoder = new TextEncoder();
  const batches = readAhead(job);
  let first = true;
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        controller.enqueue(encoder.encode(parts.head));
      },
      async pull(controller) {
        const next = await batches.next();
        if (next.done) {
          if (parts.tail) controller.enqueue(encoder.encode(parts.tail));
          controller.close();
          return;
        }
        controller.enqueue(encoder.encode(parts.body(next.value, first)));
        first = false;
      },
      async cancel() {
        await batches.return(undefined);
      },
    },
    // One batch waits in the queue at most.
    { highWaterMark: 1 },
  );
}

/** CSV (RFC 4180, UTF-8, CRLF): the header, the HXL hashtag row, one record per figure. */
export function csvExportStream(job: ExportJob): ReadableStream<Uint8Array> {
  return batchedTextStream(job, {
    head: csvHead(job.indicatorHxl),
    body: (batch) => batch.map((f) => figureCsvRecord(f, job.origin)).join(""),
    tail: "",
  });
}

/** JSON: one array of objects (keys: the column names), one object per line, streamed. */
export function jsonExportStream(job: ExportJob): ReadableStream<Uint8Array> {
  return batchedTextStream(job, {
    head: "[\n",
    body: (batch, first) => (first ? "" : ",\n") + batch.map((f) => JSON.stringify(figureJson(f, job.origin))).join(",\n"),
    tail: "\n]\n",
  });
}

// ------------------------------------------------------------------ XLSX

const SOURCE_COLUMNS = [
  { name: "source_id", hxl: "#org+id", width: 10 },
  { name: "source", hxl: "#org+name", width: 48 },
  { name: "source_kind", hxl: "#org+type", width: 18 },
  { name: "source_affiliation", hxl: "#org+affiliation", width: 28 },
  { name: "reliability_now", hxl: "#meta+reliability+current", width: 16 },
  { name: "website", hxl: "#meta+url", width: 36 },
  { name: "figures_in_file", hxl: "#meta+count", width: 16 },
  { name: "grade_history", hxl: "#meta+reliability+history", width: 80 },
] as const;

/** "2022-01-01: graded B; 2023-07-01: B → A (New method.)", oldest first. */
export function gradeHistoryText(source: ExportSource, words: ExportWords = ENGLISH_EXPORT_WORDS): string {
  return source.gradeHistory
    .map((g) => {
      const day = g.changedAt.slice(0, 10);
      const change = g.fromGrade ? `${g.fromGrade} → ${g.toGrade}` : words.t("gradeHistory.graded", { grade: g.toGrade });
      return `${day}: ${change}${g.reason ? ` (${g.reason})` : ""}`;
    })
    .join("; ");
}

const WIDTHS: Partial<Record<string, number>> = {
  indicator: 24,
  indicator_name: 32,
  indicator_name_uk: 32,
  place_name: 20,
  place_name_uk: 20,
  source: 40,
  source_url: 40,
  notes: 40,
  figure_url: 36,
  published_at: 20,
  updated_at: 20,
};

/** Bytes of sheet XML that may wait for the zip: enough to keep the deflate busy while the next batch is written. */
const ZIP_BACKLOG_BYTES = 4 * 1024 * 1024;

/**
 * exceljs's streaming writer does not wait for its reader: it writes every committed row into the
 * zip entry's stream at once. When more than ZIP_BACKLOG_BYTES wait there, wait until it has been
 * taken up (deflated into the output, which in turn waits for the HTTP reader), so memory stays
 * bounded however slow the reader.
 */
async function zipCaughtUp(sheet: ExcelJS.Worksheet, signal: AbortSignal): Promise<void> {
  const entry = (sheet as unknown as { stream?: { pipes?: Writable[] } }).stream?.pipes?.[0];
  if (entry && entry.writableLength > ZIP_BACKLOG_BYTES && entry.writableNeedDrain) await once(entry, "drain", { signal });
}

/**
 * One style object per column, shared by every cell of it: exceljs looks a cell's style up by the
 * object's identity first, so shared objects make a row about twice as fast to write as the fresh
 * object per cell that column styles give.
 */
const CELL_STYLES = FIGURE_COLUMNS.map((c): Partial<ExcelJS.Style> =>
  XLSX_DATE_FORMATS[c.kind] ? { numFmt: XLSX_DATE_FORMATS[c.kind] } : {},
);

/**
 * XLSX: sheet "figures" (header, HXL hashtag row, one row per figure: numbers as numbers, dates as
 * dates, text never a formula), sheet "sources" (each cited source with its grade now, its grade
 * history and how many figures of the file cite it) and sheet "read me" (what the file is, the
 * filters, the demo-data notice and the column and hashtag table).
 */
export function xlsxExportStream(job: ExportJob): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  const aborted = new AbortController();
  out.once("close", () => aborted.abort());
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  // The zip's own errors end the download (an unheard "error" event would end the process).
  (workbook as unknown as { zip: NodeJS.EventEmitter }).zip.on("error", (error: Error) => out.destroy(error));
  workbook.creator = "Crisis Ledger";
  workbook.created = job.context.generatedAt;

  const write = async () => {
    const figures = workbook.addWorksheet("figures", { views: [{ state: "frozen", ySplit: 2 }] });
    figures.columns = FIGURE_COLUMNS.map((c) => ({ key: c.name, width: WIDTHS[c.name] ?? Math.max(12, c.name.length + 2) }));
    const header = figures.addRow(FIGURE_COLUMNS.map((c) => c.name));
    header.font = { bold: true };
    header.commit();
    figures.addRow(hxlRow(FIGURE_COLUMNS, job.indicatorHxl)).commit();
    const cited = new Map<number, number>();
    const batches = readAhead(job);
    try {
      for await (const batch of batches) {
        for (const figure of batch) {
          const row = figures.addRow(figureXlsxRow(figure, job.origin));
          row.eachCell({ includeEmpty: true }, (cell, column) => {
            cell.style = CELL_STYLES[column - 1] as ExcelJS.Style;
          });
          row.commit();
          cited.set(figure.source.id, (cited.get(figure.source.id) ?? 0) + 1);
        }
        await zipCaughtUp(figures, aborted.signal);
        // The reader went away: read no further.
        aborted.signal.throwIfAborted();
      }
    } finally {
      await batches.return(undefined);
    }
    figures.commit();

    const sources = workbook.addWorksheet("sources", { views: [{ state: "frozen", ySplit: 2 }] });
    sources.columns = SOURCE_COLUMNS.map((c) => ({ key: c.name, width: c.width }));
    const sourceHeader = sources.addRow(SOURCE_COLUMNS.map((c) => c.name));
    sourceHeader.font = { bold: true };
    sourceHeader.commit();
    sources.addRow(SOURCE_COLUMNS.map((c) => c.hxl)).commit();
    for (const s of await listExportSources([...cited.keys()])) {
      const text = (value: string | null) => (value === null ? null : neutraliseFormula(value));
      sources
        .addRow([
          s.id,
          text(s.name),
          s.kind,
          text(s.affiliation),
          s.reliability,
          text(s.url),
          cited.get(s.id) ?? 0,
          text(gradeHistoryText(s, job.words)),
        ])
        .commit();
    }
    sources.commit();

    const readMe = workbook.addWorksheet("read me");
    readMe.columns = [{ width: 28 }, { width: 40 }, { width: 100 }];
    for (const [i, cells] of readMeRows(job.query, job.context, job.words).entries()) {
      const row = readMe.addRow(cells.map(neutraliseFormula));
      if (i === 0) row.font = { bold: true, size: 14 };
      row.commit();
    }
    readMe.commit();
    await workbook.commit();
  };
  write().catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))));
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}

export function exportStream(format: ExportFormat, job: ExportJob): ReadableStream<Uint8Array> {
  if (format === "xlsx") return xlsxExportStream(job);
  if (format === "json") return jsonExportStream(job);
  return csvExportStream(job);
}
