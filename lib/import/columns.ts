// Which figure field each column of an imported file fills. Columns are recognised by the
// exchange format's names (lib/domain/figure-columns.ts: what the app exports, it imports), by a
// few common aliases, or by HXL hashtags in a hashtag row (attributes in any order). A value
// column tagged with an indicator's own hashtag ("#affected+killed", "+min", "+max") also names
// the indicator. Anything else is ignored until a person maps it.
import { FIGURE_COLUMNS, hxlKey, isHxlHashtag, type FigureImportField } from "@/lib/domain/figure-columns";

export type ImportField = FigureImportField;

/** Every field a column can be mapped to, in the order a person reads them. */
export const IMPORT_FIELDS: readonly ImportField[] = [
  "indicator",
  "place",
  "placeName",
  "placeNameUk",
  "sourceId",
  "sourceName",
  "periodStart",
  "asOf",
  "qualifier",
  "noInformation",
  "low",
  "best",
  "high",
  "sex",
  "ageGroup",
  "populationGroup",
  "credibility",
  "verification",
  "sourceUrl",
  "sourcePublishedAt",
  "sourcePlaceName",
  "notes",
];

/** Fields a person may set once for every row (e.g. the source of a whole sitrep). */
export const DEFAULTABLE_FIELDS = [
  "indicator",
  "place",
  "sourceName",
  "periodStart",
  "asOf",
  "qualifier",
  "credibility",
  "verification",
  "sourceUrl",
  "sourcePublishedAt",
] as const satisfies readonly ImportField[];
export type DefaultableField = (typeof DEFAULTABLE_FIELDS)[number];

/** A column as found in the file. */
export interface FileColumn {
  header: string;
  hxl: string | null;
}

/** The field each column fills (null: ignored), and values set once for all rows. */
export interface ImportMapping {
  fields: Array<ImportField | null>;
  defaults: Partial<Record<DefaultableField, string>>;
  /** An indicator's own hashtag found on a value column: the indicator of rows that name none. */
  indicatorHxl: string | null;
}

/** The exchange column's name for each field (how the error report and the messages name it). */
export const FIELD_COLUMN_NAME: Record<ImportField, string> = Object.fromEntries(
  FIGURE_COLUMNS.filter((c) => c.imports !== null).map((c) => [c.imports, c.name]),
) as Record<ImportField, string>;

const normalizeHeader = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/[\s\-.]+/g, "_");

/** Headers sitreps and other tools use for the same fields. */
const ALIASES: Record<string, ImportField> = {
  indicator_code: "indicator",
  indicator_slug: "indicator",
  pcode: "place",
  p_code: "place",
  location_pcode: "place",
  location_code: "place",
  place: "place",
  location: "placeName",
  source_name: "sourceName",
  organisation: "sourceName",
  organization: "sourceName",
  date: "asOf",
  as_of_date: "asOf",
  reference_date: "asOf",
  value: "best",
  best_estimate: "best",
  min: "low",
  max: "high",
  url: "sourceUrl",
  link: "sourceUrl",
};

const BY_NAME = new Map<string, ImportField | null>(FIGURE_COLUMNS.map((c) => [c.name, c.imports]));
const BY_HXL = new Map<string, ImportField | null>(
  FIGURE_COLUMNS.flatMap((c) => {
    const key = hxlKey(c.hxl);
    return key ? [[key, c.imports] as const] : [];
  }),
);

export interface Recognised {
  field: ImportField | null;
  /** How it was recognised: its name, its hashtag, or not at all (a derived column is "derived"). */
  by: "name" | "hxl" | "indicator_hxl" | "derived" | "none";
}

/** The field of one column, by name first, then by hashtag; a value column with an indicator's own hashtag is low/best/high. */
export function recogniseColumn(column: FileColumn): Recognised & { indicatorHxl?: string } {
  const name = normalizeHeader(column.header);
  if (BY_NAME.has(name)) {
    const field = BY_NAME.get(name)!;
    return field ? { field, by: "name" } : { field: null, by: "derived" };
  }
  if (ALIASES[name]) return { field: ALIASES[name], by: "name" };
  const key = column.hxl ? hxlKey(column.hxl) : null;
  if (key && column.hxl) {
    if (BY_HXL.has(key)) {
      const field = BY_HXL.get(key)!;
      return field ? { field, by: "hxl" } : { field: null, by: "derived" };
    }
    const [tag, ...attributes] = key.split("+");
    const own = [tag, ...attributes.filter((a) => a !== "min" && a !== "max")].join("+");
    if (!["#meta", "#date", "#loc", "#org", "#adm1", "#adm2", "#adm3", "#adm4", "#country", "#description", "#status"].includes(tag!)) {
      const field: ImportField = attributes.includes("min") ? "low" : attributes.includes("max") ? "high" : "best";
      return { field, by: "indicator_hxl", indicatorHxl: own };
    }
  }
  return { field: null, by: "none" };
}

/** The mapping a file's columns suggest; a person confirms or changes it before anything is checked. */
export function suggestMapping(columns: readonly FileColumn[]): ImportMapping {
  const seen = new Set<ImportField>();
  let indicatorHxl: string | null = null;
  const fields = columns.map((column) => {
    const found = recogniseColumn(column);
    // A field already given by an earlier column is left for the person to decide (the check says why).
    if (!found.field || seen.has(found.field)) return null;
    seen.add(found.field);
    if (found.indicatorHxl) indicatorHxl ??= found.indicatorHxl;
    return found.field;
  });
  return { fields, defaults: {}, indicatorHxl };
}

/** The second (or first) line is a hashtag row when every filled cell is a hashtag and at least one is. */
export function isHashtagRow(cells: readonly string[]): boolean {
  const filled = cells.map((c) => c.trim()).filter(Boolean);
  return filled.length > 0 && filled.every(isHxlHashtag);
}

export type MappingProblem =
  | { code: "field_twice"; field: ImportField; columns: [number, number] }
  | { code: "header_twice"; header: string; columns: [number, number] }
  | { code: "no_indicator" | "no_place" | "no_source" | "no_as_of" | "no_value" };

/** What makes a mapping unusable before any row is read (columns are 0-based here). */
export function mappingProblems(columns: readonly FileColumn[], mapping: ImportMapping): MappingProblem[] {
  const problems: MappingProblem[] = [];
  const firstOf = new Map<ImportField, number>();
  mapping.fields.forEach((field, index) => {
    if (!field) return;
    const first = firstOf.get(field);
    if (first === undefined) firstOf.set(field, index);
    else problems.push({ code: "field_twice", field, columns: [first, index] });
  });
  const headerAt = new Map<string, number>();
  columns.forEach((column, index) => {
    const name = normalizeHeader(column.header);
    if (!name || mapping.fields[index] === null) return;
    const first = headerAt.get(name);
    if (first === undefined) headerAt.set(name, index);
    else problems.push({ code: "header_twice", header: column.header.trim(), columns: [first, index] });
  });
  const given = (...fields: ImportField[]) =>
    fields.some((f) => firstOf.has(f) || (mapping.defaults as Record<string, string | undefined>)[f]?.trim());
  if (!given("indicator") && !mapping.indicatorHxl) problems.push({ code: "no_indicator" });
  if (!given("place", "placeName", "placeNameUk")) problems.push({ code: "no_place" });
  if (!given("sourceId", "sourceName")) problems.push({ code: "no_source" });
  if (!given("asOf")) problems.push({ code: "no_as_of" });
  if (!given("best", "noInformation")) problems.push({ code: "no_value" });
  return problems;
}

/** Parses a stored mapping (JSON from the database or a form), keeping only known fields. */
export function parseMapping(value: unknown, columnCount: number): ImportMapping {
  const raw = (value && typeof value === "object" ? value : {}) as { fields?: unknown; defaults?: unknown; indicatorHxl?: unknown };
  const fields = Array.from({ length: columnCount }, (_, i) => {
    const f = Array.isArray(raw.fields) ? raw.fields[i] : null;
    return typeof f === "string" && (IMPORT_FIELDS as readonly string[]).includes(f) ? (f as ImportField) : null;
  });
  const defaults: ImportMapping["defaults"] = {};
  if (raw.defaults && typeof raw.defaults === "object") {
    for (const field of DEFAULTABLE_FIELDS) {
      const v = (raw.defaults as Record<string, unknown>)[field];
      if (typeof v === "string" && v.trim()) defaults[field] = v.trim().slice(0, 2000);
    }
  }
  const indicatorHxl = typeof raw.indicatorHxl === "string" && isHxlHashtag(raw.indicatorHxl) ? raw.indicatorHxl : null;
  return { fields, defaults, indicatorHxl };
}
