// Reading an imported file row by row, without holding its rows: CSV through csv-parse's
// stream, XLSX through exceljs's streaming reader (first sheet, or the one named; see xlsxSheets). A file that
// cannot be read as intended stops with a FileProblem (a code the page puts into words), never
// an exception a person would see as a 500.
import { Readable } from "node:stream";
import { parse } from "csv-parse";
import ExcelJS from "exceljs";
import unzipper from "unzipper";
import { isHashtagRow, type FileColumn } from "./columns";
import type { RawCell } from "./values";

/** What the import accepts: documented in the README ("Importing figures"). */
export const IMPORT_LIMITS = { bytes: 20 * 1024 * 1024, rows: 200_000, columns: 200 } as const;

export type FileFormat = "csv" | "xlsx";

export type FileProblem =
  | { code: "not_csv_or_xlsx" }
  | { code: "old_xls" }
  | { code: "encrypted" }
  | { code: "empty" }
  | { code: "header_only" }
  | { code: "encoding_utf16" }
  | { code: "encoding_invalid"; line: number }
  | { code: "formula"; line: number; column: number }
  | { code: "error_cell"; line: number; column: number; value: string }
  | { code: "too_many_cells"; line: number; cells: number; columns: number }
  | { code: "too_many_columns"; columns: number; limit: number }
  | { code: "too_large"; limit: number }
  | { code: "too_many_rows"; limit: number }
  | { code: "no_sheet"; sheet: string; sheets: string }
  | { code: "unreadable"; detail: string };

export class ImportFileError extends Error {
  constructor(readonly problem: FileProblem) {
    super(`import file problem: ${problem.code}`);
  }
}

const startsWith = (bytes: Uint8Array, ...magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** The format from the content (the name only tells an old .xls from an encrypted .xlsx). */
export function detectFormat(fileName: string, bytes: Uint8Array): FileFormat | FileProblem {
  if (bytes.length === 0) return { code: "empty" };
  if (bytes.length > IMPORT_LIMITS.bytes) return { code: "too_large", limit: IMPORT_LIMITS.bytes };
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) return "xlsx";
  // An OLE compound file: an encrypted (password-protected) workbook, or the old .xls format.
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) {
    return /\.xls$/i.test(fileName) ? { code: "old_xls" } : { code: "encrypted" };
  }
  if (startsWith(bytes, 0xff, 0xfe) || startsWith(bytes, 0xfe, 0xff)) return { code: "encoding_utf16" };
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return { code: "not_csv_or_xlsx" };
  return "csv";
}

export interface ReadRow {
  /** The line (CSV) or row number (XLSX) as a spreadsheet shows it. */
  line: number;
  cells: RawCell[];
}

export interface OpenedFile {
  columns: FileColumn[];
  /** Data rows, after the header and the hashtag row; each call reads the file again. */
  rows: () => AsyncGenerator<ReadRow>;
}

/** Reads every row of the file, header included (CSV: text cells; XLSX: typed cells). */
async function* allRows(bytes: Uint8Array, format: FileFormat, sheet: string | null): AsyncGenerator<ReadRow> {
  yield* format === "csv" ? csvRows(bytes) : xlsxRows(bytes, sheet);
}

/** The header (and hashtag row), and a reader of the data rows that checks each row's length and the row limit. */
export async function openFile(bytes: Uint8Array, format: FileFormat, sheet: string | null): Promise<OpenedFile> {
  const head = allRows(bytes, format, sheet);
  const first = await head.next();
  if (first.done) throw new ImportFileError({ code: "empty" });
  const second = await head.next();
  const text = (cells: RawCell[]) => cells.map((c) => (c === null ? "" : String(c).trim()));
  const headerCells = text(first.value.cells);
  const secondIsHxl = !second.done && isHashtagRow(text(second.value.cells));
  const firstIsHxl = isHashtagRow(headerCells);
  let columns: FileColumn[];
  let skip: number;
  if (firstIsHxl) {
    columns = headerCells.map((hxl) => ({ header: hxl, hxl: hxl || null }));
    skip = 1;
  } else {
    const hxl = secondIsHxl ? text(second.value!.cells) : [];
    columns = headerCells.map((header, i) => ({ header, hxl: hxl[i] || null }));
    skip = secondIsHxl ? 2 : 1;
  }
  while (columns.length && !columns[columns.length - 1]!.header && !columns[columns.length - 1]!.hxl) columns.pop();
  if (columns.length === 0) throw new ImportFileError({ code: "empty" });
  if (columns.length > IMPORT_LIMITS.columns) {
    throw new ImportFileError({ code: "too_many_columns", columns: columns.length, limit: IMPORT_LIMITS.columns });
  }
  const hasData = skip === 1 ? !second.done : !(await head.next()).done;
  await head.return(undefined);
  if (!hasData) throw new ImportFileError({ code: "header_only" });

  async function* rows(): AsyncGenerator<ReadRow> {
    let index = 0;
    let count = 0;
    for await (const row of allRows(bytes, format, sheet)) {
      if (index++ < skip) continue;
      const cells = trimTrailingEmpty(row.cells);
      if (cells.length > columns.length) {
        throw new ImportFileError({ code: "too_many_cells", line: row.line, cells: cells.length, columns: columns.length });
      }
      if (cells.every((c) => c === null || (typeof c === "string" && c.trim() === ""))) continue;
      if (++count > IMPORT_LIMITS.rows) throw new ImportFileError({ code: "too_many_rows", limit: IMPORT_LIMITS.rows });
      yield { line: row.line, cells };
    }
  }
  return { columns, rows };
}

function trimTrailingEmpty(cells: RawCell[]): RawCell[] {
  let end = cells.length;
  while (end > 0 && (cells[end - 1] === null || cells[end - 1] === "")) end--;
  return end === cells.length ? cells : cells.slice(0, end);
}

// ------------------------------------------------------------------ CSV

const UTF8_BOM = [0xef, 0xbb, 0xbf];
/** A cell the export wrote with a leading quote so no spreadsheet runs it (lib/domain/csv.ts): the quote goes. */
const ESCAPED_FORMULA = /^'(?=[=+\-@\t\r])/;
const APOSTROPHE = 0x27;

/** The delimiter of the first line: comma, semicolon (Excel in many European locales) or tab, whichever it has most of. */
function detectDelimiter(text: string): string {
  const end = text.search(/\r?\n/);
  const line = end === -1 ? text : text.slice(0, end);
  const outside = line.replace(/"[^"]*"/g, "");
  const counts = [",", ";", "\t"].map((d) => [d, outside.split(d).length - 1] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0]![1] > 0 ? counts[0]![0] : ",";
}

/** Bytes decoded per slice: the parser gets the file a slice at a time, so it never holds more than a few rows. */
const SLICE = 64 * 1024;

/** The file as UTF-8 text, a slice at a time; the first sequence UTF-8 does not allow stops it, with its line. */
function* utf8Slices(bytes: Uint8Array): Generator<string> {
  const body = startsWith(bytes, ...UTF8_BOM) ? bytes.subarray(3) : bytes;
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let lines = 1;
  for (let at = 0; at < body.length; at += SLICE) {
    const slice = body.subarray(at, Math.min(at + SLICE, body.length));
    let text: string;
    try {
      text = decoder.decode(slice, { stream: at + SLICE < body.length });
    } catch {
      const lenient = new TextDecoder("utf-8").decode(slice);
      const bad = lenient.indexOf("\uFFFD");
      throw new ImportFileError({
        code: "encoding_invalid",
        line: lines + (bad === -1 ? 0 : lenient.slice(0, bad).split("\n").length - 1),
      });
    }
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lines++;
    yield text;
  }
}

async function* csvRows(bytes: Uint8Array): AsyncGenerator<ReadRow> {
  const slices = utf8Slices(bytes);
  const first = slices.next();
  if (first.done) return;
  // Empty lines come as one empty cell and are passed over here, and each record's line is counted here: the parser's own
  // `info` and `skip_empty_lines` options copy its state into every record (~0.35 s a 100,000-row file).
  const parser = parse({ delimiter: detectDelimiter(first.value), relax_column_count: true });
  // Fed with backpressure: a slice only when the parser has room, so rows are read as they are used.
  const source = Readable.from(
    (function* () {
      yield first.value;
      yield* slices;
    })(),
    { objectMode: false },
  );
  source.on("error", (error) => parser.destroy(error));
  source.pipe(parser);
  try {
    /** The line the next record starts on: a record takes one line and one more for each line break inside its cells. */
    let line = 1;
    for await (const record of parser as AsyncIterable<string[]>) {
      const start = line;
      // (A plain loop: this runs for every cell of up to 200,000 rows, and most cells have neither a line break nor a
      // leading quote.)
      for (let i = 0; i < record.length; i++) {
        const cell = record[i]!;
        for (let at = cell.indexOf("\n"); at !== -1; at = cell.indexOf("\n", at + 1)) line++;
        if (cell.charCodeAt(0) === APOSTROPHE) record[i] = cell.replace(ESCAPED_FORMULA, "");
      }
      line++;
      if (record.length === 1 && record[0] === "") continue;
      yield { line: start, cells: record };
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError({ code: "unreadable", detail: error instanceof Error ? error.message : String(error) });
  } finally {
    source.destroy();
    parser.destroy();
  }
}

// ------------------------------------------------------------------ XLSX

type XlsxValue =
  | null
  | undefined
  | string
  | number
  | boolean
  | Date
  | { formula?: string; sharedFormula?: string; result?: unknown }
  | { richText: Array<{ text: string }> }
  | { text: string; hyperlink: string }
  | { error: string };

function xlsxCell(value: XlsxValue, line: number, column: number): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean" || value instanceof Date) return value;
  if ("formula" in value || "sharedFormula" in value) throw new ImportFileError({ code: "formula", line, column });
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("hyperlink" in value) return typeof value.text === "string" ? value.text : String(value.hyperlink);
  if ("error" in value) throw new ImportFileError({ code: "error_cell", line, column, value: String(value.error) });
  return String(value as unknown);
}

/**
 * The parts of exceljs's streaming reader this module drives itself (exceljs 4.4.0, pinned).
 * Its own `parse()` reads the zip in one streaming pass in stored order, and that pass does not
 * reliably deliver the last entry: writers (exceljs among them) store `xl/workbook.xml` last,
 * so a worksheet was sometimes parsed before it and the read failed with "Cannot read
 * properties of undefined (reading 'sheets')" (exceljs issue #3064; here about one full test
 * run in five). So the zip is read through its central directory instead (unzipper's Open, on
 * the bytes already in memory), the workbook's parts first, then each worksheet, still a row at
 * a time. The fix proposed upstream (exceljs pull request #3065) does the same inside exceljs.
 */
interface ExcelStreamReader {
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseWorksheet(entry: Readable, sheetNo: string): Generator<{ eventType: string; value: ExcelJS.stream.xlsx.WorksheetReader }>;
  workbookRels?: { Id: string; Target: string }[];
  model?: { sheets?: { name: string; rId: string }[] };
}

/** A workbook's worksheets in the workbook's order, each with its name and the zip entry holding it. */
async function xlsxSheets(bytes: Uint8Array) {
  let directory: unzipper.CentralDirectory;
  try {
    directory = await unzipper.Open.buffer(Buffer.from(bytes));
  } catch (error) {
    throw new ImportFileError({ code: "unreadable", detail: error instanceof Error ? error.message : String(error) });
  }
  const entries = new Map(directory.files.map((file) => [file.path, file]));
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([]), {
    sharedStrings: "cache",
    hyperlinks: "ignore",
    styles: "cache",
    worksheets: "emit",
  }) as unknown as ExcelStreamReader;
  const open = (path: string) => entries.get(path)?.stream();
  const rels = open("xl/_rels/workbook.xml.rels");
  const workbook = open("xl/workbook.xml");
  if (!rels || !workbook) throw new ImportFileError({ code: "unreadable", detail: "no xl/workbook.xml" });
  await reader._parseRels(rels);
  await reader._parseWorkbook(workbook);
  const sharedStrings = open("xl/sharedStrings.xml");
  if (sharedStrings) for await (const _ of reader._parseSharedStrings(sharedStrings)) void _;
  const styles = open("xl/styles.xml");
  if (styles) await reader._parseStyles(styles);
  return (reader.model?.sheets ?? []).flatMap(({ name, rId }) => {
    const target = reader.workbookRels?.find((rel) => rel.Id === rId)?.Target ?? "";
    const sheetNo = /(?:^|\/)worksheets\/sheet(\d+)\.xml$/.exec(target)?.[1];
    const entry = sheetNo ? `xl/worksheets/sheet${sheetNo}.xml` : undefined;
    if (!sheetNo || !entry || !entries.has(entry)) return [];
    return [{ name, read: () => [...reader._parseWorksheet(open(entry)!, sheetNo)][0]!.value }];
  });
}

async function* xlsxRows(bytes: Uint8Array, sheet: string | null): AsyncGenerator<ReadRow> {
  let sheets: Awaited<ReturnType<typeof xlsxSheets>>;
  try {
    sheets = await xlsxSheets(bytes);
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError({ code: "unreadable", detail: error instanceof Error ? error.message : String(error) });
  }
  const wanted = sheet === null ? sheets[0] : sheets.find((s) => s.name.trim().toLowerCase() === sheet.trim().toLowerCase());
  if (!wanted) {
    if (sheet === null) throw new ImportFileError({ code: "empty" });
    throw new ImportFileError({ code: "no_sheet", sheet, sheets: sheets.map((s) => s.name).join(", ") });
  }
  try {
    for await (const row of wanted.read()) {
      const values = (row.values ?? []) as XlsxValue[];
      const cells: RawCell[] = [];
      for (let i = 1; i < values.length; i++) cells.push(xlsxCell(values[i], row.number, i));
      yield { line: row.number, cells };
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError({ code: "unreadable", detail: error instanceof Error ? error.message : String(error) });
  }
}
