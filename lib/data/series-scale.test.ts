// The dashboard's reads on a generated data set of a few hundred thousand figures (the bench's
// generator, on top of the demo data):
//   - what a page gets is bounded, whatever the data: row counts and bytes, never time;
//   - the bounded reads, which go through the rollups and per-key index probes, pick exactly the
//     claims a plain recomputation from every published figure picks, for random places and
//     filters (the seed is printed; replay with SERIES_TEST_SEED=<seed>).
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ClaimRow } from "@/lib/domain/claim";
import {
  CHART_POINT_BUDGET,
  DOMAIN_PAGE_CHART_POINT_BUDGET,
  summarizeDomain,
  prepareChart,
  seriesThreshold,
  type PlacedClaim,
} from "@/lib/domain/dashboard";
import { DOMAINS, VERIFICATION_STATUSES, type Reliability, type VerificationStatus } from "@/lib/domain/enums";
import { claimPassesFilters, parseFilters, type DashboardFilters } from "@/lib/domain/filters";
import { generateDataset } from "@/scripts/bench/generate";
import { seedDemoData } from "@/prisma/seed/seed";
import {
  chartBuckets,
  getBreakdownsView,
  getClaimsByPlace,
  getClaimsForPlace,
  getDomainOverview,
  getPlacesView,
  listClaimsForPlace,
  PAGE_LIMITS,
  seriesBucketsSql,
  seriesRowBound,
} from "./series";
import { prng } from "@/test/prng";

const FIGURES = Number(process.env.SERIES_TEST_FIGURES ?? 200_000);
const seed = Number(process.env.SERIES_TEST_SEED ?? Math.floor(Math.random() * 2 ** 31));

/** Every published figure of the data set, with what the filters and the hierarchy need. */
interface Row {
  id: number;
  indicatorId: number;
  locationId: number;
  sourceId: number;
  reliability: Reliability;
  credibility: number;
  verification: VerificationStatus;
  asOf: string;
  best: number | null;
  noInformation: boolean;
  breakdown: boolean;
}

let rows: Row[] = [];
/** ancestor id -> (descendant id -> depth) */
const below = new Map<number, Map<number, number>>();
let places: { id: number; pcode: string; parentId: number | null; adminLevel: number }[] = [];
let indicators: { id: number; slug: string; domain: string }[] = [];
let busiest = "";

beforeAll(async () => {
  console.log(`series-scale seed: ${seed} (replay with SERIES_TEST_SEED=${seed})`);
  await seedDemoData(prisma);
  await generateDataset(process.env.MIGRATION_DATABASE_URL!, { figures: FIGURES, seed: 11 });
  rows = await prisma.$queryRaw<Row[]>`
    SELECT f.id, f.indicator_id AS "indicatorId", f.location_id AS "locationId", f.source_id AS "sourceId",
      s.reliability::text AS reliability, f.credibility::int AS credibility, f.verification::text AS verification,
      to_char(f.as_of, 'YYYY-MM-DD') AS "asOf", f.best, f.no_information AS "noInformation",
      (f.sex IS NOT NULL OR f.age_group IS NOT NULL OR f.population_group IS NOT NULL) AS breakdown
    FROM figure f JOIN source s ON s.id = f.source_id
    WHERE f.status = 'published'`;
  places = await prisma.location.findMany({ select: { id: true, pcode: true, parentId: true, adminLevel: true } });
  const parentOf = new Map(places.map((p) => [p.id, p.parentId]));
  for (const place of places) {
    let depth = 0;
    for (let at: number | null = place.id; at !== null; at = parentOf.get(at) ?? null, depth++) {
      if (!below.has(at)) below.set(at, new Map());
      below.get(at)!.set(place.id, depth);
    }
  }
  indicators = await prisma.indicator.findMany({ where: { isPublic: true }, select: { id: true, slug: true, domain: true } });
  const [top] = await prisma.$queryRaw<{ pcode: string }[]>`
    SELECT l.pcode FROM figure f JOIN location l ON l.id = f.location_id WHERE l.admin_level = 4 GROUP BY l.pcode ORDER BY count(*) DESC LIMIT 1`;
  busiest = top!.pcode;
}, 600_000);

const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value));

describe("page reads are bounded, whatever the data", () => {
  it("a chart draws at most 8 sources and 800 points, in compact arrays, and counts the sources it leaves out", async () => {
    for (const pcode of ["UA", "UA14", busiest, "UA1402001X01"]) {
      for (const indicator of indicators) {
        const data = await getClaimsForPlace(indicator.slug, parseFilters({ place: pcode }));
        if (!data) continue;
        const chart = prepareChart(data.points);
        expect(chart.series.length).toBeLessThanOrEqual(PAGE_LIMITS.chartSources);
        expect(chart.pointCount).toBeLessThanOrEqual(CHART_POINT_BUDGET);
        // What the browser gets for the chart: compact arrays, ~20 bytes a point (lib/domain/chart-series.ts, CompactSeries).
        expect(bytes(chart.compact)).toBeLessThan(20_000);
        const drawn = new Set(data.points.map((p) => p.sourceId)).size;
        if (data.complete) expect(data.totalClaims).toBe(data.points.length + data.notDrawn.claims);
        else {
          expect(data.totalClaims - data.notDrawn.claims).toBeGreaterThan(CHART_POINT_BUDGET);
          expect(data.points.length).toBeLessThanOrEqual(seriesRowBound(drawn, chartBuckets(drawn, CHART_POINT_BUDGET)));
        }
      }
    }
  });

  it("a domain page sends, for all its indicators, at most 400 points and 8 table rows a chart: under 60 kB of numbers", async () => {
    let largest = 0;
    for (const pcode of ["UA", "UA14", busiest, "UA1402001X01"]) {
      for (const domain of DOMAINS) {
        let pageBytes = 0;
        for (const indicator of indicators.filter((i) => i.domain === domain)) {
          const data = await getClaimsForPlace(indicator.slug, parseFilters({ place: pcode }), DOMAIN_PAGE_CHART_POINT_BUDGET);
          if (!data) continue;
          // As components/charts/claims-figure.tsx prepares it for a domain page (ClaimsPanel on="domain").
          const drawn = new Set(data.points.map((p) => p.sourceId)).size;
          const chart = prepareChart(data.points, seriesThreshold(drawn, DOMAIN_PAGE_CHART_POINT_BUDGET));
          expect(chart.pointCount).toBeLessThanOrEqual(DOMAIN_PAGE_CHART_POINT_BUDGET);
          // The table: each drawn source's latest claim.
          const latest = new Map(data.points.map((p) => [p.sourceId, p]));
          expect(latest.size).toBeLessThanOrEqual(PAGE_LIMITS.chartSources);
          pageBytes += bytes(chart.compact) + bytes([...latest.values()]);
        }
        expect(pageBytes, `${domain} at ${pcode}`).toBeLessThan(60_000);
        largest = Math.max(largest, pageBytes);
      }
    }
    console.log(`a domain page's chart numbers and table rows: at most ${largest} bytes`);
    expect(largest).toBeGreaterThan(0);
  });

  it("'places within' lists at most 8 sources per part and 48 in all, and the breakdowns at most 20 rows", async () => {
    let largest = 0;
    for (const pcode of ["UA", "UA14", busiest.slice(0, 6)]) {
      for (const indicator of indicators) {
        const filters = parseFilters({ place: pcode });
        const view = await getPlacesView(indicator.slug, filters);
        const parts = new Set(view?.claims.map((c) => c.branchPcode));
        expect(view?.claims.length ?? 0).toBeLessThanOrEqual(Math.max(parts.size, PAGE_LIMITS.placeClaims));
        largest = Math.max(largest, view?.claims.length ?? 0);
        const breakdowns = await getBreakdownsView(indicator.slug, filters);
        expect(breakdowns?.claims.length ?? 0).toBeLessThanOrEqual(PAGE_LIMITS.breakdownRows);
      }
    }
    // At most 48 claims, or one per part where a place has more parts (the hierarchy's bound, not the data's).
    expect(largest).toBeLessThanOrEqual(PAGE_LIMITS.placeClaims);
    expect(largest).toBeGreaterThan(0);
  });
});

// ---------------------------------------------------------------- the oracle

function latestOf(claims: Row[]): Row | undefined {
  return claims.reduce<Row | undefined>(
    (best, c) => (!best || c.asOf > best.asOf || (c.asOf === best.asOf && c.id > best.id) ? c : best),
    undefined,
  );
}

function randomFilters(random: ReturnType<typeof prng>, place: string): DashboardFilters {
  const params: Record<string, string | string[]> = { place };
  if (random.next() < 0.3) params.grade = random.pick(["A", "B", "C", "D", "E"]);
  if (random.next() < 0.3) params.cred = String(1 + random.int(5));
  if (random.next() < 0.3) params.ver = VERIFICATION_STATUSES.filter(() => random.next() < 0.6);
  if (random.next() < 0.3) params.to = `202${2 + random.int(4)}-0${1 + random.int(9)}-15`;
  if (random.next() < 0.2) params.from = `202${2 + random.int(3)}-0${1 + random.int(9)}-01`;
  if (random.next() < 0.2) params.at = `202${2 + random.int(4)}-0${1 + random.int(9)}-20`;
  if (random.next() < 0.2) params.source = [...new Set(rows.slice(0, 50).map((r) => String(r.sourceId)))].slice(0, 1 + random.int(4));
  return parseFilters(params);
}

describe("the bounded reads pick what a recomputation from every figure picks", () => {
  it(`for random places and filters (seed ${seed})`, async () => {
    const random = prng(seed);
    const byPcode = new Map(places.map((p) => [p.pcode, p]));
    const byId = new Map(places.map((p) => [p.id, p]));
    const breakdownRows = rows.filter((r) => r.breakdown);
    // A place and an indicator with claims: a random claim's indicator, and its place or a place above it.
    const around = (claim: Row) => {
      let place = byId.get(claim.locationId)!;
      for (let up = random.int(4); up > 0 && place.parentId !== null; up--) place = byId.get(place.parentId)!;
      return { pcode: place.pcode, indicator: indicators.find((i) => i.id === claim.indicatorId) ?? random.pick(indicators) };
    };
    const compared = { places: 0, breakdowns: 0, overviews: 0 };
    for (let round = 0; round < 40; round++) {
      const target = around(random.pick(round % 2 === 0 ? rows : breakdownRows));
      const filters = randomFilters(random, target.pcode);
      const place = byPcode.get(filters.place)!;
      const subtree = below.get(place.id)!;
      const passing = rows.filter((r) => subtree.has(r.locationId) && claimPassesFilters(r, filters));
      const context = `round ${round}, filters ${JSON.stringify(filters)}`;

      // "Places within": per part and source, the nearest place with a claim, then the latest there.
      const { indicator } = target;
      const byPlace = await getClaimsByPlace(indicator.slug, filters);
      const expected = new Set<number>();
      for (const part of places.filter((p) => p.parentId === place.id)) {
        const inPart = below.get(part.id)!;
        const bySource = new Map<number, Row[]>();
        for (const r of passing) {
          if (r.indicatorId !== indicator.id || r.breakdown || !inPart.has(r.locationId) || (filters.at && r.asOf > filters.at)) continue;
          bySource.set(r.sourceId, [...(bySource.get(r.sourceId) ?? []), r]);
        }
        for (const claims of bySource.values()) {
          const nearest = Math.min(...claims.map((c) => inPart.get(c.locationId)!));
          expected.add(latestOf(claims.filter((c) => inPart.get(c.locationId) === nearest))!.id);
        }
      }
      expect(new Set(byPlace?.claims.map((c) => c.figureId)), context).toEqual(expected);
      compared.places += expected.size;

      // Breakdowns: each source's latest claim per place and group; the page shows the newest.
      const view = await getBreakdownsView(indicator.slug, filters);
      const keys = await prisma.$queryRaw<{ id: number; key: string }[]>`
        SELECT id, concat_ws('|', location_id, source_id, sex, age_group, population_group) AS key FROM figure
        WHERE indicator_id = ${indicator.id} AND status = 'published' AND (sex IS NOT NULL OR age_group IS NOT NULL OR population_group IS NOT NULL)`;
      const keyOf = new Map(keys.map((k) => [k.id, k.key]));
      const latestByKey = new Map<string, Row>();
      for (const r of passing) {
        if (r.indicatorId !== indicator.id || !r.breakdown) continue;
        const key = keyOf.get(r.id)!;
        const kept = latestByKey.get(key);
        if (!kept || latestOf([kept, r]) === r) latestByKey.set(key, r);
      }
      expect(view?.latestClaims, context).toBe(latestByKey.size);
      const newest = [...latestByKey.values()]
        .map((r) => r.asOf)
        .sort()
        .reverse()
        .slice(0, PAGE_LIMITS.breakdownRows);
      expect(
        view?.claims.map((c) => c.asOf),
        context,
      ).toEqual(newest);
      for (const claim of view?.claims ?? []) expect(latestByKey.get(keyOf.get(claim.figureId)!)?.id, context).toBe(claim.figureId);
      compared.breakdowns += view?.claims.length ?? 0;

      // The overview card: summarizeDomain over each source's latest total per place in the subtree.
      const domain = random.pick(DOMAINS);
      const ofDomain = new Set(indicators.filter((i) => i.domain === domain).map((i) => i.id));
      const latestTotals = new Map<string, Row>();
      for (const r of passing) {
        if (!ofDomain.has(r.indicatorId) || r.breakdown) continue;
        const key = `${r.indicatorId}|${r.locationId}|${r.sourceId}`;
        const kept = latestTotals.get(key);
        if (!kept || latestOf([kept, r]) === r) latestTotals.set(key, r);
      }
      const claimIds = [...latestTotals.values()].map((r) => r.id);
      const placed = await placedClaims(claimIds, place.id);
      const expectedSummary = summarizeDomain(placed);
      const summary = await getDomainOverview(domain, filters);
      expect(summary?.headline.figureId ?? null, context).toBe(expectedSummary?.headline.figureId ?? null);
      expect(summary?.others.map((o) => o.figureId).sort(), context).toEqual(expectedSummary?.others.map((o) => o.figureId).sort());
      if (expectedSummary) compared.overviews++;
    }
    // The comparison is not empty: the rounds met real claims.
    console.log(`compared: ${JSON.stringify(compared)}`);
    expect(compared.places).toBeGreaterThan(20);
    expect(compared.breakdowns).toBeGreaterThan(20);
    expect(compared.overviews).toBeGreaterThan(3);
  }, 300_000);
});

/** The claims with the columns summarizeDomain reads, their depth below the place. */
async function placedClaims(ids: number[], placeId: number): Promise<PlacedClaim[]> {
  if (ids.length === 0) return [];
  return prisma.$queryRaw<PlacedClaim[]>`
    SELECT f.id AS "figureId", s.id AS "sourceId", s.name AS "sourceName", s.reliability::text AS "reliability",
      f.credibility::int AS "credibility", f.verification::text AS "verification", f.qualifier::text AS "qualifier",
      f.no_information AS "noInformation", to_char(f.as_of, 'YYYY-MM-DD') AS "asOf", f.low, f.best, f.high,
      l.pcode, l.name_en AS "placeName", i.slug AS "indicatorSlug", i.name AS "indicatorName", i.unit,
      i.display_order AS "displayOrder", c.depth::int AS depth
    FROM figure f JOIN source s ON s.id = f.source_id JOIN location l ON l.id = f.location_id JOIN indicator i ON i.id = f.indicator_id
      JOIN location_closure c ON c.ancestor_id = ${placeId} AND c.descendant_id = f.location_id
    WHERE f.id = ANY(${ids}::int[])`;
}

// ---------------------------------------------------------------- charts: the bucketed read (last: it adds claims)

describe("a chart reads a bounded set of claims that draws what every claim would", () => {
  /** A series' lowest low and highest high, first and last date, and whether it has a gap. */
  function shape(points: readonly { asOf: string; low: number | null; best: number | null; high: number | null; gap: boolean }[]) {
    const numeric = points.filter((p) => !p.gap && p.best !== null);
    const dates = points.map((p) => p.asOf.slice(0, 10)).sort();
    return {
      lowest: Math.min(...numeric.map((p) => p.low ?? p.best!)),
      highest: Math.max(...numeric.map((p) => p.high ?? p.best!)),
      first: dates[0],
      last: dates.at(-1),
      gap: points.some((p) => p.gap),
    };
  }
  const ofRows = (rows: readonly ClaimRow[]) => shape(rows.map((r) => ({ ...r, gap: r.noInformation })));

  // Generated places have at most a few hundred claims per source at this size: three long series
  // (20,000, 6,000 and 1,500 claims of A-graded sources about the busiest settlement, with ranges,
  // gaps and period counts) show that what a chart reads does not grow with them. Added after the
  // oracle above has run (this describe comes last), so it compares the data set as generated.
  const LONG = { slug: "civilians-killed", claims: [20_000, 6_000, 1_500] };
  beforeAll(async () => {
    const [place] = await prisma.$queryRaw<{ id: number }[]>`SELECT id FROM location WHERE pcode = ${busiest}`;
    const sources = await prisma.$queryRaw<{ id: number }[]>`SELECT id FROM source WHERE reliability = 'A' ORDER BY id LIMIT 3`;
    const indicator = indicators.find((i) => i.slug === LONG.slug)!;
    const series = sources.map((s, i) => [s.id, LONG.claims[i]!]);
    await prisma.$transaction([
      prisma.$executeRaw`SELECT setseed(0.42)`,
      prisma.$executeRaw`
        INSERT INTO figure (indicator_id, location_id, source_id, period_start, as_of, low, best, high, qualifier, no_information,
          credibility, verification, status, published_at, updated_at)
        SELECT ${indicator.id}, ${place!.id}, source_id, CASE WHEN period THEN as_of - 6 END, as_of,
          CASE WHEN gap THEN NULL ELSE best - spread END, CASE WHEN gap THEN NULL ELSE best END,
          CASE WHEN gap THEN NULL ELSE best + spread END, 'approximately', gap, 2, 'reported', 'published', now(), now()
        FROM (
          SELECT s.source_id, DATE '2022-02-24' + (g * 1400 / s.n) AS as_of, random() < 0.03 AS gap, g % 50 = 7 AS period,
            1000 + g / 5 + (random() * 300)::int AS best, CASE WHEN random() < 0.2 THEN (random() * 800)::int ELSE 0 END AS spread
          FROM jsonb_to_recordset(${JSON.stringify(series.map(([id, n]) => ({ source_id: id, n })))}::jsonb) AS s(source_id int, n int),
            generate_series(0, s.n - 1) AS g
        ) claim`,
    ]);
  }, 120_000);

  it("reads at most a fixed number of rows per source, and draws the same extremes, ends, gaps and sources as the full series", async () => {
    const random = prng(seed + 1);
    let bucketed = 0;
    let long = 0;
    let largest = { read: 0, full: 0 };
    // The places and indicators with the most claims (at this size few have more than a page draws), and a small budget.
    const targets = await prisma.$queryRaw<{ pcode: string; slug: string }[]>`
      SELECT l.pcode, i.slug FROM claim_summary cs JOIN location l ON l.id = cs.location_id JOIN indicator i ON i.id = cs.indicator_id
      WHERE i.is_public ORDER BY cs.total_claims DESC, l.pcode, i.slug LIMIT 12`;
    for (const { pcode, slug } of [{ pcode: busiest, slug: LONG.slug }, ...targets]) {
      for (const indicator of indicators.filter((i) => i.slug === slug)) {
        for (const budget of [CHART_POINT_BUDGET, DOMAIN_PAGE_CHART_POINT_BUDGET, 100]) {
          const params: Record<string, string> = { place: pcode };
          const plain = pcode === busiest && slug === LONG.slug && budget === CHART_POINT_BUDGET;
          if (!plain && random.next() < 0.3) params.cred = String(2 + random.int(4));
          if (!plain && random.next() < 0.3) params.from = `2023-0${1 + random.int(9)}-01`;
          const filters = parseFilters(params);
          const data = await getClaimsForPlace(indicator.slug, filters, budget);
          if (!data || data.complete) continue;
          bucketed++;
          const drawnIds = new Set(data.points.map((p) => p.sourceId));
          const full = (await listClaimsForPlace(indicator.slug, filters))!.points.filter((p) => drawnIds.has(p.sourceId));
          const context = `${indicator.slug} at ${pcode}, budget ${budget}, filters ${JSON.stringify(params)}`;
          // Bounded: per source a fixed number of buckets, whatever the number of claims.
          expect(full.length, context).toBe(data.totalClaims - data.notDrawn.claims);
          expect(data.points.length, context).toBeLessThanOrEqual(seriesRowBound(drawnIds.size, chartBuckets(drawnIds.size, budget)));
          if (data.points.length > largest.read) largest = { read: data.points.length, full: full.length };
          if (pcode === busiest && slug === LONG.slug && Object.keys(params).length === 1) {
            // The long series: ~30,000 claims, read as a few hundred rows.
            expect(full.length, context).toBeGreaterThan(27_500);
            expect(data.points.length, context).toBeLessThan(full.length / 10);
            long++;
          }
          // Every source of the full series is drawn, with its extremes, its first and last claim and its gaps.
          const chart = prepareChart(data.points, seriesThreshold(drawnIds.size, budget));
          // Each series keeps at least 50 points, and every run of "no information" claims as its first and last
          // (downsample.ts: a gap is never hidden); the read keeps at most 2 gaps per bucket, so gaps add at most that.
          const gapPoints = chart.series.reduce((n, series) => n + series.points.filter((p) => p.y === null).length, 0);
          expect(gapPoints, context).toBeLessThanOrEqual(2 * 2 * chartBuckets(drawnIds.size, budget) * drawnIds.size);
          expect(chart.pointCount - gapPoints, context).toBeLessThanOrEqual(Math.max(budget, 50 * drawnIds.size));
          expect(new Set(chart.series.map((s) => s.sourceId)), context).toEqual(new Set(full.map((p) => p.sourceId)));
          for (const series of chart.series) {
            const drawnShape = shape(series.points.map((p) => ({ ...p, best: p.y, gap: p.y === null })));
            expect(drawnShape, `${context}, source ${series.sourceId}`).toEqual(ofRows(full.filter((p) => p.sourceId === series.sourceId)));
          }
          // The latest claim of each source (the table on a domain page) is the full series' latest.
          const lastOf = (rows: readonly ClaimRow[]) => new Map(rows.map((p) => [p.sourceId, p.figureId]));
          expect(lastOf(data.points), context).toEqual(lastOf(full));
        }
      }
    }
    console.log(`bucketed charts: ${bucketed}; the largest read ${largest.read} rows of ${largest.full}`);
    expect(bucketed).toBeGreaterThan(5);
    expect(long).toBeGreaterThan(0);
  }, 300_000);

  it("EXPLAIN: no sequential scan of figure and no sort spilling to disk", async () => {
    const [target] = await prisma.$queryRaw<{ indicatorId: number; locationId: number; sourceIds: number[] }[]>`
      SELECT indicator_id AS "indicatorId", location_id AS "locationId", (array_agg(source_id ORDER BY claims DESC))[1:8] AS "sourceIds"
      FROM latest_claim WHERE breakdown = 'total'
      GROUP BY indicator_id, location_id ORDER BY sum(claims) DESC LIMIT 1`;
    await prisma.$executeRaw`ANALYZE figure`;
    const sql = seriesBucketsSql(target!.indicatorId, target!.locationId, target!.sourceIds, parseFilters({}), 50);
    const [row] = await prisma.$queryRaw<{ "QUERY PLAN": [{ Plan: PlanNode }] }[]>(
      Prisma.sql`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${sql}`,
    );
    const nodes: PlanNode[] = [];
    const walk = (node: PlanNode) => {
      nodes.push(node);
      node.Plans?.forEach(walk);
    };
    walk(row!["QUERY PLAN"][0].Plan);
    console.log(
      `plan: ${nodes.map((n) => [n["Node Type"], n["Index Name"] ?? n["Relation Name"], n["Actual Rows"]].filter(Boolean).join(" ")).join(" / ")}`,
    );
    expect(nodes.filter((n) => n["Node Type"] === "Seq Scan" && n["Relation Name"] === "figure")).toEqual([]);
    expect(nodes.filter((n) => n["Sort Space Type"] === "Disk" || (n["Temp Written Blocks"] ?? 0) > 0)).toEqual([]);
    expect(nodes.some((n) => n["Relation Name"] === "figure")).toBe(true);
  });
});

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  "Actual Rows"?: number;
  "Sort Space Type"?: string;
  "Temp Written Blocks"?: number;
  Plans?: PlanNode[];
}
