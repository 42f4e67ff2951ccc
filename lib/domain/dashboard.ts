// Pure shaping for the public dashboard: the overview cards' headline claims and how many
// sources disagree with them, the breakdown by place, and the server-side preparation of a
// chart (one series per source, downsampled, merged into chart rows).
import { daysBetween, parseCalendarDate } from "./dates";
import { DEFAULT_DOWNSAMPLE_THRESHOLD, downsampleLttb } from "./downsample";
import type { Qualifier, Reliability } from "./enums";
import { compareGrades } from "./grades";
import { compactSeries, groupBySource, type CompactSeries, type FigureRow, type SourcePoint, type SourceSeries } from "./chart-series";
import { groupInto } from "./group";

/** A claim with the place it is about and that place's depth below the selected place (0 = the place itself). */
export interface PlacedClaim extends FigureRow {
  indicatorSlug: string;
  indicatorName: string;
  indicatorNameUk?: string | null;
  unit: string;
  unitUk?: string | null;
  displayOrder: number;
  pcode: string;
  placeName: string;
  placeNameUk?: string | null;
  depth: number;
}

export interface DomainSummary {
  headline: PlacedClaim;
  /** The latest claim of every other source about the same indicator and place, whatever its date, best graded first. */
  others: PlacedClaim[];
  /** The date of the most recent of `others` (null when there are none). */
  latestOther: string | null;
  /** How many of `others` were made within COMPARISON_WINDOW_DAYS of the headline. */
  recent: number;
  /** How many of those recent ones give a range that cannot be reconciled with the headline's. */
  disagreeing: number;
}

/** Other sources' claims count as competing when made within this many days of the headline's date. */
export const COMPARISON_WINDOW_DAYS = 90;

/** Source grades whose claims lead the card when there are any: A (completely reliable) to C (fairly reliable). */
export const WELL_GRADED: readonly Reliability[] = ["A", "B", "C"];

/**
 * The range a claim allows. "At least 8,000" does not contradict "about 12,000", so floors are
 * open upwards and ceilings open downwards.
 */
export function claimInterval(claim: {
  low: number | null;
  best: number | null;
  high: number | null;
  qualifier: Qualifier;
}): [number, number] | null {
  if (claim.best === null) return null;
  const low = claim.low ?? claim.best;
  const high = claim.high ?? claim.best;
  switch (claim.qualifier) {
    case "at_least":
    case "more_than":
      return [low, Number.POSITIVE_INFINITY];
    case "at_most":
    case "less_than":
      return [0, high];
    default:
      return [low, high];
  }
}

/** True when two claims' ranges cannot both be right. Claims without numbers never disagree. */
export function claimsDisagree(a: Parameters<typeof claimInterval>[0], b: Parameters<typeof claimInterval>[0]): boolean {
  const x = claimInterval(a);
  const y = claimInterval(b);
  if (!x || !y) return false;
  return x[1] < y[0] || y[1] < x[0];
}

const dayOf = (iso: string) => parseCalendarDate(iso.slice(0, 10)) ?? new Date(0);

/**
 * Claims that may headline a card, by preference: undisputed claims of well-graded (A–C)
 * sources; else undisputed claims of any source; else undisputed-or-not claims of A–C sources;
 * else every claim. A disputed claim or a weakly graded source leads only when nothing better
 * was said.
 */
export function headlineCandidates<T extends { reliability: Reliability; verification: string }>(claims: readonly T[]): T[] {
  const undisputed = claims.filter((c) => c.verification !== "disputed");
  const wellGraded = (list: readonly T[]) => list.filter((c) => WELL_GRADED.includes(c.reliability));
  for (const pool of [wellGraded(undisputed), undisputed, wellGraded(claims)]) if (pool.length) return pool;
  return [...claims];
}

/**
 * The overview card of one domain, from the latest claim of each source for each indicator and
 * place under the selected place. It takes the first indicator (by display order) that has a
 * claim with a number, the place nearest the selected place that has one (the one with the
 * latest claim when several are equally near), and there, of the preferred claims
 * (headlineCandidates: undisputed and A–C first), the best-graded one made within
 * COMPARISON_WINDOW_DAYS of the latest of them (the latest on a tie). Every other source's
 * latest claim there is listed, whatever its date; those within COMPARISON_WINDOW_DAYS of the
 * headline are compared with it. Null when no claim has a number.
 */
export function summarizeDomain(claims: readonly PlacedClaim[]): DomainSummary | null {
  const withNumbers = claims.filter((c) => !c.noInformation && c.best !== null);
  if (withNumbers.length === 0) return null;
  const order = Math.min(...withNumbers.map((c) => c.displayOrder));
  const ofIndicator = withNumbers.filter((c) => c.displayOrder === order);
  const slug = [...ofIndicator].sort((a, b) => a.indicatorSlug.localeCompare(b.indicatorSlug))[0]!.indicatorSlug;
  const sameIndicator = ofIndicator.filter((c) => c.indicatorSlug === slug);
  const depth = Math.min(...sameIndicator.map((c) => c.depth));
  const nearest = sameIndicator.filter((c) => c.depth === depth);
  const latestFirst = (a: PlacedClaim, b: PlacedClaim) => b.asOf.localeCompare(a.asOf) || compareGrades(a, b) || b.figureId - a.figureId;
  const place = [...nearest].sort(latestFirst)[0]!.pcode;
  const atPlace = nearest.filter((c) => c.pcode === place);
  // Of the preferred claims, the latest sets the window; within it the best graded leads, so a
  // newer claim from a weaker source does not push out a recent one from a stronger source.
  const candidates = headlineCandidates(atPlace);
  const latest = [...candidates].sort(latestFirst)[0]!;
  const recentCandidates = candidates.filter((c) => daysBetween(dayOf(c.asOf), dayOf(latest.asOf)) <= COMPARISON_WINDOW_DAYS);
  const headline = [...recentCandidates].sort((a, b) => compareGrades(a, b) || latestFirst(a, b))[0]!;

  const latestPerSource = new Map<number, PlacedClaim>();
  for (const claim of [...atPlace].sort(latestFirst)) {
    if (claim.sourceId === headline.sourceId) continue;
    if (!latestPerSource.has(claim.sourceId)) latestPerSource.set(claim.sourceId, claim);
  }
  const others = [...latestPerSource.values()].sort((a, b) => compareGrades(a, b) || a.sourceName.localeCompare(b.sourceName));
  const recent = others.filter((o) => Math.abs(daysBetween(dayOf(o.asOf), dayOf(headline.asOf))) <= COMPARISON_WINDOW_DAYS);
  const latestOther = others.length
    ? others
        .map((o) => o.asOf.slice(0, 10))
        .sort()
        .at(-1)!
    : null;
  return { headline, others, latestOther, recent: recent.length, disagreeing: recent.filter((o) => claimsDisagree(headline, o)).length };
}

/**
 * Days a claim's "as of" lies before `at` (the chosen date), when more than COMPARISON_WINDOW_DAYS:
 * such a claim is set apart in "places within" (an old baseline is not comparable with a recent
 * count). Null when the claim is recent enough, or there is no chosen date.
 */
export function daysOlderThan(asOf: string, at: string | null): number | null {
  if (!at) return null;
  const days = daysBetween(dayOf(asOf), dayOf(at));
  return days > COMPARISON_WINDOW_DAYS ? days : null;
}

/** One claim in the breakdown by place: the latest claim of one source within one part of the selected place. */
export interface BranchClaim extends FigureRow {
  branchPcode: string;
  branchName: string;
  branchNameUk?: string | null;
  /** The place the claim is about: the branch itself or a place within it. */
  pcode: string;
  placeName: string;
  placeNameUk?: string | null;
}

export interface Branch {
  pcode: string;
  name: string;
  nameUk: string | null;
  claims: BranchClaim[];
}

/** Claims grouped by the part of the selected place they fall in, parts by name, claims best-graded first. */
export function groupByBranch(claims: readonly BranchClaim[]): Branch[] {
  const all = groupInto(
    claims,
    (claim) => claim.branchPcode,
    (claim): Branch => ({ pcode: claim.branchPcode, name: claim.branchName, nameUk: claim.branchNameUk ?? null, claims: [] }),
    (branch, claim) => branch.claims.push(claim),
  ).sort((a, b) => a.name.localeCompare(b.name) || a.pcode.localeCompare(b.pcode));
  for (const branch of all) {
    branch.claims.sort((a, b) => compareGrades(a, b) || a.sourceName.localeCompare(b.sourceName) || a.figureId - b.figureId);
  }
  return all;
}

export interface PreparedChart {
  /** One series per source, downsampled, best-graded first. */
  series: SourceSeries[];
  /** The same series as the browser gets them. */
  compact: CompactSeries[];
  /** Points sent to the browser, over all series. */
  pointCount: number;
}

/**
 * Points one chart sends at most, over all its series: what a chart a few hundred pixels wide can
 * show. A page holds several charts and must stay small whatever the data (the read-path issue's
 * bound is ~300 kB per page at 10 M figures).
 */
export const CHART_POINT_BUDGET = 800;

/**
 * The same for each chart of a domain page, which shows every indicator of the domain (5-6 charts):
 * half, so the charts' numbers stay under ~80 kB of a page of ~300 kB (~32 bytes a point); each
 * series still keeps at least 50 points, its peaks and its gaps. An indicator's own page draws
 * CHART_POINT_BUDGET.
 */
export const DOMAIN_PAGE_CHART_POINT_BUDGET = 400;

/** Each series' share of the budget: at most DEFAULT_DOWNSAMPLE_THRESHOLD, and at least 50 so a line keeps its shape. */
export function seriesThreshold(seriesCount: number, budget: number = CHART_POINT_BUDGET): number {
  return Math.max(50, Math.min(DEFAULT_DOWNSAMPLE_THRESHOLD, Math.floor(budget / Math.max(1, seriesCount))));
}

/**
 * Competing claims ready for the browser: one series per source, each downsampled (peaks and
 * "no information" gaps kept) to its share of the budget, or to `threshold` when given. The
 * table and the CSV use the claims themselves, never these.
 */
export function prepareChart(rows: readonly FigureRow[], threshold?: number): PreparedChart {
  const grouped = groupBySource(rows);
  const perSeries = threshold ?? seriesThreshold(grouped.length);
  const series = grouped.map((s) => ({ ...s, points: downsampleKeepingExtremes(s.points, perSeries) }));
  return { series, compact: series.map(compactSeries), pointCount: series.reduce((n, s) => n + s.points.length, 0) };
}

/**
 * LTTB to `threshold` points, keeping the series' lowest low and highest high (LTTB picks by the
 * best estimate, so it may drop the point that holds the band's edge): the chart's extremes are
 * those of every point given.
 */
export function downsampleKeepingExtremes(points: readonly SourcePoint[], threshold: number): SourcePoint[] {
  if (points.length <= threshold) return points.slice();
  const numeric = points.filter((p) => p.y !== null);
  const lowest = numeric.reduce<SourcePoint | undefined>((a, p) => (!a || (p.low ?? p.y!) < (a.low ?? a.y!) ? p : a), undefined);
  const highest = numeric.reduce<SourcePoint | undefined>((a, p) => (!a || (p.high ?? p.y!) > (a.high ?? a.y!) ? p : a), undefined);
  const extremes = [...new Set([lowest, highest].filter((p) => p !== undefined))];
  const sampled = new Set(downsampleLttb(points, Math.max(3, threshold - extremes.length)));
  for (const p of extremes) sampled.add(p);
  return [...sampled].sort((a, b) => a.x - b.x || a.figureId - b.figureId);
}

/**
 * "No information" dates named per source under the chart: its latest few, then how many earlier
 * (the chart marks each with ✕, the download lists them all), so the note stays a line or two
 * whatever the data (at 10 M figures a busy place had ~75 gaps a chart, ~6 kB of HTML and payload).
 */
export const GAP_DATES_PER_SOURCE = 3;

/** Each source's "no information" dates, in the series' order: its latest GAP_DATES_PER_SOURCE (oldest first) and how many earlier. */
export function gapsBySource(gaps: readonly Pick<FigureRow, "sourceId" | "sourceName" | "asOf">[], order: readonly number[]) {
  const bySource = new Map<number, { name: string; dates: string[] }>();
  for (const gap of gaps) {
    const entry = bySource.get(gap.sourceId) ?? { name: gap.sourceName, dates: [] };
    if (entry.dates.at(-1) !== gap.asOf) entry.dates.push(gap.asOf);
    bySource.set(gap.sourceId, entry);
  }
  const ids = [...order.filter((id) => bySource.has(id)), ...[...bySource.keys()].filter((id) => !order.includes(id))];
  return ids.map((id) => {
    const { name, dates } = bySource.get(id)!;
    return { name, dates: dates.slice(-GAP_DATES_PER_SOURCE), earlier: Math.max(0, dates.length - GAP_DATES_PER_SOURCE) };
  });
}
