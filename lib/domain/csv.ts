// CSV output (RFC 4180): fields separated by commas, records by CRLF; a field is quoted when it
// holds a comma, a double quote, CR or LF, and a double quote inside it is doubled.
//
// Spreadsheet formula injection: a text cell that starts with = + - @ (or a tab or CR, which
// some spreadsheets strip before evaluating) would run as a formula when the file is opened.
// Such cells get a leading single quote, which spreadsheets read as "this is text". Numbers are
// written as numbers and never prefixed.
import type { ClaimRow } from "./claim";
import { FIGURE_COLUMNS, figureUrl, hxlRow, type FigureColumn } from "./figure-columns";

export type CsvCell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** Text a spreadsheet would run as a formula, with a leading single quote; other text as it is (CSV and XLSX). */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function encodeCsvCell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  const text = neutraliseFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A header row and data rows -> one CSV document, every record ending in CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((row) => row.map(encodeCsvCell).join(",") + "\r\n").join("");
}

/** A claim as the dashboard's CSV downloads write it: a claim row, with its part of the place or its breakdown where the view has them. */
export type CsvClaim = ClaimRow & {
  branchPcode?: string;
  branchName?: string;
  branchNameUk?: string | null;
  sex?: string | null;
  ageGroup?: string | null;
  populationGroup?: string | null;
};

const figureColumn = (name: string): FigureColumn => {
  const found = FIGURE_COLUMNS.find((c) => c.name === name);
  if (!found) throw new Error(`No figure column "${name}"`);
  return found;
};

/**
 * The per-chart downloads' columns: the exchange format's (FIGURE_COLUMNS) where a column means the
 * same, so a reader and an import treat both files alike, and two of their own for the "places
 * within" view: the part of the selected place the claim's place lies in. `reliability_now`: the
 * charts grade sources by their grade today.
 */
export const CLAIM_CSV_COLUMNS: readonly FigureColumn[] = [
  figureColumn("figure_id"),
  figureColumn("indicator"),
  figureColumn("indicator_hxl"),
  figureColumn("place_pcode"),
  figureColumn("place_name"),
  figureColumn("place_name_uk"),
  {
    name: "part_of_pcode",
    hxl: "#loc+code+part_of",
    kind: "text",
    imports: null,
    description: "In the breakdown by place: P-code of the part of the selected place that the claim's place lies in.",
  },
  { name: "part_of_name", hxl: "#loc+name+part_of", kind: "text", imports: null, description: "That part's English name." },
  { name: "part_of_name_uk", hxl: "#loc+name+part_of+i_uk", kind: "text", imports: null, description: "That part's Ukrainian name." },
  figureColumn("sex"),
  figureColumn("age_group"),
  figureColumn("population_group"),
  figureColumn("source_id"),
  figureColumn("source"),
  figureColumn("reliability_now"),
  figureColumn("credibility"),
  figureColumn("verification"),
  figureColumn("period_start"),
  figureColumn("as_of"),
  figureColumn("qualifier"),
  figureColumn("no_information"),
  figureColumn("low"),
  figureColumn("best"),
  figureColumn("high"),
  figureColumn("source_url"),
  figureColumn("figure_url"),
];

export const CLAIM_CSV_HEADER: readonly string[] = CLAIM_CSV_COLUMNS.map((c) => c.name);

/**
 * The rows of a download: the header, the HXL hashtag row (the values carry the indicator's own
 * hashtag), then one row per claim in the order given, numbers as numbers and "no information" as
 * empty numbers with no_information=true. `origin`: the public address, for figure_url.
 */
export function claimsToCsv(indicator: { slug: string; hxlTag: string }, claims: readonly CsvClaim[], origin: string): string {
  return toCsv(CLAIM_CSV_HEADER, [
    hxlRow(CLAIM_CSV_COLUMNS, indicator.hxlTag),
    ...claims.map((c) => [
      c.figureId,
      indicator.slug,
      indicator.hxlTag,
      c.pcode,
      c.placeName,
      c.placeNameUk ?? null,
      c.branchPcode ?? null,
      c.branchName ?? null,
      c.branchNameUk ?? null,
      c.sex ?? null,
      c.ageGroup ?? null,
      c.populationGroup ?? null,
      c.sourceId,
      c.sourceName,
      c.reliability,
      c.credibility,
      c.verification,
      c.periodStart,
      c.asOf,
      c.qualifier,
      c.noInformation,
      c.low,
      c.best,
      c.high,
      c.sourceUrl,
      figureUrl(origin, c.figureId),
    ]),
  ]);
}
