// The public API's query parameters: one zod schema per endpoint, which both validates a request
// (strictly: an unknown parameter, a repeated single-valued one or a bad value is a 400 naming each
// one and why) and generates the OpenAPI document's parameters (lib/api/openapi.ts). Unlike the
// dashboard's lenient URL filters (lib/domain/filters.ts), nothing falls back to a default here:
// a machine reader must learn that its request was not understood.
//
// The vocabulary is the dashboard's (place, from, to, source, grade, cred, ver) plus what a machine
// reader needs (indicator, domain, updated_since, breakdowns, limit, cursor, output_format).
import { z } from "zod";
import { parseCalendarDateInRange } from "@/lib/domain/dates";
import { AGE_GROUPS, DOMAINS, POPULATION_GROUPS, RELIABILITIES, SEXES, VERIFICATION_STATUSES } from "@/lib/domain/enums";
import { ALL_FIGURES, type FigureQuery } from "@/lib/domain/figure-query";
import type { Credibility } from "@/lib/domain/grades";
import { SLUG } from "@/lib/domain/indicator-schema";
import { MAX_RECORD_ID } from "@/lib/domain/record-ref";

export const DEFAULT_LIMIT = 1000;
export const MAX_LIMIT = 10_000;

/** A whole number in [min, max], written in plain digits (no sign, exponent, spaces or leading zeros). */
function wholeNumber(min: number, max: number, what = "a whole number") {
  const message = `must be ${what} from ${min} to ${max}`;
  return z
    .string()
    .regex(/^(0|[1-9][0-9]{0,9})$/, message)
    .transform(Number)
    .refine((n) => n >= min && n <= max, message);
}

const recordId = (description: string) => wholeNumber(1, MAX_RECORD_ID, "an id").meta({ description, example: "1" });

const calendarDate = (description: string) =>
  z
    .string()
    .refine((text) => parseCalendarDateInRange(text) !== null, "must be a date YYYY-MM-DD from 1900-01-01 to 2100-12-31")
    .meta({ description, format: "date", example: "2023-01-01" });

const oneOf = <const T extends readonly [string, ...string[]]>(values: T, description: string) =>
  z.enum(values, { error: `must be one of ${values.join(", ")}` }).meta({ description });

/** Repeatable: ?source=1&source=2. */
const repeated = <T extends z.ZodType>(item: T, description: string) => z.array(item).meta({ description });

const pcode = z
  .string()
  .regex(/^[A-Za-z]{2}[A-Za-z0-9]{0,18}$/, "must be a P-code: two letters, then up to 18 letters or digits (e.g. UA14)")
  .transform((text) => text.toUpperCase())
  .meta({ description: "P-code of a place: the place and everything below it in the hierarchy.", example: "UA14" });

const updatedSince = z
  .string()
  .refine(
    (text) => z.iso.datetime({ offset: true }).safeParse(text).success || parseCalendarDateInRange(text) !== null,
    "must be an ISO 8601 timestamp with a time zone (2024-05-01T12:00:00Z) or a date YYYY-MM-DD",
  )
  .meta({
    description: "Only figures changed after this instant (a date means its start, UTC): for incremental sync.",
    example: "2024-01-01T00:00:00Z",
  });

const limit = wholeNumber(1, MAX_LIMIT).meta({
  description: `Rows per page, 1 to ${MAX_LIMIT} (default ${DEFAULT_LIMIT}).`,
  example: "100",
});
const cursor = recordId("Where to go on: the `cursor` of the answer's `next` URL (rows after this id). Leave it out for the first page.");

const breakdown = <const T extends readonly [string, ...string[]]>(values: T, label: string) =>
  repeated(
    oneOf([...values, "total"] as unknown as readonly [string, ...string[]], `${label}, or total`),
    `Breakdown by ${label}; repeatable. "total" means claims without this breakdown. Default: every claim.`,
  );

/** GET /api/v1/figures */
export const figuresParams = z.strictObject({
  place: pcode.optional(),
  from: calendarDate('First "as of" date (inclusive).').optional(),
  to: calendarDate('Last "as of" date (inclusive).').optional(),
  indicator: repeated(
    z
      .string()
      .max(80, "must be an indicator's code of at most 80 characters")
      .regex(SLUG, "must be an indicator's code (lowercase letters, digits and hyphens), e.g. civilians-killed"),
    "Indicator codes (see /api/v1/indicators); repeatable. Default: every public indicator.",
  ).optional(),
  domain: oneOf(DOMAINS, "Only indicators of this domain.").optional(),
  source: repeated(recordId("A source id (see /api/v1/sources)."), "Source ids; repeatable. Default: every source.").optional(),
  grade: oneOf(
    RELIABILITIES,
    "Minimum source reliability (current grade), A best to F (cannot be judged, lets every grade through).",
  ).optional(),
  cred: z
    .enum(["1", "2", "3", "4", "5", "6"], { error: "must be one of 1, 2, 3, 4, 5, 6" })
    .meta({ description: "Minimum information credibility, 1 (confirmed) to 6 (cannot be judged, lets every credibility through)." })
    .optional(),
  ver: repeated(oneOf(VERIFICATION_STATUSES, "A verification status."), "Verification statuses; repeatable. Default: all.").optional(),
  updated_since: updatedSince.optional(),
  sex: breakdown(SEXES, "sex").optional(),
  age_group: breakdown(AGE_GROUPS, "age group").optional(),
  population_group: breakdown(POPULATION_GROUPS, "population group").optional(),
  limit: limit.optional(),
  cursor: cursor.optional(),
  output_format: oneOf(["json", "csv"], "json (default) or csv (with an HXL hashtag row under the header).").optional(),
});
export type FiguresParams = z.output<typeof figuresParams>;

/** GET /api/v1/figures/{id} */
export const figurePathParams = z.strictObject({ id: recordId("The figure's id.") });

/** GET /api/v1/locations */
export const locationsParams = z.strictObject({
  place: pcode.meta({ description: "Only this place and everything below it." }).optional(),
  level: z
    .enum(["0", "1", "2", "3", "4"], { error: "must be one of 0, 1, 2, 3, 4" })
    .meta({ description: "Only places of this admin level: 0 country, 1 oblast, 2 raion, 3 hromada, 4 settlement." })
    .optional(),
  limit: limit.optional(),
  cursor: cursor.optional(),
});
export type LocationsParams = z.output<typeof locationsParams>;

/** GET /api/v1/timeline-events */
export const timelineParams = z.strictObject({
  place: pcode.optional(),
  from: calendarDate("First date (inclusive).").optional(),
  to: calendarDate("Last date (inclusive).").optional(),
  source: repeated(recordId("A source id."), "Source ids; repeatable. Default: every source.").optional(),
  limit: limit.optional(),
  cursor: cursor.optional(),
});
export type TimelineParams = z.output<typeof timelineParams>;

/** GET /api/v1/retractions */
export const retractionsParams = z.strictObject({
  since: updatedSince
    .meta({
      description: "Only figures retracted after this instant (a date means its start, UTC): pass the time your last sync started.",
      example: "2024-01-01T00:00:00Z",
    })
    .optional(),
  limit: limit.optional(),
  cursor: cursor.optional(),
});
export type RetractionsParams = z.output<typeof retractionsParams>;

/** A timestamp parameter (ISO with zone, or a date meaning its start in UTC) as an ISO timestamp. */
export function instantOf(value: string): string {
  return value.length === 10 ? `${value}T00:00:00Z` : value;
}

/** Endpoints without parameters (indicators, sources, the document itself) still refuse unknown ones. */
export const noParams = z.strictObject({});

export interface ParameterProblem {
  parameter: string;
  message: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: ParameterProblem[] };

type AnyObject = z.ZodObject<z.ZodRawShape>;

/** True when the field takes repeated values (an array, possibly optional). */
function isRepeatable(field: z.ZodType): boolean {
  let type = field as z.ZodType & { _zod: { def: { type: string; innerType?: z.ZodType } } };
  while (type._zod.def.type === "optional" || type._zod.def.type === "default") type = type._zod.def.innerType as typeof type;
  return type._zod.def.type === "array";
}

/**
 * Query parameters -> the schema's output, or every problem (each bad or unknown parameter once, in
 * the order given). A single-valued parameter given twice is a problem, never "the first one wins".
 */
export function parseParams<S extends AnyObject>(schema: S, params: URLSearchParams | Record<string, string>): Parsed<z.output<S>> {
  const search = params instanceof URLSearchParams ? params : new URLSearchParams(params);
  const record: Record<string, string | string[]> = {};
  const problems: ParameterProblem[] = [];
  for (const name of new Set(search.keys())) {
    const values = search.getAll(name);
    const field = schema.shape[name] as z.ZodType | undefined;
    if (field && isRepeatable(field)) record[name] = values;
    else if (field && values.length > 1) problems.push({ parameter: name, message: "may be given only once" });
    else record[name] = values[0]!;
  }
  const parsed = schema.safeParse(record);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      if (issue.code === "unrecognized_keys") {
        for (const key of issue.keys) problems.push({ parameter: key, message: `is not a parameter of this endpoint` });
      } else {
        const parameter = String(issue.path[0] ?? "");
        if (!problems.some((p) => p.parameter === parameter)) problems.push({ parameter, message: issue.message });
      }
    }
  }
  if (problems.length > 0) {
    const order = [...search.keys()];
    problems.sort((a, b) => order.indexOf(a.parameter) - order.indexOf(b.parameter));
    return { ok: false, problems };
  }
  return { ok: true, value: (parsed as { data: z.output<S> }).data };
}

/** The figures endpoint's parameters as the whole-data query (lib/domain/figure-query.ts), or the range problem. */
export function toFigureQuery(params: FiguresParams): Parsed<FigureQuery> {
  if (params.from && params.to && params.from > params.to) {
    return { ok: false, problems: [{ parameter: "to", message: "must not be before from" }] };
  }
  const updatedSince = params.updated_since ? instantOf(params.updated_since) : null;
  const unique = <T>(values: T[] | undefined) => [...new Set(values ?? [])];
  return {
    ok: true,
    value: {
      ...ALL_FIGURES,
      place: params.place ?? null,
      from: params.from ?? null,
      to: params.to ?? null,
      indicators: unique(params.indicator),
      domain: params.domain ?? null,
      sources: unique(params.source).sort((a, b) => a - b),
      grade: params.grade ?? "F",
      cred: (params.cred ? Number(params.cred) : 6) as Credibility,
      ver: params.ver && params.ver.length > 0 ? VERIFICATION_STATUSES.filter((v) => params.ver!.includes(v)) : [...VERIFICATION_STATUSES],
      updatedSince,
      sex: unique(params.sex) as FigureQuery["sex"],
      ageGroup: unique(params.age_group) as FigureQuery["ageGroup"],
      populationGroup: unique(params.population_group) as FigureQuery["populationGroup"],
    },
  };
}
