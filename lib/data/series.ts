import "server-only";
// Chart queries. Every public chart reads through this module only, so that later the raw
// aggregates can be served from rollup tables kept current on publish without touching pages.
// Only published figures of public indicators are ever returned. The place filter covers the
// place and everything below it (a recursive CTE over location.parent_id):
//   - claims over time: the claims about the selected place as a whole (never sums of places);
//   - by place: for each part of the selected place, each source's latest claim about it;
//   - breakdowns: sex, age and civilian/military figures anywhere under the selected place;
//   - domain claims: each source's latest claim per indicator and place, for the overview.
import { prisma } from "@/lib/db";
import type { BranchClaim, PlacedClaim } from "@/lib/domain/dashboard";
import type { AgeGroup, Domain, PopulationGroup, Qualifier, Reliability, Sex, VerificationStatus } from "@/lib/domain/enums";
import { DEFAULT_FILTERS, type DashboardFilters } from "@/lib/domain/filters";
import { Prisma } from "@/lib/generated/prisma/client";
import { BREAKDOWNS_ONLY, CLAIM_COLUMNS, TOTALS_ONLY, figureConditions, subtreeCte } from "./filters-sql";
import { getPublicIndicator, type PublicIndicator } from "./indicators";

/** One published claim as a chart or table shows it. Dates are ISO calendar dates (UTC). */
export interface ClaimPoint {
  figureId: number;
  sourceId: number;
  sourceName: string;
  reliability: Reliability;
  credibility: number;
  verification: VerificationStatus;
  qualifier: Qualifier;
  noInformation: boolean;
  periodStart: string | null;
  asOf: string;
  low: number | null;
  best: number | null;
  high: number | null;
  sourceUrl: string | null;
  /** The place the claim is about. */
  pcode: string;
  placeName: string;
}

export interface PlaceRef {
  pcode: string;
  nameEn: string;
  nameUk: string;
}

export interface ClaimsOverTime {
  indicator: { slug: string; name: string; unit: string; hxlTag: string };
  location: PlaceRef;
  points: ClaimPoint[];
}

async function findPlace(pcode: string): Promise<PlaceRef | null> {
  return prisma.location.findUnique({ where: { pcode }, select: { pcode: true, nameEn: true, nameUk: true } });
}

const indicatorRef = (i: PublicIndicator) => ({ slug: i.slug, name: i.name, unit: i.unit, hxlTag: i.hxlTag });

/**
 * Every source's published claims for one indicator about the selected place as a whole,
 * oldest first: totals only (no sex, age or population-group breakdown), narrowed by the
 * filters. Null when the indicator (or a hidden one) or the place is unknown.
 */
export async function getClaimsForPlace(indicatorSlug: string, filters: DashboardFilters): Promise<ClaimsOverTime | null> {
  const [indicator, location] = await Promise.all([getPublicIndicator(indicatorSlug), findPlace(filters.place)]);
  if (!indicator || !location) return null;
  const points = await prisma.$queryRaw<ClaimPoint[]>`
    SELECT ${CLAIM_COLUMNS}
    FROM figure f JOIN source s ON s.id = f.source_id JOIN location l ON l.id = f.location_id
    WHERE f.indicator_id = ${indicator.id} AND l.pcode = ${filters.place} AND ${TOTALS_ONLY} AND ${figureConditions(filters)}
    ORDER BY f.as_of, s.name, f.id`;
  return { indicator: indicatorRef(indicator), location, points };
}

/** The home page's headline chart: every published total for one indicator at one place. */
export async function getClaimsOverTime(query: { indicatorSlug: string; pcode: string }): Promise<ClaimsOverTime | null> {
  return getClaimsForPlace(query.indicatorSlug, { ...DEFAULT_FILTERS, place: query.pcode });
}

/** A claim in the breakdown by place, with the part of the selected place it falls in. */
export type PlaceClaim = BranchClaim & ClaimPoint;

export interface ClaimsByPlace {
  indicator: { slug: string; name: string; unit: string; hxlTag: string };
  location: PlaceRef;
  /** The date the breakdown is for: the `at` filter, else the latest claim's date (null when there are none). */
  at: string | null;
  claims: PlaceClaim[];
}

/**
 * For each part of the selected place (its children) and each source: the source's latest claim
 * on or before the breakdown date about that part, or, where it made none about the part as a
 * whole, about the place nearest to it within the part. Totals only, narrowed by the filters.
 */
export async function getClaimsByPlace(indicatorSlug: string, filters: DashboardFilters): Promise<ClaimsByPlace | null> {
  const [indicator, location] = await Promise.all([getPublicIndicator(indicatorSlug), findPlace(filters.place)]);
  if (!indicator || !location) return null;
  const upTo = filters.at ? Prisma.sql`AND f.as_of <= ${filters.at}::date` : Prisma.empty;
  const claims = await prisma.$queryRaw<PlaceClaim[]>`
    ${subtreeCte(filters.place)}
    SELECT * FROM (
      SELECT DISTINCT ON (st.branch_id, f.source_id)
        ${CLAIM_COLUMNS}, b.pcode AS "branchPcode", b.name_en AS "branchName"
      FROM figure f
        JOIN source s ON s.id = f.source_id
        JOIN subtree st ON st.id = f.location_id
        JOIN location l ON l.id = f.location_id
        JOIN location b ON b.id = st.branch_id
      WHERE f.indicator_id = ${indicator.id} AND st.depth >= 1 AND ${TOTALS_ONLY} AND ${figureConditions(filters)} ${upTo}
      ORDER BY st.branch_id, f.source_id, st.depth, f.as_of DESC, f.id DESC
    ) latest
    ORDER BY "branchName", "sourceName", "figureId"`;
  const at = filters.at ?? claims.reduce<string | null>((latest, c) => (latest === null || c.asOf > latest ? c.asOf : latest), null);
  return { indicator: indicatorRef(indicator), location, at, claims };
}

export interface BreakdownClaim extends ClaimPoint {
  sex: Sex | null;
  ageGroup: AgeGroup | null;
  populationGroup: PopulationGroup | null;
}

/** Every published breakdown (sex, age group, civilian/military) under the selected place, newest first. */
export async function getBreakdownClaims(indicatorSlug: string, filters: DashboardFilters): Promise<{ indicator: ClaimsOverTime["indicator"]; location: PlaceRef; claims: BreakdownClaim[] } | null> {
  const [indicator, location] = await Promise.all([getPublicIndicator(indicatorSlug), findPlace(filters.place)]);
  if (!indicator || !location) return null;
  const claims = await prisma.$queryRaw<BreakdownClaim[]>`
    ${subtreeCte(filters.place)}
    SELECT ${CLAIM_COLUMNS}, f.sex::text AS "sex", f.age_group::text AS "ageGroup", f.population_group::text AS "populationGroup"
    FROM figure f
      JOIN source s ON s.id = f.source_id
      JOIN subtree st ON st.id = f.location_id
      JOIN location l ON l.id = f.location_id
    WHERE f.indicator_id = ${indicator.id} AND ${BREAKDOWNS_ONLY} AND ${figureConditions(filters)}
    ORDER BY f.as_of DESC, st.depth, l.name_en, s.name, f.sex NULLS FIRST, f.age_group NULLS FIRST, f.population_group NULLS FIRST, f.id`;
  return { indicator: indicatorRef(indicator), location, claims };
}

/**
 * For the overview: the latest claim of each source for each public indicator of a domain and
 * each place under the selected place (totals only, narrowed by the filters), with the place's
 * depth below the selected place.
 */
export async function getLatestDomainClaims(domain: Domain, filters: DashboardFilters): Promise<PlacedClaim[]> {
  return prisma.$queryRaw<PlacedClaim[]>`
    ${subtreeCte(filters.place)}
    SELECT DISTINCT ON (f.indicator_id, f.location_id, f.source_id)
      ${CLAIM_COLUMNS}, i.slug AS "indicatorSlug", i.name AS "indicatorName", i.unit AS "unit",
      i.display_order AS "displayOrder", st.depth::int AS "depth"
    FROM figure f
      JOIN indicator i ON i.id = f.indicator_id
      JOIN source s ON s.id = f.source_id
      JOIN subtree st ON st.id = f.location_id
      JOIN location l ON l.id = f.location_id
    WHERE i.domain = ${domain}::"Domain" AND i.is_public AND ${TOTALS_ONLY} AND ${figureConditions(filters)}
    ORDER BY f.indicator_id, f.location_id, f.source_id, f.as_of DESC, f.id DESC`;
}
