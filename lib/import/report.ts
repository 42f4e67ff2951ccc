// The error report as an XLSX workbook, for a file that came as XLSX: one sheet, the file's header
// (and hashtag row) with an error column, then every row with its cells as read (numbers as
// numbers, dates as dates, text as text, never a formula) and its problems in words. Written with
// exceljs's streaming writer, as the exports are; the import reads it back as it is (the error
// column is not one it reads).
import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
import type { RawCell } from "./values";

const DATE_STYLE: Partial<ExcelJS.Style> = { numFmt: "yyyy-mm-dd" };
const NO_STYLE: Partial<ExcelJS.Style> = {};

/** `rows`: the header first (written bold), then the hashtag row if any, then the data rows. */
export function xlsxErrorReport(rows: Iterable<RawCell[]>, sheetName: string): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  // The zip's own errors end the download (an unheard "error" event would end the process).
  (workbook as unknown as { zip: NodeJS.EventEmitter }).zip.on("error", (error: Error) => out.destroy(error));
  workbook.creator = "Crisis Ledger";
  const write = async () => {
    const sheet = workbook.addWorksheet(sheetName.slice(0, 31) || "Sheet1", { views: [{ state: "frozen", ySplit: 1 }] });
    let first = true;
    for (const cells of rows) {
      const row = sheet.addRow(cells);
      if (first) row.font = { bold: true };
      else row.eachCell((cell) => void (cell.style = (cell.value instanceof Date ? DATE_STYLE : NO_STYLE) as ExcelJS.Style));
      first = false;
      row.commit();
    }
    sheet.commit();
    await workbook.commit();
  };
  write().catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))));
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}
