// The words of the bulk import: problems of a file, of its mapping and of its rows. Codes come
// from read.ts, columns.ts and rows.ts; the words are in messages/<locale>/imports.json (and the
// figure form's own in domain.json). A row's problem is kept as data (a key and its values), so a
// batch checked by one editor reads in the language of whoever opens it; importWords(t, domain)
// turns it into words with that reader's translators (lib/import/words.ts builds them per language
// on the server; lib/import/messages.ts has English, for tests and the machine-facing upload answers;
// a client component passes its useTranslations).
import { domainMessages, type Messages } from "@/lib/domain/messages";
import { FIELD_COLUMN_NAME, type MappingProblem } from "./columns";
import type { FileProblem } from "./read";

/** Looks up a key of one namespace, with ICU values (next-intl's useTranslations and createTranslator both fit). */
export type Translator = (key: string, values?: Record<string, string | number>) => string;

/** Words kept as data: a key of imports.json ("row.unknownPlace") or of domain.json ("domain:errors.notWholeNumber"), and its values. */
export interface Coded {
  key: string;
  values?: Record<string, string | number>;
}

/** A problem of one row, pointing at its line and column. */
export interface RowProblem {
  line: number;
  /** The column's header as the file has it, or null for a value set for all rows / a rule over several columns. */
  column: string | null;
  /** The 1-based column, when the column has neither a header nor a hashtag. */
  columnNumber?: number;
  value: string;
  words: Coded;
}

/** The problems kept on a batch for its page (the error report has every one), as data. */
export type StoredProblem =
  | { line: number; kind: "error"; row: RowProblem }
  | { line: number; kind: "error"; mapping: MappingProblem }
  | { line: number; kind: "duplicate"; duplicate: Coded }
  /** Kept before problems were stored as data: English words. */
  | { line: number; kind: "error" | "duplicate"; text: string };

// ------------------------------------------------------------------ the form's words, kept as data

const TOKEN = "\u0000";

/**
 * The figure schema's words as tokens: a schema built with these reports each issue as its
 * domain.json key and values, turned back into data by codedIssue (and into words by importWords).
 */
export const codedDomainMessages: Messages = domainMessages((key, values) => TOKEN + JSON.stringify({ key: `domain:${key}`, values }));

/** A schema issue's message as data: a token from codedDomainMessages, or any other text as it is. */
export function codedIssue(message: string): Coded {
  if (message.startsWith(TOKEN)) {
    try {
      return JSON.parse(message.slice(TOKEN.length)) as Coded;
    } catch {
      // Not one of ours: shown as it is.
    }
  }
  return { key: "row.literal", values: { text: message } };
}

// ------------------------------------------------------------------ words

const megabytes = (bytes: number) => Math.round(bytes / (1024 * 1024));

/** The import's words in one language: `t` reads imports.json, `domain` domain.json. */
export function importWords(t: Translator, domain: Translator) {
  /** Values may hold tokens themselves (a qualifier's phrase inside a sentence). */
  const values = (v: Record<string, string | number> | undefined) =>
    v &&
    Object.fromEntries(Object.entries(v).map(([k, x]) => [k, typeof x === "string" && x.startsWith(TOKEN) ? render(codedIssue(x)) : x]));
  const render = (words: Coded): string =>
    words.key.startsWith("domain:") ? domain(words.key.slice("domain:".length), values(words.values)) : t(words.key, values(words.values));

  /** A problem of the whole file, in words. `columnName(i)` names the 1-based column i. */
  const file = (
    problem: FileProblem,
    columnName: (column: number) => string = (c) => t("fileProblem.column", { column: String(c) }),
  ): string => {
    switch (problem.code) {
      case "encoding_invalid":
        return t("fileProblem.encoding_invalid", { line: String(problem.line) });
      case "formula":
        return t("fileProblem.formula", { line: String(problem.line), column: columnName(problem.column) });
      case "error_cell":
        return t("fileProblem.error_cell", { line: String(problem.line), column: columnName(problem.column), value: problem.value });
      case "too_many_cells":
        return t("fileProblem.too_many_cells", { line: String(problem.line), cells: problem.cells, columns: problem.columns });
      case "too_many_columns":
        return t("fileProblem.too_many_columns", { columns: problem.columns, limit: problem.limit });
      case "too_large":
        return t("fileProblem.too_large", { megabytes: megabytes(problem.limit) });
      case "too_many_rows":
        return t("fileProblem.too_many_rows", { limit: problem.limit });
      case "no_sheet":
        return t("fileProblem.no_sheet", { sheet: problem.sheet, sheets: problem.sheets || t("fileProblem.noSheets") });
      case "unreadable":
        return t("fileProblem.unreadable", { detail: problem.detail.replace(/[.\s]+$/, "") });
      default:
        return t(`fileProblem.${problem.code}`);
    }
  };

  /** A mapping problem; `header(i)` names the 0-based column i ("3 (“best”)"). */
  const mapping = (problem: MappingProblem, header: (index: number) => string): string => {
    switch (problem.code) {
      case "field_twice":
        return t("mappingProblem.field_twice", {
          first: header(problem.columns[0]),
          second: header(problem.columns[1]),
          field: FIELD_COLUMN_NAME[problem.field],
        });
      case "header_twice":
        return t("mappingProblem.header_twice", {
          header: problem.header,
          first: header(problem.columns[0]),
          second: header(problem.columns[1]),
        });
      default:
        return t(`mappingProblem.${problem.code}`);
    }
  };

  /** A column as a mapping problem names it: 3 (“best”). */
  const columnHeader = (columns: ReadonlyArray<{ header: string; hxl: string | null }>) => (i: number) =>
    t("mappingProblem.header", { number: String(i + 1), header: columns[i]?.header || columns[i]?.hxl || "" });

  /** A row's problem as a person reads it: "Line 214, column “best”: “about 300”. Enter a whole number …". */
  const row = (problem: RowProblem): string => {
    const line = String(problem.line);
    const where = problem.column
      ? t("row.whereColumn", { line, column: problem.column })
      : problem.columnNumber
        ? t("row.whereColumnNumber", { line, number: String(problem.columnNumber) })
        : t("row.whereLine", { line });
    const message = render(problem.words);
    return problem.value ? t("row.withValue", { where, value: problem.value, message }) : t("row.withoutValue", { where, message });
  };

  /** "Line 12: Repeats line 4 (…)". */
  const duplicate = (line: number, words: Coded) => t("row.lineMessage", { line: String(line), message: render(words) });

  /** A problem kept on a batch, in words; `columns` are the batch's (for a mapping problem's column names). */
  const stored = (problem: StoredProblem, columns: ReadonlyArray<{ header: string; hxl: string | null }>): string => {
    if ("row" in problem) return row(problem.row);
    if ("mapping" in problem) return mapping(problem.mapping, columnHeader(columns));
    if ("duplicate" in problem) return duplicate(problem.line, problem.duplicate);
    return problem.text;
  };

  return { file, mapping, columnHeader, row, duplicate, stored, render, errorColumn: t("report.errorColumn") };
}

export type ImportWords = ReturnType<typeof importWords>;
