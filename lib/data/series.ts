import "server-only";
// Chart queries. Every public chart and download reads through this module only. Only published
// figures of public indicators are ever returned.
//
// Two kinds of reads:
//   - for pages, bounded whatever the size of the database: a page reads the rollup tables that
//     the database keeps current (latest_claim, claim_summary, location_closure; see the
//     read_path_rollups migration) and at most a fixed number of rows, so its size and cost
//     follow what it shows, never the number of figures;
//   - for downloads (listClaimsForPlace, getClaimsByPlace, getBreakdownClaims), every matching row.
// The place filter covers the place and everything below it (location_closure):
//   - claims over time: the claims about the selected place as a whole (never sums of places);
//   - by place: for each part of the selected place, each source's latest claim about it;
//   - breakdowns: sex, age and civilian/military figures anywhere under the selected place;
//   - the overview: each domain's headline claim.
// Without a filter on a claim's own fields (dates, credibility, verification) each source's latest
// claim per key is latest_claim's; with one, it is picked per key from figure by
// figure_latest_claim_idx (an index probe per key, walking back only past claims that fail it).
import { readPrisma } from "@/lib/db";
import {
  CHART_POINT_BUDGET,
  seriesThreshold,
  summarizeDomain,
  type BranchClaim,
  type DomainSummary,
  type PlacedClaim,
} from "@/lib/domain/dashboard";
import type { AgeGroup, Domain, MeasureKind, PopulationGroup, Reliability, Sex } from "@/lib/domain/enums";
import { DEFAULT_FILTERS, type DashboardFilters } from "@/lib/domain/filters";
import type { ClaimRow } from "@/lib/domain/claim";
import { compareReliability } from "@/lib/domain/grades";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  BREAKDOWNS_ONLY,
  CLAIM_COLUMNS,
  TOTALS_ONLY,
  claimConditions,
  figureConditions,
  hasClaimConditions,
  sourceConditions,
} from "./filters-sql";
import { getPublicIndicator, type PublicIndicator } from "./indicators";
import { getPlace } from "./locations";
import { publicRead } from "./read-slots";

/** What a page shows at most, whatever the data (the rest is in the downloads). */
export const PAGE_LIMITS = {
  /** Sources drawn in one chart: the best graded, then those with the most claims. */
  chartSources: 8,
  /** Sources listed per part of the place in "places within": the best graded first ... */
  sourcesPerBranch: 8,
  /** ... and at most this many over all parts (the country's 25 oblasts get 1 each). */
  placeClaims: 48,
  /** Rows of the breakdowns table: the latest claims first. */
  breakdownRows: 20,
} as const;

export interface PlaceRef {
  pcode: string;
  nameEn: string;
  nameUk: string;
}

interface PlaceRow extends PlaceRef {
  id: number;
}

type IndicatorRef = {
  slug: string;
  name: string;
  nameUk: string | null;
  unit: string;
  unitUk: string | null;
  hxlTag: string;
  measure: MeasureKind;
};

/** Sources of a chart that are not drawn: how many, and how many claims they made. */
export interface NotDrawn {
  sources: number;
  claims: number;
}

export interface ClaimsOverTime {
  indicator: IndicatorRef;
  location: PlaceRef;
  /**
   * The sources drawn (at most PAGE_LIMITS.chartSources): every matching claim when `complete`, else
   * the claims that shape the chart (seriesBucketsSql); oldest first.
   */
  points: ClaimRow[];
  /** True when `points` holds every matching claim of the sources drawn. */
  complete: boolean;
  /** Matching claims of every source, drawn or not. */
  totalClaims: number;
  notDrawn: NotDrawn;
}

// Each page reads the indicator and the place once, however many panels ask (per request); the
// place is the same cached read as the page's own heading (getPlace).
const findPlace = (pcode: string): Promise<PlaceRow | null> => getPlace(pcode);
const findIndicator = getPublicIndicator;

/** A query of this module: through the public-read slots (./read-slots.ts). */
function read<T>(sql: Prisma.Sql): Promise<T> {
  return publicRead(() => readPrisma.$queryRaw<T>(sql));
}

const indicatorRef = (i: PublicIndicator): IndicatorRef => ({
  slug: i.slug,
  name: i.name,
  nameUk: i.nameUk,
  unit: i.unit,
  unitUk: i.unitUk,
  hxlTag: i.hxlTag,
  measure: i.measure,
});
const placeRef = ({ pcode, nameEn, nameUk }: PlaceRow): PlaceRef => ({ pcode, nameEn, nameUk });

async function resolve(indicatorSlug: string, pcode: string) {
  const [indicator, place] = await Promise.all([findIndicator(indicatorSlug), findPlace(pcode)]);
  return indicator && place ? { indicator, place } : null;
}

// ------------------------------------------------------------------ claims over time

interface SourceTally {
  sourceId: number;
  reliability: Reliability;
  sourceName: string;
  claims: number;
}

/** Each source's number of matching totals about one place: from latest_claim, or counted per key. */
async function tallySources(indicatorId: number, placeId: number, filters: DashboardFilters): Promise<SourceTally[]> {
  const counted = hasClaimConditions(filters)
    ? Prisma.sql`(SELECT count(*) FROM figure f
        WHERE f.indicator_id = lc.indicator_id AND f.location_id = lc.location_id AND f.source_id = lc.source_id
          AND ${TOTALS_ONLY} AND ${claimConditions(filters)})::int`
    : Prisma.sql`lc.claims`;
  const rows = await read<SourceTally[]>(Prisma.sql`
    SELECT * FROM (
      SELECT s.id AS "sourceId", s.reliability::text AS reliability, s.name AS "sourceName", ${counted} AS claims
      FROM latest_claim lc JOIN source s ON s.id = lc.source_id
      WHERE lc.indicator_id = ${indicatorId} AND lc.location_id = ${placeId} AND lc.breakdown = 'total' AND ${sourceConditions(filters)}
    ) tally
    WHERE claims > 0`);
  return rows.sort(
    (a, b) =>
      compareReliability(a.reliability, b.reliability) ||
      b.claims - a.claims ||
      a.sourceName.localeCompare(b.sourceName) ||
      a.sourceId - b.sourceId,
  );
}

/**
 * The sources' published claims for one indicator about the selected place as a whole, oldest
 * first: totals only (no sex, age or population-group breakdown), narrowed by the filters. For a
 * page: only the PAGE_LIMITS.chartSources best-graded sources with the most claims are read, the
 * others are counted; and when the drawn sources made more claims than the chart's `pointBudget`,
 * only the claims that shape the chart (seriesBuckets: per source, a fixed number of date buckets'
 * extremes and gaps, and its first and last claim), so the rows read follow the budget, never the
 * number of claims. Null when the indicator (or a hidden one) or the place is unknown.
 */
export async function getClaimsForPlace(
  indicatorSlug: string,
  filters: DashboardFilters,
  pointBudget: number = CHART_POINT_BUDGET,
): Promise<ClaimsOverTime | null> {
  const found = await resolve(indicatorSlug, filters.place);
  if (!found) return null;
  const { indicator, place } = found;
  const tally = await tallySources(indicator.id, place.id, filters);
  const drawn = tally.slice(0, PAGE_LIMITS.chartSources);
  const rest = tally.slice(PAGE_LIMITS.chartSources);
  const drawnClaims = drawn.reduce((n, s) => n + s.claims, 0);
  const sourceIds = drawn.map((s) => s.sourceId);
  const complete = drawnClaims <= pointBudget;
  const points =
    drawn.length === 0
      ? []
      : complete
        ? await read<ClaimRow[]>(Prisma.sql`
            SELECT ${CLAIM_COLUMNS}
            FROM figure f JOIN source s ON s.id = f.source_id JOIN location l ON l.id = f.location_id
            WHERE f.indicator_id = ${indicator.id} AND f.location_id = ${place.id} AND ${TOTALS_ONLY}
              AND f.source_id = ANY(${sourceIds}::int[]) AND ${figureConditions(filters)}
            ORDER BY f.as_of, s.name, f.id`)
        : await read<ClaimRow[]>(seriesBucketsSql(indicator.id, place.id, sourceIds, filters, chartBuckets(drawn.length, pointBudget)));
  return {
    indicator: indicatorRef(indicator),
    location: placeRef(place),
    points,
    complete,
    totalClaims: tally.reduce((n, s) => n + s.claims, 0),
    notDrawn: { sources: rest.length, claims: rest.reduce((n, s) => n + s.claims, 0) },
  };
}

/** Date buckets per source of a chart: half its share of the points (a bucket gives ~2-4 rows; LTTB then trims to the share). */
export function chartBuckets(sources: number, pointBudget: number): number {
  return Math.max(1, Math.ceil(seriesThreshold(sources, pointBudget) / 2));
}

/** The most rows seriesBucketsSql returns: per source, bucket and kind (level or period count) 4 extremes and 2 gaps. */
export function seriesRowBound(sources: number, buckets: number): number {
  return sources * buckets * 2 * 6;
}

/**
 * The claims that shape a chart (as ClaimRow, oldest first), in one pass over the drawn sources'
 * claims about the place (figure_latest_claim_idx: indicator, place, source, totals): the span of
 * dates of all drawn sources is cut into `buckets` equal date buckets; per source, bucket and kind
 * (a level, or a count during a period), the claims with the lowest low, the highest high, the
 * lowest and the highest best, and the first and last "no information" claim (so a gap is drawn
 * where it is); per source, its first and last claim (they fall in the first and last buckets it
 * has). A hash aggregate over at most sources x buckets x 2 groups: no sort of the claims, whatever
 * their number. The span is two index probes per source.
 */
export function seriesBucketsSql(
  indicatorId: number,
  placeId: number,
  sourceIds: readonly number[],
  filters: DashboardFilters,
  buckets: number,
): Prisma.Sql {
  const ofSource = (source: Prisma.Sql) =>
    Prisma.sql`f.indicator_id = ${indicatorId} AND f.location_id = ${placeId} AND f.source_id = ${source}
      AND ${TOTALS_ONLY} AND ${claimConditions(filters)}`;
  // In the order of figure_latest_claim_idx (forward for the last date, backward for the first; the
  // breakdown columns are all null here), so each end is one index probe.
  const end = (first: boolean) => {
    const [breakdown, date] = first ? [Prisma.sql`DESC`, Prisma.sql`ASC`] : [Prisma.sql`ASC`, Prisma.sql`DESC`];
    return Prisma.sql`(
      SELECT f.as_of FROM figure f WHERE ${ofSource(Prisma.sql`d.source_id`)}
      ORDER BY f.sex ${breakdown}, f.age_group ${breakdown}, f.population_group ${breakdown}, f.as_of ${date} LIMIT 1)`;
  };
  return Prisma.sql`
    WITH span AS (
      SELECT min(e.t0) AS t0, max(e.t1) AS t1
      FROM unnest(${sourceIds}::int[]) AS d(source_id)
        CROSS JOIN LATERAL (SELECT ${end(true)} AS t0, ${end(false)} AS t1) e
    ),
    claim AS (
      SELECT f.id, f.source_id, f.as_of - DATE '1970-01-01' AS day, (f.period_start IS NOT NULL) AS period,
        f.no_information OR f.best IS NULL AS gap, coalesce(f.low, f.best) AS lo, coalesce(f.high, f.best) AS hi, f.best,
        floor((f.as_of - span.t0)::numeric * ${buckets} / (span.t1 - span.t0 + 1))::int AS bucket
      FROM span, figure f
      WHERE ${ofSource(Prisma.sql`ANY(${sourceIds}::int[])`)}
    ),
    bucket AS (
      SELECT source_id,
        (min(ARRAY[lo, id]) FILTER (WHERE NOT gap))[2] AS lowest,
        (max(ARRAY[hi, id]) FILTER (WHERE NOT gap))[2] AS highest,
        (min(ARRAY[best, id]) FILTER (WHERE NOT gap))[2] AS least,
        (max(ARRAY[best, id]) FILTER (WHERE NOT gap))[2] AS most,
        (min(ARRAY[day, id]) FILTER (WHERE gap))[2] AS first_gap,
        (max(ARRAY[day, id]) FILTER (WHERE gap))[2] AS last_gap,
        min(ARRAY[day, id]) AS first, max(ARRAY[day, id]) AS last
      FROM claim
      GROUP BY source_id, bucket, period
    ),
    pick AS (
      SELECT id FROM bucket, unnest(ARRAY[lowest, highest, least, most, first_gap, last_gap]) AS id WHERE id IS NOT NULL
      UNION SELECT (min(first))[2] FROM bucket GROUP BY source_id
      UNION SELECT (max(last))[2] FROM bucket GROUP BY source_id
    )
    SELECT ${CLAIM_COLUMNS}
    FROM figure f JOIN source s ON s.id = f.source_id JOIN location l ON l.id = f.location_id
    WHERE f.id = ANY(ARRAY(SELECT id FROM pick))
    ORDER BY f.as_of, s.name, f.id`;
}

/** For downloads: every source's every matching total about the place as a whole, oldest first. */
export async function listClaimsForPlace(
  indicatorSlug: string,
  filters: DashboardFilters,
): Promise<Omit<ClaimsOverTime, "notDrawn" | "totalClaims" | "complete"> | null> {
  const found = await resolve(indicatorSlug, filters.place);
  if (!found) return null;
  const points = await read<ClaimRow[]>(Prisma.sql`
    SELECT ${CLAIM_COLUMNS}
    FROM figure f JOIN source s ON s.id = f.source_id JOIN location l ON l.id = f.location_id
    WHERE f.indicator_id = ${found.indicator.id} AND f.location_id = ${found.place.id} AND ${TOTALS_ONLY} AND ${figureConditions(filters)}
    ORDER BY f.as_of, s.name, f.id`);
  return { indicator: indicatorRef(found.indicator), location: placeRef(found.place), points };
}

/** The home page's headline chart: the published totals for one indicator at one place. */
/**
 * The public indicator with the most published totals about the place itself (claim_summary; the
 * earlier in display order on a tie): the overview's headline chart for a chosen place. Null when
 * no indicator has a claim about it.
 */
export async function mostCoveredIndicator(pcode: string): Promise<{ slug: string; domain: Domain } | null> {
  const place = await findPlace(pcode);
  if (!place) return null;
  const rows = await read<{ slug: string; domain: Domain }[]>(Prisma.sql`
    SELECT i.slug, i.domain::text AS domain
    FROM claim_summary cs JOIN indicator i ON i.id = cs.indicator_id
    WHERE cs.location_id = ${place.id} AND cs.total_claims > 0 AND i.is_public
    ORDER BY cs.total_claims DESC, i.display_order, i.slug
    LIMIT 1`);
  return rows[0] ?? null;
}

export async function getClaimsOverTime(query: { indicatorSlug: string; pcode: string }): Promise<ClaimsOverTime | null> {
  return getClaimsForPlace(query.indicatorSlug, { ...DEFAULT_FILTERS, place: query.pcode });
}

// ------------------------------------------------------------------ latest claims per key

/**
 * `f`: for each latest_claim row `lc` (a key: indicator, place, breakdown, source), the claim a
 * page shows: the key's latest claim, or with claim filters (or a date `upTo`), the latest claim
 * of the key that passes them, if any (the key then drops out).
 */
function latestOfKey(filters: DashboardFilters, upTo: string | null = null): Prisma.Sql {
  if (!hasClaimConditions(filters) && upTo === null) return Prisma.sql`JOIN figure f ON f.id = lc.figure_id`;
  return Prisma.sql`CROSS JOIN LATERAL (
      SELECT f.* FROM figure f
      WHERE f.indicator_id = lc.indicator_id AND f.location_id = lc.location_id AND f.source_id = lc.source_id
        AND f.sex IS NOT DISTINCT FROM lc.sex AND f.age_group IS NOT DISTINCT FROM lc.age_group
        AND f.population_group IS NOT DISTINCT FROM lc.population_group
        AND ${claimConditions(filters, upTo)}
      ORDER BY f.as_of DESC, f.id DESC
      LIMIT 1
    ) f`;
}

// ------------------------------------------------------------------ by place

/** A claim in the breakdown by place, with the part of the selected place it falls in. */
export type PlaceClaim = BranchClaim & ClaimRow;

export interface ClaimsByPlace {
  indicator: IndicatorRef;
  location: PlaceRef;
  /** The date the breakdown is for: the `at` filter, else the latest claim's date (null when there are none). */
  at: string | null;
  claims: PlaceClaim[];
}

/**
 * For each part of the selected place (its children) and each source: the source's latest claim
 * on or before the breakdown date about that part, or, where it made none about the part as a
 * whole, about the place nearest to it within the part. Totals only, narrowed by the filters.
 * Every such claim (for downloads); pages use getPlacesView.
 */
export async function getClaimsByPlace(indicatorSlug: string, filters: DashboardFilters): Promise<ClaimsByPlace | null> {
  const found = await resolve(indicatorSlug, filters.place);
  if (!found) return null;
  const keys = Prisma.sql`
    FROM location b
      JOIN location_closure c ON c.ancestor_id = b.id
      JOIN latest_claim lc ON lc.indicator_id = ${found.indicator.id} AND lc.location_id = c.descendant_id AND lc.breakdown = 'total'
      JOIN source s ON s.id = lc.source_id`;
  const where = Prisma.sql`b.parent_id = ${found.place.id} AND ${sourceConditions(filters)}`;
  // Without claim filters the pick is made on latest_claim alone (its as_of and figure_id), and only
  // the picked claims (parts x sources) are read from figure, not every key's.
  const picked =
    hasClaimConditions(filters) || filters.at !== null
      ? Prisma.sql`
          SELECT DISTINCT ON (b.id, s.id) b.id AS branch_id, f.id AS figure_id
          ${keys} ${latestOfKey(filters, filters.at)}
          WHERE ${where}
          ORDER BY b.id, s.id, c.depth, f.as_of DESC, f.id DESC`
      : Prisma.sql`
          SELECT DISTINCT ON (b.id, s.id) b.id AS branch_id, lc.figure_id
          ${keys}
          WHERE ${where}
          ORDER BY b.id, s.id, c.depth, lc.as_of DESC, lc.figure_id DESC`;
  const claims = await read<PlaceClaim[]>(Prisma.sql`
    SELECT ${CLAIM_COLUMNS}, b.pcode AS "branchPcode", b.name_en AS "branchName", b.name_uk AS "branchNameUk"
    FROM (${picked}) pick
      JOIN figure f ON f.id = pick.figure_id
      JOIN source s ON s.id = f.source_id
      JOIN location l ON l.id = f.location_id
      JOIN location b ON b.id = pick.branch_id
    ORDER BY "branchName", "sourceName", "figureId"`);
  const at = filters.at ?? claims.reduce<string | null>((latest, c) => (latest === null || c.asOf > latest ? c.asOf : latest), null);
  return { indicator: indicatorRef(found.indicator), location: placeRef(found.place), at, claims };
}

export interface PlacesView extends ClaimsByPlace {
  /** Per part of the place, the sources' claims not listed (beyond PAGE_LIMITS.sourcesPerBranch). */
  notListed: Record<string, number>;
}

/** "Places within" for a page: per part, the best-graded sources' claims, as many as PAGE_LIMITS allow. */
export async function getPlacesView(indicatorSlug: string, filters: DashboardFilters): Promise<PlacesView | null> {
  const all = await getClaimsByPlace(indicatorSlug, filters);
  if (!all) return null;
  const byBranch = new Map<string, PlaceClaim[]>();
  for (const claim of all.claims) byBranch.set(claim.branchPcode, [...(byBranch.get(claim.branchPcode) ?? []), claim]);
  const claims: PlaceClaim[] = [];
  const notListed: Record<string, number> = {};
  const perBranch = Math.max(1, Math.min(PAGE_LIMITS.sourcesPerBranch, Math.floor(PAGE_LIMITS.placeClaims / Math.max(1, byBranch.size))));
  for (const [pcode, ofBranch] of byBranch) {
    const ranked = [...ofBranch].sort(
      (a, b) =>
        compareReliability(a.reliability, b.reliability) ||
        a.credibility - b.credibility ||
        b.asOf.localeCompare(a.asOf) ||
        a.figureId - b.figureId,
    );
    claims.push(...ranked.slice(0, perBranch));
    if (ranked.length > perBranch) notListed[pcode] = ranked.length - perBranch;
  }
  const order = new Map(all.claims.map((c, index) => [c.figureId, index]));
  claims.sort((a, b) => order.get(a.figureId)! - order.get(b.figureId)!);
  return { ...all, claims, notListed };
}

// ------------------------------------------------------------------ breakdowns

export interface BreakdownClaim extends ClaimRow {
  sex: Sex | null;
  ageGroup: AgeGroup | null;
  populationGroup: PopulationGroup | null;
}

const BREAKDOWN_COLUMNS = Prisma.sql`f.sex::text AS "sex", f.age_group::text AS "ageGroup", f.population_group::text AS "populationGroup"`;

/** For downloads: every published breakdown (sex, age group, civilian/military) under the selected place, newest first. */
export async function getBreakdownClaims(
  indicatorSlug: string,
  filters: DashboardFilters,
): Promise<{ indicator: IndicatorRef; location: PlaceRef; claims: BreakdownClaim[] } | null> {
  const found = await resolve(indicatorSlug, filters.place);
  if (!found) return null;
  const claims = await read<BreakdownClaim[]>(Prisma.sql`
    SELECT ${CLAIM_COLUMNS}, ${BREAKDOWN_COLUMNS}
    FROM location_closure st
      JOIN figure f ON f.location_id = st.descendant_id
      JOIN source s ON s.id = f.source_id
      JOIN location l ON l.id = f.location_id
    WHERE st.ancestor_id = ${found.place.id} AND f.indicator_id = ${found.indicator.id} AND ${BREAKDOWNS_ONLY} AND ${figureConditions(filters)}
    ORDER BY f.as_of DESC, st.depth, l.name_en, s.name, f.sex NULLS FIRST, f.age_group NULLS FIRST, f.population_group NULLS FIRST, f.id`);
  return { indicator: indicatorRef(found.indicator), location: placeRef(found.place), claims };
}

export interface BreakdownsView {
  indicator: IndicatorRef;
  location: PlaceRef;
  /** Each source's latest claim per place and breakdown, newest first, at most PAGE_LIMITS.breakdownRows. */
  claims: BreakdownClaim[];
  /** How many such latest claims there are in all. */
  latestClaims: number;
}

/** The breakdowns for a page: the newest of each source's latest claims per place and group. */
export async function getBreakdownsView(indicatorSlug: string, filters: DashboardFilters): Promise<BreakdownsView | null> {
  const found = await resolve(indicatorSlug, filters.place);
  if (!found) return null;
  const keys = Prisma.sql`
    FROM location_closure st
      JOIN latest_claim lc ON lc.indicator_id = ${found.indicator.id} AND lc.location_id = st.descendant_id AND lc.breakdown <> 'total'
      JOIN source s ON s.id = lc.source_id`;
  const where = Prisma.sql`st.ancestor_id = ${found.place.id} AND ${sourceConditions(filters)}`;
  // Without claim filters the newest keys are found on latest_claim alone, and only those rows are
  // read from figure; with them, each key's claim is picked first (latestOfKey).
  const rows = hasClaimConditions(filters)
    ? await read<(BreakdownClaim & { total: number })[]>(Prisma.sql`
        SELECT ${CLAIM_COLUMNS}, ${BREAKDOWN_COLUMNS}, count(*) OVER ()::int AS total
        ${keys} ${latestOfKey(filters)} JOIN location l ON l.id = f.location_id
        WHERE ${where}
        ORDER BY f.as_of DESC, st.depth, l.name_en, s.name, f.sex NULLS FIRST, f.age_group NULLS FIRST, f.population_group NULLS FIRST, f.id
        LIMIT ${PAGE_LIMITS.breakdownRows}`)
    : await read<(BreakdownClaim & { total: number })[]>(Prisma.sql`
        SELECT ${CLAIM_COLUMNS}, ${BREAKDOWN_COLUMNS}, pick.total
        FROM (
          SELECT lc.figure_id, st.depth, count(*) OVER ()::int AS total
          ${keys}
          WHERE ${where}
          ORDER BY lc.as_of DESC, st.depth, lc.figure_id
          LIMIT ${PAGE_LIMITS.breakdownRows}
        ) pick
          JOIN figure f ON f.id = pick.figure_id
          JOIN source s ON s.id = f.source_id
          JOIN location l ON l.id = f.location_id
        ORDER BY f.as_of DESC, pick.depth, l.name_en, s.name, f.sex NULLS FIRST, f.age_group NULLS FIRST, f.population_group NULLS FIRST, f.id`);
  return {
    indicator: indicatorRef(found.indicator),
    location: placeRef(found.place),
    claims: rows.map(({ total: _total, ...claim }) => claim),
    latestClaims: rows[0]?.total ?? 0,
  };
}

// ------------------------------------------------------------------ the overview

/**
 * Each source's latest published total per place for one indicator, at the places `depth` levels
 * below the selected place, narrowed by the filters.
 */
async function latestClaimsAtDepth(indicatorId: number, placeId: number, depth: number, filters: DashboardFilters): Promise<PlacedClaim[]> {
  return read<PlacedClaim[]>(Prisma.sql`
    SELECT ${CLAIM_COLUMNS}, i.slug AS "indicatorSlug", i.name AS "indicatorName", i.name_uk AS "indicatorNameUk", i.unit AS "unit", i.unit_uk AS "unitUk",
      i.display_order AS "displayOrder", st.depth::int AS "depth"
    FROM location_closure st
      JOIN latest_claim lc ON lc.indicator_id = ${indicatorId} AND lc.location_id = st.descendant_id AND lc.breakdown = 'total'
      JOIN indicator i ON i.id = lc.indicator_id
      JOIN source s ON s.id = lc.source_id
      ${latestOfKey(filters)}
      JOIN location l ON l.id = f.location_id
    WHERE st.ancestor_id = ${placeId} AND st.depth = ${depth} AND ${sourceConditions(filters)}`);
}

/**
 * The overview card of a domain (see summarizeDomain for the rule): the first public indicator,
 * in display order, with a claim under the selected place, at the depth nearest the place.
 * claim_summary lists the (indicator, depth) pairs that have published totals, in that order;
 * each is read until one has a claim with a number that passes the filters. So the card reads the
 * claims of one level of one indicator, never every figure. Null when no claim has a number.
 */
export async function getDomainOverview(domain: Domain, filters: DashboardFilters): Promise<DomainSummary | null> {
  const place = await findPlace(filters.place);
  if (!place) return null;
  const candidates = await read<{ indicatorId: number; depth: number }[]>(Prisma.sql`
    SELECT i.id AS "indicatorId", st.depth::int AS depth
    FROM indicator i
      JOIN claim_summary cs ON cs.indicator_id = i.id AND cs.total_claims > 0
      JOIN location_closure st ON st.ancestor_id = ${place.id} AND st.descendant_id = cs.location_id
    WHERE i.domain = ${domain}::"Domain" AND i.is_public
    GROUP BY i.id, i.display_order, i.slug, st.depth
    ORDER BY i.display_order, i.slug, st.depth`);
  for (const { indicatorId, depth } of candidates) {
    const summary = summarizeDomain(await latestClaimsAtDepth(indicatorId, place.id, depth, filters));
    if (summary) return summary;
  }
  return null;
}
