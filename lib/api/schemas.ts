// The public API's answers as zod schemas: the OpenAPI document's response schemas are generated
// from these (lib/api/openapi.ts), and the integration tests parse real answers with them, so the
// document cannot drift from what the endpoints send. A figure is one flat row whose field names
// and meanings are the exchange format's columns (lib/domain/figure-columns.ts): the same names
// as the CSV, the exports and the import.
import { z } from "zod";
import { DOMAINS, QUALIFIERS, RELIABILITIES, SOURCE_KINDS, VERIFICATION_STATUSES } from "@/lib/domain/enums";
import { FIGURE_COLUMNS, type ColumnKind } from "@/lib/domain/figure-columns";

/** Columns a published figure always has. */
const ALWAYS_PRESENT = new Set([
  "figure_id",
  "indicator",
  "indicator_name",
  "domain",
  "unit",
  "indicator_hxl",
  "place_pcode",
  "place_name",
  "place_name_uk",
  "admin_level",
  "as_of",
  "qualifier",
  "no_information",
  "source_id",
  "source",
  "source_kind",
  "reliability",
  "reliability_now",
  "credibility",
  "verification",
  "figure_url",
  "published_at",
  "updated_at",
]);

const ENUMS: Record<string, readonly [string, ...string[]]> = {
  domain: DOMAINS,
  qualifier: QUALIFIERS,
  reliability: RELIABILITIES,
  reliability_now: RELIABILITIES,
  source_kind: SOURCE_KINDS,
  verification: VERIFICATION_STATUSES,
};

function columnType(name: string, kind: ColumnKind): z.ZodType {
  if (ENUMS[name]) return z.enum(ENUMS[name]);
  switch (kind) {
    case "integer":
      return z.number().int();
    case "boolean":
      return z.boolean();
    case "date":
      return z.iso.date();
    case "timestamp":
      return z.iso.datetime();
    case "url":
      return z.string();
    case "text":
      return z.string();
  }
}

/** One published figure: every column of the exchange format, typed, described, with its HXL hashtag. */
export const figureRow = z
  .object(
    Object.fromEntries(
      FIGURE_COLUMNS.map((column) => {
        const type = columnType(column.name, column.kind);
        const field = ALWAYS_PRESENT.has(column.name) ? type : type.nullable();
        return [column.name, field.meta({ description: `${column.description} HXL: ${column.hxl}` })];
      }),
    ),
  )
  .meta({ id: "Figure", description: "A published figure: one source's claim, with everything a reader needs to judge it." });

const nextUrl = z
  .string()
  .nullable()
  .meta({ description: "The next page's absolute URL (same parameters and a cursor), or null on the last page." });

/** One page of a list: its rows, the next page's URL and the page size asked for. */
const pageOf = <Row extends z.ZodType>(row: Row, id: string) =>
  z.object({ data: z.array(row), next: nextUrl, limit: z.number().int() }).meta({ id });

export const figuresPage = pageOf(figureRow, "FiguresPage");

export const revision = z
  .object({
    version: z.number().int(),
    action: z.string().meta({ description: "created, updated, submitted, published, retracted ..." }),
    at: z.iso.datetime(),
    organisation: z.string().nullable().meta({ description: "Who made the change, named only by organisation." }),
    reason: z.string().nullable().meta({ description: "The public reason of a publication or retraction." }),
    status: z.string(),
    verification: z.string(),
    qualifier: z.string(),
    no_information: z.boolean(),
    low: z.number().int().nullable(),
    best: z.number().int().nullable(),
    high: z.number().int().nullable(),
  })
  .meta({ id: "Revision" });

const figureStatus = z.object({
  status: z.enum(["published", "retracted"]),
  retraction: z
    .object({ reason: z.string().nullable(), at: z.iso.datetime().nullable() })
    .nullable()
    .meta({ description: "Set when the figure was retracted: why, and when. A retracted figure is no longer in /api/v1/figures." }),
  history: z.array(revision).meta({ description: "Every version, oldest first, as the figure's public page shows it." }),
});

export const figureDetail = z.object({ data: z.intersection(figureRow, figureStatus) }).meta({ id: "FigureDetail" });

export const indicator = z
  .object({
    slug: z.string(),
    domain: z.enum(DOMAINS),
    name: z.string(),
    name_uk: z.string().nullable().meta({ description: "The name in Ukrainian (null where none was written)." }),
    description: z.string().nullable(),
    description_uk: z.string().nullable(),
    unit: z.string(),
    unit_uk: z.string().nullable(),
    hxl_tag: z.string(),
    breakdowns: z.array(z.enum(["sex", "age_group", "population_group"])),
  })
  .meta({ id: "Indicator" });
export const indicatorList = z.object({ data: z.array(indicator) }).meta({ id: "IndicatorList" });

export const location = z
  .object({
    pcode: z.string(),
    name_en: z.string(),
    name_uk: z.string(),
    admin_level: z.number().int().meta({ description: "0 country, 1 oblast, 2 raion, 3 hromada, 4 settlement." }),
    parent_pcode: z.string().nullable(),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
  })
  .meta({ id: "Location" });
export const locationsPage = pageOf(location, "LocationsPage");

export const gradeChange = z
  .object({
    from_grade: z.enum(RELIABILITIES).nullable(),
    to_grade: z.enum(RELIABILITIES),
    changed_at: z.iso.datetime(),
    reason: z.string().nullable(),
  })
  .meta({ id: "GradeChange" });

export const source = z
  .object({
    id: z.number().int(),
    name: z.string(),
    kind: z.enum(SOURCE_KINDS),
    affiliation: z.string().nullable(),
    url: z.string().nullable(),
    reliability: z.enum(RELIABILITIES).meta({ description: "The source's Admiralty reliability grade today." }),
    notes: z.string().nullable(),
    notes_uk: z.string().nullable().meta({ description: "The notes in Ukrainian (null where none were written)." }),
    active: z.boolean().meta({ description: "false: new figures can no longer cite it." }),
    grade_history: z.array(gradeChange).meta({ description: "Every change of its grade, oldest first." }),
  })
  .meta({ id: "Source" });
export const sourceList = z.object({ data: z.array(source) }).meta({ id: "SourceList" });

export const timelineEvent = z
  .object({
    id: z.number().int(),
    occurred_on: z.iso.date(),
    title: z.string(),
    description: z.string().nullable(),
    place_pcode: z.string(),
    place_name: z.string(),
    source_id: z.number().int(),
    source: z.string(),
    reliability: z.enum(RELIABILITIES),
    credibility: z.number().int(),
    verification: z.enum(VERIFICATION_STATUSES),
    source_url: z.string().nullable(),
  })
  .meta({ id: "TimelineEvent" });
export const timelinePage = pageOf(timelineEvent, "TimelinePage");

export const retraction = z
  .object({
    figure_id: z.number().int(),
    indicator: z.string().meta({ description: "The indicator's code." }),
    place_pcode: z.string(),
    source_id: z.number().int(),
    as_of: z.iso.date(),
    retracted_at: z.iso.datetime().meta({ description: "When a reviewer retracted it (UTC)." }),
    reason: z.string().nullable().meta({ description: "Why, as the reviewer wrote it." }),
    figure_url: z.string().meta({ description: "Its public page, with its history." }),
  })
  .meta({ id: "Retraction" });
export const retractionsPage = pageOf(retraction, "RetractionsPage");

export const apiIndex = z
  .object({ name: z.string(), version: z.string(), documentation: z.string(), openapi: z.string(), endpoints: z.array(z.string()) })
  .meta({ id: "ApiIndex" });

export const problem = z
  .object({
    error: z.string().meta({ description: "bad_request, not_found, method_not_allowed, too_many_requests, unavailable" }),
    message: z.string(),
    errors: z
      .array(z.object({ parameter: z.string(), message: z.string() }))
      .optional()
      .meta({ description: "With bad_request: each bad parameter and why." }),
    retryAfterSeconds: z.number().int().optional(),
  })
  .meta({ id: "Error" });
export type Problem = z.infer<typeof problem>;
