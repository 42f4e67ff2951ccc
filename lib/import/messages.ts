// The words of the bulk import: problems of a file, of its mapping and of its rows. Codes come
// from read.ts, columns.ts and rows.ts; only this module holds sentences (a Ukrainian catalogue
// can replace it without touching the rules).
import { messages } from "@/lib/domain/messages";
import { FIELD_COLUMN_NAME, type ImportField, type MappingProblem } from "./columns";
import type { FileProblem } from "./read";

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;
const count = (n: number) => n.toLocaleString("en-GB");

/** A problem of the whole file, in words. `columnName(i)` names the 1-based column i. */
export function fileProblemText(problem: FileProblem, columnName: (column: number) => string = (c) => `column ${c}`): string {
  switch (problem.code) {
    case "not_csv_or_xlsx":
      return "This is neither a CSV nor an XLSX file. Save the table as CSV (UTF-8) or as an Excel workbook (.xlsx) and upload that.";
    case "old_xls":
      return "This is an old Excel file (.xls). Open it in Excel or LibreOffice and save it as .xlsx or as CSV (UTF-8).";
    case "encrypted":
      return "This workbook is protected with a password (encrypted), so it cannot be read. Save a copy without a password and upload that.";
    case "empty":
      return "The file is empty: it has no header line and no rows.";
    case "header_only":
      return "The file has only a header: there are no rows of figures under it.";
    case "encoding_utf16":
      return "The file is in UTF-16, not UTF-8. Save it as “CSV UTF-8” and upload it again.";
    case "encoding_invalid":
      return (
        `The file is not in UTF-8 (line ${problem.line} has characters in another encoding, such as Windows-1251). ` +
        "Save it as “CSV UTF-8” and upload it again."
      );
    case "formula":
      return (
        `Line ${problem.line}, ${columnName(problem.column)}: the cell holds a formula. ` +
        "The import reads values only: copy the sheet and paste it as values, then upload it again."
      );
    case "error_cell":
      return `Line ${problem.line}, ${columnName(problem.column)}: the cell holds the spreadsheet error ${problem.value}. Correct it and upload again.`;
    case "too_many_cells":
      return (
        `Line ${problem.line} has ${problem.cells} cells but the header has ${problem.columns} columns. ` +
        "Check for a stray delimiter or quote on that line."
      );
    case "too_many_columns":
      return `The file has ${count(problem.columns)} columns; an import reads at most ${count(problem.limit)}.`;
    case "too_large":
      return `The file is larger than ${megabytes(problem.limit)}, the most an import accepts. Split it into smaller files.`;
    case "too_many_rows":
      return `The file has more than ${count(problem.limit)} rows, the most an import accepts. Split it into smaller files.`;
    case "no_sheet":
      return `The workbook has no sheet called “${problem.sheet}”. Its sheets: ${problem.sheets || "none"}.`;
    case "unreadable":
      return `The file could not be read (${problem.detail.replace(/[.\s]+$/, "")}).`;
  }
}

const fieldName = (field: ImportField) => FIELD_COLUMN_NAME[field];

export function mappingProblemText(problem: MappingProblem, header: (index: number) => string): string {
  switch (problem.code) {
    case "field_twice":
      return (
        `Columns ${header(problem.columns[0])} and ${header(problem.columns[1])} both give ${fieldName(problem.field)}: ` +
        "map one of them to another field or ignore it."
      );
    case "header_twice":
      return `The header “${problem.header}” appears twice (${header(problem.columns[0])} and ${header(problem.columns[1])}): rename or ignore one of them.`;
    case "no_indicator":
      return "No column gives the indicator: map one, or choose the indicator for all rows.";
    case "no_place":
      return "No column gives the place (P-code or name): map one, or choose the place for all rows.";
    case "no_source":
      return "No column gives the source: map one, or choose the source for all rows.";
    case "no_as_of":
      return "No column gives the “as of” date: map one, or enter the date for all rows.";
    case "no_value":
      return "No column gives the best estimate (or “no information”): map one.";
  }
}

/** A row's problem as a person reads it: "Line 214, column “best”: “about 300”. Enter a whole number …". */
export function rowProblemText(problem: { line: number; column: string | null; value: string; message: string }): string {
  const where = problem.column ? `Line ${problem.line}, column “${problem.column}”` : `Line ${problem.line}`;
  return problem.value ? `${where}: “${problem.value}”. ${problem.message}` : `${where}: ${problem.message}`;
}

export const rowMessages = {
  unknownIndicator: "No indicator has this code or HXL hashtag.",
  ambiguousIndicator: "Several indicators have this HXL hashtag: give the indicator's code instead.",
  unknownPlace: "No place has this P-code.",
  unknownPlaceName: "No place has this name (English or Ukrainian): give its P-code.",
  ambiguousPlaceName: (n: number) => `${n} places have this name: give the P-code of the one meant.`,
  unknownSource: "No source has this number or name. An administrator adds sources under Admin › Sources.",
  inactiveSource: "This source is deactivated: new figures cannot cite it.",
  breakdownNotAllowed: (indicator: string, dimension: string) =>
    `The indicator ${indicator} takes no breakdown by ${dimension.toLowerCase()} (an administrator can allow it).`,
  duplicateOfLine: (line: number) =>
    `Repeats line ${line} (same source, indicator, place and the source’s name for it, period, “as of” and breakdown).`,
  duplicateOfFigure: (id: number) =>
    `Repeats figure ${id}, which exists already (same source, indicator, place and the source’s name for it, period, “as of” and breakdown).`,
  requiredIndicator: messages.errors.indicatorRequired.replace("Choose", "Give"),
  requiredPlace: "Give the place: its P-code, or its exact English or Ukrainian name.",
  requiredSource: "Give the source: its number or its exact name.",
};
