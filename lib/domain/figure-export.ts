// The whole-data exports for people (/data, a domain page's "Download data"): which published
// figures a download URL asks for, and how one figure becomes a CSV record, a JSON object or an
// XLSX row. Every format has the columns of FIGURE_COLUMNS, in that order, under the same names.
//
// URL parameters: the dashboard's (place with everything below it, from, to, source, grade, cred,
// ver; `at` is ignored) plus `indicator` (a slug, repeatable) and `domain`. As on the dashboard a
// bad value falls back to its default, except that no place means everywhere (the dashboard's
// default place, UA14, is a view, not a data set); links always name the place.
import { DOMAINS, isOneOf, VERIFICATION_STATUSES, type Domain } from "./enums";
import { neutraliseFormula, encodeCsvCell } from "./csv";
import { FIGURE_COLUMNS, figureCells, hxlRow, type FigureCell, type FigureColumn, type PublishedFigure } from "./figure-columns";
import { ALL_FIGURES, type FigureQuery } from "./figure-query";
import { parseFilters, type SearchParams } from "./filters";
import { SLUG } from "./indicator-schema";
import { createTranslator } from "use-intl/core";
import enExports from "@/messages/en/exports.json" with { type: "json" };
import { messages as englishMessages, type DomainTranslator, type Messages } from "./messages";

export const EXPORT_FORMATS = ["csv", "xlsx", "json"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8; header=present",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  json: "application/json; charset=utf-8",
};

/** The download's path: one route per format, beside the per-chart downloads (an indicator slug never has a dot). */
export const exportPath = (format: ExportFormat) => `/download/figures.${format}`;

/** Looks up a key of messages/<locale>/exports.json, with ICU values (the same shape as DomainTranslator). */
export type ExportTranslator = DomainTranslator;

/** The words of an export meant for people (the XLSX "read me", the filters in words), in one language. */
export interface ExportWords {
  t: ExportTranslator;
  messages: Messages;
}

/** English: the default wherever no language is asked for. Other languages: lib/exports/export-words.ts. */
export const ENGLISH_EXPORT_WORDS: ExportWords = {
  t: createTranslator({ locale: "en", messages: { exports: enExports }, namespace: "exports" }) as unknown as ExportTranslator,
  messages: englishMessages,
};

/** Shown on every page while the data set is the demo one, and in every export's "read me" (English; the catalogue has each language's). */
export const DEMO_DATA_NOTICE = {
  label: ENGLISH_EXPORT_WORDS.t("demoNotice.label"),
  text: ENGLISH_EXPORT_WORDS.t("demoNotice.text"),
};

function toRecord(params: SearchParams | URLSearchParams): Record<string, string[]> {
  const record: Record<string, string[]> = {};
  if (params instanceof URLSearchParams) {
    for (const key of new Set(params.keys())) record[key] = params.getAll(key);
  } else {
    for (const [key, value] of Object.entries(params)) if (value !== undefined) record[key] = Array.isArray(value) ? value : [value];
  }
  return record;
}

/** A download URL's parameters -> the figures it asks for. Never throws. */
export function exportQueryFromParams(params: SearchParams | URLSearchParams): FigureQuery {
  const record = toRecord(params);
  const filters = parseFilters(record);
  const rawPlace = record.place?.[0]?.trim().toUpperCase() ?? "";
  // parseFilters falls back to the dashboard's default on a malformed P-code; here that means everywhere.
  const place = rawPlace !== "" && filters.place === rawPlace ? rawPlace : null;
  const indicators = [...new Set((record.indicator ?? []).map((s) => s.trim()).filter((s) => s.length <= 80 && SLUG.test(s)))].sort();
  const domain = (record.domain ?? []).map((d) => d.trim()).find((d): d is Domain => isOneOf(DOMAINS, d)) ?? null;
  return {
    ...ALL_FIGURES,
    place,
    from: filters.from,
    to: filters.to,
    sources: filters.sources,
    grade: filters.grade,
    cred: filters.cred,
    ver: filters.ver,
    indicators,
    domain,
  };
}

/** The query as a download URL's parameters (the place always named; defaults left out). */
export function exportSearchParams(query: FigureQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.place) params.set("place", query.place);
  if (query.domain) params.set("domain", query.domain);
  for (const slug of query.indicators) params.append("indicator", slug);
  if (query.from) params.set("from", query.from);
  if (query.to) params.set("to", query.to);
  for (const id of query.sources) params.append("source", String(id));
  if (query.grade !== "F") params.set("grade", query.grade);
  if (query.cred !== 6) params.set("cred", String(query.cred));
  if (query.ver.length < VERIFICATION_STATUSES.length) for (const v of query.ver) params.append("ver", v);
  return params;
}

/**
 * "/download/figures.csv?place=UA14&domain=casualties"; `lang` (a locale other than English, e.g. "uk"
 * from a Ukrainian page) adds `lang=uk`: the words meant for people (the XLSX "read me") in that
 * language. Column names, hashtags and values are the same in every language.
 */
export function exportHref(query: FigureQuery, format: ExportFormat, lang?: string): string {
  const params = exportSearchParams(query);
  if (lang && lang !== "en") params.set("lang", lang);
  const search = params.toString();
  return `${exportPath(format)}${search ? `?${search}` : ""}`;
}

/** crisis-ledger-figures-casualties-UA14-2026-12-01.csv */
export function exportFileName(query: FigureQuery, format: ExportFormat, today: string): string {
  const parts = ["crisis-ledger-figures", query.indicators.length === 1 ? query.indicators[0] : query.domain, query.place ?? "all", today];
  return `${parts.filter(Boolean).join("-")}.${format}`.replace(/[^A-Za-z0-9._-]/g, "_");
}

// ------------------------------------------------------------------ rows of each format

/** The two lines a CSV export starts with: the header and the HXL hashtag row. */
export function csvHead(indicatorHxl: string | null, columns: readonly FigureColumn[] = FIGURE_COLUMNS): string {
  const line = (cells: readonly string[]) => cells.map(encodeCsvCell).join(",") + "\r\n";
  return line(columns.map((c) => c.name)) + line(hxlRow(columns, indicatorHxl));
}

/** One figure as a CSV record (RFC 4180, CRLF; formula-like text neutralised). */
export function figureCsvRecord(figure: PublishedFigure, origin: string): string {
  return figureCells(figure, origin).map(encodeCsvCell).join(",") + "\r\n";
}

/** One figure as a JSON object: the columns' names as keys, numbers, booleans and null as such, dates as "YYYY-MM-DD" text. */
export function figureJson(figure: PublishedFigure, origin: string): Record<string, FigureCell> {
  const cells = figureCells(figure, origin);
  return Object.fromEntries(FIGURE_COLUMNS.map((c, i) => [c.name, cells[i] ?? null]));
}

export type XlsxCell = string | number | boolean | Date | null;

/** A calendar date ("YYYY-MM-DD") or an ISO timestamp as a Date (UTC), as a spreadsheet's date cell. */
function asDate(value: string): Date | string {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  return Number.isNaN(date.getTime()) ? value : date;
}

/**
 * One figure as an XLSX row: numbers as numbers, dates and timestamps as dates (UTC), true/false as
 * booleans, text as text cells with formula-like text neutralised as in the CSV (a text cell is never
 * a formula in XLSX; the quote keeps it inert if the sheet is saved as CSV and opened again).
 */
export function figureXlsxRow(figure: PublishedFigure, origin: string): XlsxCell[] {
  const cells = figureCells(figure, origin);
  return FIGURE_COLUMNS.map((column, i) => xlsxCell(column, cells[i] ?? null));
}

export function xlsxCell(column: Pick<FigureColumn, "kind">, value: FigureCell): XlsxCell {
  if (value === null) return null;
  if (typeof value === "string" && (column.kind === "date" || column.kind === "timestamp")) return asDate(value);
  return typeof value === "string" ? neutraliseFormula(value) : value;
}

/** Excel number formats of the date columns. */
export const XLSX_DATE_FORMATS: Partial<Record<FigureColumn["kind"], string>> = {
  date: "yyyy-mm-dd",
  timestamp: "yyyy-mm-dd hh:mm:ss",
};

// ------------------------------------------------------------------ the "read me"

export interface ExportContext {
  /** The absolute URL this file was downloaded from. */
  url: string;
  generatedAt: Date;
  dataVersion: number | null;
  /** Names for what the query names by code or id, where known. */
  placeName?: string | null;
  sourceNames?: ReadonlyMap<number, string>;
}

/** The filters in words, one [filter, value] pair per line (the XLSX "read me" sheet and the /data page), in the words' language. */
export function describeQuery(
  query: FigureQuery,
  context: Pick<ExportContext, "placeName" | "sourceNames"> = {},
  words: ExportWords = ENGLISH_EXPORT_WORDS,
): [string, string][] {
  const { t, messages } = words;
  const lines: [string, string][] = [];
  lines.push([
    t("query.place"),
    query.place
      ? t("query.placeWithin", {
          place: context.placeName ? t("query.placeNamed", { name: context.placeName, pcode: query.place }) : query.place,
        })
      : t("query.everywhere"),
  ]);
  lines.push([t("query.domain"), query.domain ? messages.domain[query.domain] : t("query.everyDomain")]);
  lines.push([t("query.indicators"), query.indicators.length ? query.indicators.join(", ") : t("query.everyIndicator")]);
  lines.push([
    t("query.asOf"),
    query.from || query.to
      ? t("query.dates", { from: query.from ?? t("query.start"), to: query.to ?? t("query.today") })
      : t("query.anyDate"),
  ]);
  lines.push([
    t("query.sources"),
    query.sources.length
      ? query.sources.map((id) => context.sourceNames?.get(id) ?? t("query.sourceNumber", { id })).join("; ")
      : t("query.everySource"),
  ]);
  lines.push([t("query.grade"), query.grade === "F" ? t("query.anyGrade") : t("query.gradeOrBetter", { grade: query.grade })]);
  lines.push([t("query.credibility"), query.cred === 6 ? t("query.anyCredibility") : t("query.credibilityOrBetter", { cred: query.cred })]);
  lines.push([
    t("query.verification"),
    query.ver.length === VERIFICATION_STATUSES.length
      ? t("query.anyVerification")
      : query.ver.map((v) => messages.verification[v]).join(", "),
  ]);
  return lines;
}

/**
 * The "read me" sheet's rows: what the file is, the filters, the notice, then the column and hashtag
 * table, in the words' language (the column names and hashtags themselves never change).
 */
export function readMeRows(query: FigureQuery, context: ExportContext, words: ExportWords = ENGLISH_EXPORT_WORDS): string[][] {
  const { t } = words;
  return [
    [t("readMe.title")],
    [t("readMe.intro1")],
    [t("readMe.intro2")],
    [],
    [t("demoNotice.label"), t("demoNotice.text")],
    [],
    [t("readMe.downloadedFrom"), context.url],
    [t("readMe.generated"), context.generatedAt.toISOString().replace("T", " ").slice(0, 19)],
    ...(context.dataVersion === null ? [] : [[t("readMe.dataVersion"), String(context.dataVersion)]]),
    [],
    [t("readMe.filters")],
    ...describeQuery(query, context, words),
    [],
    [t("readMe.columnsTitle")],
    [t("readMe.column"), t("readMe.hxl"), t("readMe.meaning")],
    ...FIGURE_COLUMNS.map((c) => [c.name, c.hxl, t(`columns.${c.name}`)]),
  ];
}

/** The README's column and hashtag table (figure-export.test.ts checks that the README holds exactly this). */
export function columnTableMarkdown(columns: readonly FigureColumn[] = FIGURE_COLUMNS): string {
  const escape = (text: string) => text.replaceAll("|", "\\|");
  return [
    "| Column | HXL hashtag | Type | Meaning |",
    "| --- | --- | --- | --- |",
    ...columns.map((c) => `| \`${c.name}\` | \`${c.hxl}\` | ${c.kind} | ${escape(c.description)} |`),
  ].join("\n");
}
