// CSV output (RFC 4180): fields separated by commas, records by CRLF; a field is quoted when it
// holds a comma, a double quote, CR or LF, and a double quote inside it is doubled.
//
// Spreadsheet formula injection: a text cell that starts with = + - @ (or a tab or CR, which
// some spreadsheets strip before evaluating) would run as a formula when the file is opened.
// Such cells get a leading single quote, which spreadsheets read as "this is text". Numbers are
// written as numbers and never prefixed.
import type { ClaimRow } from "./claim";

export type CsvCell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function encodeCsvCell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  const text = FORMULA_START.test(value) ? `'${value}` : value;
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
  sex?: string | null;
  ageGroup?: string | null;
  populationGroup?: string | null;
};

export const CLAIM_CSV_HEADER = [
  "figure_id",
  "indicator",
  "hxl_tag",
  "place_pcode",
  "place_name",
  "part_of_pcode",
  "part_of_name",
  "sex",
  "age_group",
  "population_group",
  "source_id",
  "source",
  "reliability",
  "credibility",
  "verification",
  "period_start",
  "as_of",
  "qualifier",
  "no_information",
  "low",
  "best",
  "high",
  "source_url",
  "figure_url",
] as const;

/** The rows of a download: one per claim, in the order given, numbers as numbers and "no information" as empty numbers with no_information=true. */
export function claimsToCsv(indicator: { slug: string; hxlTag: string }, claims: readonly CsvClaim[], origin = ""): string {
  return toCsv(
    CLAIM_CSV_HEADER,
    claims.map((c) => [
      c.figureId,
      indicator.slug,
      indicator.hxlTag,
      c.pcode,
      c.placeName,
      c.branchPcode ?? null,
      c.branchName ?? null,
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
      `${origin}/figures/${c.figureId}`,
    ]),
  );
}
