// The public dashboard's filters, read from the URL (so a view can be shared, bookmarked and
// used without JavaScript) with ONE schema. Every field falls back to its default when its
// value is missing or invalid: a mistyped link shows the default view, never an error page.
//
// URL parameters:
//   place   P-code of the place (its whole subtree counts)     default UA14 (Donetska oblast)
//   from    first "as of" date, YYYY-MM-DD (1900-2100)          default none
//   to      last "as of" date, YYYY-MM-DD                       default none
//   source  source id, repeatable                               default every source
//   grade   minimum source reliability A-F                      default F (every grade)
//   cred    minimum information credibility 1-6                 default 6 (every credibility)
//   ver     verification status, repeatable                     default every status
//   at      the date of the breakdown by place, YYYY-MM-DD      default the latest claim
import { z } from "zod";
import { parseCalendarDateInRange } from "./dates";
import { RELIABILITIES, VERIFICATION_STATUSES, type Reliability, type VerificationStatus } from "./enums";
import { CREDIBILITIES, meetsMinimumCredibility, meetsMinimumReliability, type Credibility } from "./grades";

/** The demo's main area: Donetska oblast, with everything below it. */
export const DEFAULT_PLACE = "UA14";

export interface DashboardFilters {
  place: string;
  from: string | null;
  to: string | null;
  sources: number[];
  grade: Reliability;
  cred: Credibility;
  ver: VerificationStatus[];
  at: string | null;
}

export const DEFAULT_FILTERS: DashboardFilters = {
  place: DEFAULT_PLACE,
  from: null,
  to: null,
  sources: [],
  grade: "F",
  cred: 6,
  ver: [...VERIFICATION_STATUSES],
  at: null,
};

export type SearchParams = Record<string, string | string[] | undefined>;

const first = (value: unknown): unknown => (Array.isArray(value) ? value[0] : value);
const all = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

const calendarDate = z
  .preprocess(
    first,
    z
      .string()
      .trim()
      .refine((text) => parseCalendarDateInRange(text) !== null),
  )
  .nullable()
  .catch(null);

const filterSchema = z
  .object({
    place: z
      .preprocess(
        first,
        z
          .string()
          .trim()
          .toUpperCase()
          .regex(/^[A-Z]{2}[A-Z0-9]{0,18}$/),
      )
      .catch(DEFAULT_PLACE),
    from: calendarDate.catch(null),
    to: calendarDate.catch(null),
    at: calendarDate.catch(null),
    source: z
      .preprocess(all, z.array(z.unknown()))
      .transform((values) =>
        [...new Set(values.filter((v) => typeof v === "string" && /^\d{1,9}$/.test(v)).map(Number))].sort((a, b) => a - b),
      )
      .catch([]),
    grade: z
      .preprocess((v) => (typeof first(v) === "string" ? (first(v) as string).trim().toUpperCase() : first(v)), z.enum(RELIABILITIES))
      .catch("F"),
    cred: z
      .preprocess(
        first,
        z
          .string()
          .trim()
          .regex(/^[1-6]$/)
          .transform((v) => Number(v) as Credibility),
      )
      .catch(6),
    ver: z
      .preprocess(all, z.array(z.unknown()))
      .transform((values) => VERIFICATION_STATUSES.filter((status) => values.includes(status)))
      .catch([]),
  })
  .transform((raw): DashboardFilters => {
    // A reversed range is read as the range the reader meant.
    const [from, to] = raw.from && raw.to && raw.from > raw.to ? [raw.to, raw.from] : [raw.from, raw.to];
    return {
      place: raw.place,
      from,
      to,
      sources: raw.source,
      grade: raw.grade,
      cred: raw.cred,
      // None ticked (or none valid) means no restriction, not "show nothing".
      ver: raw.ver.length === 0 ? [...VERIFICATION_STATUSES] : raw.ver,
      at: raw.at,
    };
  });

/** A filter parameter that was given but not understood, so its default (or a reading of it) applies instead. */
export type FilterProblem =
  | { param: "place" | "from" | "to" | "at" | "grade" | "cred" | "source" | "ver"; kind: "invalid"; value: string }
  /** A well-formed P-code of no place (found out by the page, which looks the place up). */
  | { param: "place"; kind: "unknown_place"; value: string }
  /** "from" after "to": the range is read the other way round. */
  | { param: "from"; kind: "reversed_dates"; value: string; to: string };

function toRecord(params: SearchParams | URLSearchParams | undefined | null): Record<string, string | string[]> {
  const record: Record<string, string | string[]> = {};
  if (params instanceof URLSearchParams) {
    for (const key of new Set(params.keys())) record[key] = params.getAll(key);
  } else if (params) {
    for (const [key, value] of Object.entries(params)) if (value !== undefined) record[key] = value;
  }
  return record;
}

const PLACE_PATTERN = /^[A-Z]{2}[A-Z0-9]{0,18}$/;
/** The values given for a parameter, trimmed, empty ones left out, each cut to what a notice can quote. */
const given = (value: unknown): string[] =>
  all(value)
    .map((v) => (typeof v === "string" ? v.trim() : String(v)))
    .filter((v) => v !== "")
    .map((v) => (v.length > 40 ? `${v.slice(0, 40)}…` : v));

/** What a URL asked for that the schema had to drop (an empty value is "not given", never a problem). */
function problemsOf(record: Record<string, string | string[]>, filters: DashboardFilters): FilterProblem[] {
  const problems: FilterProblem[] = [];
  const one = (param: "place" | "from" | "to" | "at" | "grade" | "cred", ok: (v: string) => boolean) => {
    const [value] = given(record[param]);
    if (value !== undefined && !ok(value)) problems.push({ param, kind: "invalid", value });
  };
  const each = (param: "source" | "ver", ok: (v: string) => boolean) => {
    for (const value of given(record[param])) if (!ok(value)) problems.push({ param, kind: "invalid", value });
  };
  one("place", (v) => PLACE_PATTERN.test(v.toUpperCase()));
  const date = (v: string) => parseCalendarDateInRange(v) !== null;
  one("from", date);
  one("to", date);
  one("at", date);
  one("grade", (v) => (RELIABILITIES as readonly string[]).includes(v.toUpperCase()));
  one("cred", (v) => /^[1-6]$/.test(v));
  each("source", (v) => /^\d{1,9}$/.test(v));
  each("ver", (v) => (VERIFICATION_STATUSES as readonly string[]).includes(v));
  const [from] = given(record.from);
  const [to] = given(record.to);
  if (from && to && date(from) && date(to) && from > to && filters.from === to) {
    problems.push({ param: "from", kind: "reversed_dates", value: from, to });
  }
  return problems;
}

/**
 * searchParams (as Next.js passes them) -> filters, and what was not understood (each dropped
 * or reinterpreted parameter, so the page can say so). Never throws.
 */
export function readFilters(params: SearchParams | URLSearchParams | undefined | null): {
  filters: DashboardFilters;
  notUnderstood: FilterProblem[];
} {
  const record = toRecord(params);
  const parsed = filterSchema.safeParse(record);
  const filters = parsed.success ? parsed.data : { ...DEFAULT_FILTERS, ver: [...DEFAULT_FILTERS.ver] };
  return { filters, notUnderstood: problemsOf(record, filters) };
}

/** searchParams (as Next.js passes them) -> filters. Never throws. */
export function parseFilters(params: SearchParams | URLSearchParams | undefined | null): DashboardFilters {
  return readFilters(params).filters;
}

/** The filters with an unknown place replaced by the default, and the problem it adds (none when the place exists). */
export function withKnownPlace(
  read: { filters: DashboardFilters; notUnderstood: FilterProblem[] },
  placeExists: boolean,
): { filters: DashboardFilters; notUnderstood: FilterProblem[] } {
  if (placeExists) return read;
  const malformed = read.notUnderstood.some((p) => p.param === "place");
  const problem: FilterProblem = { param: "place", kind: "unknown_place", value: read.filters.place };
  return {
    filters: { ...read.filters, place: DEFAULT_PLACE },
    // A malformed place was reported already (and fell back to the default, which then was not found either).
    notUnderstood: malformed || read.filters.place === DEFAULT_PLACE ? read.notUnderstood : [problem, ...read.notUnderstood],
  };
}

/** Filters -> URL parameters, leaving out every default so links stay short. */
export function filtersToSearchParams(filters: DashboardFilters, only?: readonly (keyof DashboardFilters)[]): URLSearchParams {
  const params = new URLSearchParams();
  const keep = (key: keyof DashboardFilters) => !only || only.includes(key);
  if (keep("place") && filters.place !== DEFAULT_PLACE) params.set("place", filters.place);
  if (keep("from") && filters.from) params.set("from", filters.from);
  if (keep("to") && filters.to) params.set("to", filters.to);
  if (keep("sources")) for (const id of filters.sources) params.append("source", String(id));
  if (keep("grade") && filters.grade !== "F") params.set("grade", filters.grade);
  if (keep("cred") && filters.cred !== 6) params.set("cred", String(filters.cred));
  if (keep("ver") && filters.ver.length < VERIFICATION_STATUSES.length) for (const v of filters.ver) params.append("ver", v);
  if (keep("at") && filters.at) params.set("at", filters.at);
  return params;
}

/** "?a=1&b=2", or "" when every filter is at its default. */
export function filterQuery(filters: DashboardFilters, only?: readonly (keyof DashboardFilters)[]): string {
  const query = filtersToSearchParams(filters, only).toString();
  return query ? `?${query}` : "";
}

/** The reliability grades a minimum lets through (A..minimum; F only when the minimum is F). */
export function allowedReliabilities(minimum: Reliability): Reliability[] {
  return RELIABILITIES.filter((grade) => meetsMinimumReliability(grade, minimum));
}

/** The credibilities a minimum lets through (1..minimum). */
export function allowedCredibilities(minimum: number): number[] {
  return CREDIBILITIES.filter((c) => meetsMinimumCredibility(c, minimum));
}

/** True when a claim passes every filter except place (which the database resolves through the hierarchy). */
export function claimPassesFilters(
  claim: { sourceId: number; reliability: Reliability; credibility: number; verification: VerificationStatus; asOf: string },
  filters: DashboardFilters,
): boolean {
  const asOf = claim.asOf.slice(0, 10);
  return (
    (filters.sources.length === 0 || filters.sources.includes(claim.sourceId)) &&
    meetsMinimumReliability(claim.reliability, filters.grade) &&
    meetsMinimumCredibility(claim.credibility, filters.cred) &&
    filters.ver.includes(claim.verification) &&
    (!filters.from || asOf >= filters.from) &&
    (!filters.to || asOf <= filters.to)
  );
}

/** True when any filter other than place differs from its default. */
export function hasNarrowingFilters(filters: DashboardFilters): boolean {
  return filtersToSearchParams(filters, ["from", "to", "sources", "grade", "cred", "ver"]).toString() !== "";
}
