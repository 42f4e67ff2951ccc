// The exchange format of figures: one vocabulary of columns for everything that goes out (the
// API's CSV, the whole-dataset CSV / XLSX / JSON exports, the per-chart downloads) and comes in
// (the bulk import). What the app exports, it can import: the import recognises these names, and
// these HXL hashtags in a hashtag row, and ignores the derived columns it cannot write.
//
// Hashtags follow HXL 1.1 (https://hxlstandard.org/standard/1-1final/): core hashtags where one
// fits (#adm1+code, #loc+name, #org+name, #date+reported, #status ...), attributes in lowercase
// with "+", "+i_uk" for the Ukrainian name. The values (low / best / high) carry the indicator's
// own hashtag when a file holds one indicator (e.g. "#affected+killed", "+min" / "+max" on the
// range ends), and the generic "#indicator+num" when it mixes indicators.
import type { AgeGroup, PopulationGroup, Qualifier, Reliability, Sex, VerificationStatus } from "./enums";

/** How a column's values are written (CSV text, XLSX cell type, JSON type, OpenAPI type). */
export type ColumnKind = "integer" | "text" | "date" | "timestamp" | "boolean" | "url";

/**
 * `imports`: the figure field an import fills from this column (see FigureImportField), or null for
 * a derived column an import ignores (names, parents, grades, links: the database knows them).
 */
export interface FigureColumn {
  name: string;
  hxl: string;
  kind: ColumnKind;
  imports: FigureImportField | null;
  /** One line for the README's column table, the XLSX "read me" sheet and the API reference. */
  description: string;
}

/** The fields of a figure that an imported row can give (by value or by reference). */
export type FigureImportField =
  | "indicator"
  | "place"
  | "placeName"
  | "placeNameUk"
  | "sourceId"
  | "sourceName"
  | "periodStart"
  | "asOf"
  | "qualifier"
  | "noInformation"
  | "low"
  | "best"
  | "high"
  | "sex"
  | "ageGroup"
  | "populationGroup"
  | "credibility"
  | "verification"
  | "sourceUrl"
  | "sourcePublishedAt"
  | "sourcePlaceName"
  | "notes";

/** The lowest place level a file names a parent column for (0 country .. 4 settlement). */
export const ADMIN_LEVELS = [0, 1, 2, 3, 4] as const;
export type AdminLevel = (typeof ADMIN_LEVELS)[number];

const column = (name: string, hxl: string, kind: ColumnKind, imports: FigureImportField | null, description: string): FigureColumn => ({
  name,
  hxl,
  kind,
  imports,
  description,
});

/** The levels below the country, each with a parent column (adm1_pcode ... adm4_pcode). */
const SUB_NATIONAL_LEVELS = [
  [1, "oblast"],
  [2, "raion"],
  [3, "hromada"],
  [4, "settlement"],
] as const;

/** Hashtags of the value columns; replaced by the indicator's own when a file holds one indicator. */
export const GENERIC_VALUE_HXL = { low: "#indicator+num+min", best: "#indicator+num", high: "#indicator+num+max" } as const;

/** Every column of a published figure, in file order. Names are stable: tools and imports depend on them. */
export const FIGURE_COLUMNS: readonly FigureColumn[] = [
  column("figure_id", "#meta+id", "integer", null, "The figure's number in Crisis Ledger (its page is figure_url)."),
  column(
    "indicator",
    "#indicator+code",
    "text",
    "indicator",
    "What is counted: the indicator's code (slug); an import also accepts its HXL hashtag.",
  ),
  column("indicator_name", "#indicator+name", "text", null, "The indicator's name."),
  column("indicator_name_uk", "#indicator+name+i_uk", "text", null, "The indicator's Ukrainian name (empty where none was written)."),
  column("domain", "#sector", "text", null, "displacement, casualties, infrastructure or access."),
  column("unit", "#indicator+unit", "text", null, "The unit of low, best and high (people, buildings, convoys ...)."),
  column("indicator_hxl", "#indicator+hxl", "text", null, "The indicator's own HXL hashtag."),
  column("place_pcode", "#loc+code", "text", "place", "P-code of the place the claim is about (any admin level)."),
  column("place_name", "#loc+name", "text", "placeName", "The place's English name (an import accepts it when it names one place)."),
  column("place_name_uk", "#loc+name+i_uk", "text", "placeNameUk", "The place's Ukrainian name."),
  column("admin_level", "#loc+level", "integer", null, "0 country, 1 oblast, 2 raion, 3 hromada, 4 settlement."),
  column("adm0_pcode", "#country+code", "text", null, "P-code of the country."),
  ...SUB_NATIONAL_LEVELS.map(([level, name]) =>
    column(`adm${level}_pcode`, `#adm${level}+code`, "text", null, `P-code of the ${name} (the place itself at level ${level}).`),
  ),
  column("sex", "#meta+sex", "text", "sex", "Breakdown: female or male; empty for a total."),
  column("age_group", "#meta+age_group", "text", "ageGroup", "Breakdown: child, adult or older_person; empty for a total."),
  column("population_group", "#meta+population_group", "text", "populationGroup", "Breakdown: civilian or military; empty for a total."),
  column("period_start", "#date+start", "date", "periodStart", "Start of the period the claim counts (empty: since the start of the war)."),
  column("as_of", "#date+reported", "date", "asOf", "The date the claim is as of (YYYY-MM-DD)."),
  column("qualifier", "#meta+qualifier", "text", "qualifier", "exact, approximately, at_least, at_most, more_than or less_than."),
  column("no_information", "#meta+no_information", "boolean", "noInformation", "true: the source says it has no information (never zero)."),
  column("low", GENERIC_VALUE_HXL.low, "integer", "low", "Low end of the claimed range."),
  column("best", GENERIC_VALUE_HXL.best, "integer", "best", "The source's best estimate."),
  column("high", GENERIC_VALUE_HXL.high, "integer", "high", "High end of the claimed range."),
  column("source_id", "#org+id", "integer", "sourceId", "The source's number in Crisis Ledger."),
  column("source", "#org+name", "text", "sourceName", "The source's name (an import accepts the exact name)."),
  column("source_kind", "#org+type", "text", null, "un_agency, government, party_to_conflict, ngo, media, researcher or other."),
  column("source_affiliation", "#org+affiliation", "text", null, "Whom the source is affiliated with, if anyone."),
  column("reliability", "#meta+reliability", "text", null, "The source's reliability grade (A-F) when the figure was published."),
  column("reliability_now", "#meta+reliability+current", "text", null, "The source's reliability grade today."),
  column(
    "credibility",
    "#meta+credibility",
    "integer",
    "credibility",
    "Credibility of this information, 1 (confirmed) to 6 (cannot be judged).",
  ),
  column("verification", "#status+verification", "text", "verification", "reported, corroborated, verified or disputed."),
  column("source_url", "#meta+url", "url", "sourceUrl", "Where the source published the claim."),
  column("source_published", "#date+source_published", "date", "sourcePublishedAt", "When the source published the claim."),
  column("source_place_name", "#loc+name+source", "text", "sourcePlaceName", "The place as the source named it, when that differs."),
  column("notes", "#description", "text", "notes", "Notes on the claim (method, caveats)."),
  column("figure_url", "#meta+url+figure", "url", null, "The figure's public page, with its history."),
  column("published_at", "#date+published", "timestamp", null, "When a reviewer published the figure (UTC)."),
  column("updated_at", "#date+updated", "timestamp", null, "When the figure last changed (UTC)."),
];

export type FigureColumnName = (typeof FIGURE_COLUMNS)[number]["name"];

/** A hashtag with attributes, as HXL 1.1 writes it: "#tag+attr+attr", lowercase letters, digits, "_". */
const HXL_HASHTAG = /^#[a-z][a-z0-9_]*(\s*\+[a-z][a-z0-9_]*)*$/;

export function isHxlHashtag(text: string): boolean {
  return HXL_HASHTAG.test(text.trim());
}

/**
 * The hashtag row under the header. `indicatorHxl`: the one indicator's hashtag when the file
 * holds one indicator; its values then carry it ("#affected+killed", "+min", "+max").
 */
export function hxlRow(columns: readonly FigureColumn[], indicatorHxl: string | null = null): string[] {
  const own = indicatorHxl && isHxlHashtag(indicatorHxl) ? indicatorHxl.replace(/\s+/g, "") : null;
  return columns.map((c) => {
    if (!own) return c.hxl;
    if (c.name === "best") return own;
    if (c.name === "low") return `${own}+min`;
    if (c.name === "high") return `${own}+max`;
    return c.hxl;
  });
}

/** A hashtag's tag and attribute set, for matching regardless of attribute order ("#adm1 +code" = "#adm1+code"). */
export function hxlKey(text: string): string | null {
  if (!isHxlHashtag(text)) return null;
  const [tag, ...attributes] = text.replace(/\s+/g, "").toLowerCase().split("+");
  return [tag, ...attributes.sort()].join("+");
}

/** One published figure with everything a reader needs to judge it: the API's and the exports' row. */
export interface PublishedFigure {
  figureId: number;
  indicator: { slug: string; name: string; nameUk: string | null; domain: string; unit: string; hxlTag: string };
  place: {
    pcode: string;
    nameEn: string;
    nameUk: string;
    adminLevel: number; /** The P-code at each admin level from the country down to the place itself. */
    pcodesByLevel: Partial<Record<AdminLevel, string>>;
  };
  periodStart: string | null;
  asOf: string;
  qualifier: Qualifier;
  noInformation: boolean;
  low: number | null;
  best: number | null;
  high: number | null;
  sex: Sex | null;
  ageGroup: AgeGroup | null;
  populationGroup: PopulationGroup | null;
  source: {
    id: number;
    name: string;
    kind: string;
    affiliation: string | null;
    reliabilityAtPublication: Reliability;
    reliabilityNow: Reliability;
  };
  credibility: number;
  verification: VerificationStatus;
  sourceUrl: string | null;
  sourcePublishedAt: string | null;
  sourcePlaceName: string | null;
  notes: string | null;
  /** ISO timestamps (UTC). */
  publishedAt: string;
  updatedAt: string;
}

export type FigureCell = string | number | boolean | null;

/** A figure as one row of cells in FIGURE_COLUMNS order; `origin` makes figure_url absolute (the public address). */
export function figureCells(figure: PublishedFigure, origin: string): FigureCell[] {
  const values: Record<string, FigureCell> = {
    figure_id: figure.figureId,
    indicator: figure.indicator.slug,
    indicator_name: figure.indicator.name,
    indicator_name_uk: figure.indicator.nameUk,
    domain: figure.indicator.domain,
    unit: figure.indicator.unit,
    indicator_hxl: figure.indicator.hxlTag,
    place_pcode: figure.place.pcode,
    place_name: figure.place.nameEn,
    place_name_uk: figure.place.nameUk,
    admin_level: figure.place.adminLevel,
    adm0_pcode: figure.place.pcodesByLevel[0] ?? null,
    adm1_pcode: figure.place.pcodesByLevel[1] ?? null,
    adm2_pcode: figure.place.pcodesByLevel[2] ?? null,
    adm3_pcode: figure.place.pcodesByLevel[3] ?? null,
    adm4_pcode: figure.place.pcodesByLevel[4] ?? null,
    sex: figure.sex,
    age_group: figure.ageGroup,
    population_group: figure.populationGroup,
    period_start: figure.periodStart,
    as_of: figure.asOf,
    qualifier: figure.qualifier,
    no_information: figure.noInformation,
    low: figure.low,
    best: figure.best,
    high: figure.high,
    source_id: figure.source.id,
    source: figure.source.name,
    source_kind: figure.source.kind,
    source_affiliation: figure.source.affiliation,
    reliability: figure.source.reliabilityAtPublication,
    reliability_now: figure.source.reliabilityNow,
    credibility: figure.credibility,
    verification: figure.verification,
    source_url: figure.sourceUrl,
    source_published: figure.sourcePublishedAt,
    source_place_name: figure.sourcePlaceName,
    notes: figure.notes,
    figure_url: figureUrl(origin, figure.figureId),
    published_at: figure.publishedAt,
    updated_at: figure.updatedAt,
  };
  return FIGURE_COLUMNS.map((c) => values[c.name] ?? null);
}

/** The figure's public page at the public address (never the bind address). */
export function figureUrl(origin: string, figureId: number): string {
  return `${origin.replace(/\/+$/, "")}/figures/${figureId}`;
}
