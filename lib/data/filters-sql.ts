import "server-only";
// SQL fragments shared by the public dashboard's queries: the filter conditions, split into those
// on a whole source and those on a claim's own fields (see hasClaimConditions). Always tagged templates: values travel as
// parameters, never inside the SQL text.
import { allowedCredibilities, allowedReliabilities, type DashboardFilters } from "@/lib/domain/filters";
import { VERIFICATION_STATUSES } from "@/lib/domain/enums";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * `<alias>` (a location_closure row) joins the place with P-code `pcode` and everything below it:
 * `JOIN location_closure st ON ${underPlace("st", pcode)} AND st.descendant_id = x.location_id`.
 */
export function underPlace(alias: string, pcode: string): Prisma.Sql {
  return Prisma.sql`${Prisma.raw(alias)}.ancestor_id = (SELECT id FROM location WHERE pcode = ${pcode})`;
}

/**
 * True when a filter narrows which of a source's claims count (dates, credibility, verification).
 * Without one, each source's latest claim per key is the one in the latest_claim rollup; with one,
 * it is picked from figure, key by key, by figure_latest_claim_idx.
 */
export function hasClaimConditions(filters: DashboardFilters): boolean {
  return filters.from !== null || filters.to !== null || filters.cred !== 6 || filters.ver.length < VERIFICATION_STATUSES.length;
}

/** The filters on a whole source (which sources, minimum grade). Expects the alias `s` (source). */
export function sourceConditions(filters: DashboardFilters): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (filters.sources.length > 0) conditions.push(Prisma.sql`s.id = ANY(${filters.sources}::int[])`);
  if (filters.grade !== "F") conditions.push(Prisma.sql`s.reliability::text = ANY(${allowedReliabilities(filters.grade)}::text[])`);
  return Prisma.join(conditions, " AND ");
}

/**
 * The filters on a claim's own fields (dates, credibility, verification), and that it is
 * published. Expects the alias `f` (figure). `upTo`: also "on or before this date".
 */
export function claimConditions(filters: DashboardFilters, upTo: string | null = null): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`f.status = 'published'`];
  if (filters.from) conditions.push(Prisma.sql`f.as_of >= ${filters.from}::date`);
  if (filters.to) conditions.push(Prisma.sql`f.as_of <= ${filters.to}::date`);
  if (upTo) conditions.push(Prisma.sql`f.as_of <= ${upTo}::date`);
  if (filters.cred !== 6) conditions.push(Prisma.sql`f.credibility = ANY(${allowedCredibilities(filters.cred)}::int[])`);
  if (filters.ver.length < VERIFICATION_STATUSES.length) conditions.push(Prisma.sql`f.verification::text = ANY(${filters.ver}::text[])`);
  return Prisma.join(conditions, " AND ");
}

/** Every filter except place: published, the claim's own fields and the source's. Aliases `f` and `s`. */
export function figureConditions(filters: DashboardFilters): Prisma.Sql {
  return Prisma.sql`${claimConditions(filters)} AND ${sourceConditions(filters)}`;
}

export const TOTALS_ONLY = Prisma.sql`f.sex IS NULL AND f.age_group IS NULL AND f.population_group IS NULL`;
export const BREAKDOWNS_ONLY = Prisma.sql`(f.sex IS NOT NULL OR f.age_group IS NOT NULL OR f.population_group IS NOT NULL)`;

/** The columns of a claim as ClaimRow (lib/domain/claim.ts) reads them (aliases f, s, l). */
export const CLAIM_COLUMNS = Prisma.sql`
  f.id AS "figureId", s.id AS "sourceId", s.name AS "sourceName", s.reliability::text AS "reliability",
  f.credibility::int AS "credibility", f.verification::text AS "verification", f.qualifier::text AS "qualifier",
  f.no_information AS "noInformation", to_char(f.period_start, 'YYYY-MM-DD') AS "periodStart",
  to_char(f.as_of, 'YYYY-MM-DD') AS "asOf", f.low, f.best, f.high, f.source_url AS "sourceUrl",
  l.pcode AS "pcode", l.name_en AS "placeName", l.name_uk AS "placeNameUk"`;
