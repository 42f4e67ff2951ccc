// Shaping published figures for the charts: one series per source (competing claims side by
// side), then one row per date with a column pair per source for a recharts ComposedChart:
//   <Area dataKey={keys.range} />   the low-high band ([low, high])
//   <Line dataKey={keys.best} />    the best estimate
// Use a numeric time axis (<XAxis type="number" dataKey="x" scale="time" />) so dates are
// spaced by time, not by row.
//
// Measure kinds: a stock (as of a date) and a running total (since a start) are levels, drawn as
// a line with its band. A count during a period (a figure with periodStart, or any figure of a
// "period" indicator) is drawn as an interval mark spanning its period (periodMarks) and never
// enters the line: joining 3,000 evacuated in one week to 1,300,000 evacuated since 2022 would
// draw a fall that never happened.
import { formatFor, type Format } from "@/lib/i18n/format";
import { daysBetween, parseCalendarDate } from "./dates";
import type { MeasureKind, Qualifier, Reliability, VerificationStatus } from "./enums";
import type { FigureRow } from "./claim";
import { compareReliability } from "./grades";
import { groupInto } from "./group";

export type { FigureRow } from "./claim";

/** A chart point; `y` is the best estimate, null for "no information". Fits downsampleLttb. */
export interface SourcePoint {
  x: number;
  y: number | null;
  asOf: string;
  low: number | null;
  high: number | null;
  figureId: number;
  qualifier: Qualifier;
  credibility: number;
  verification: VerificationStatus;
  /** Start of the period counted (ms), or null for a stock or running total as of `x`. */
  start: number | null;
}

export interface SourceSeries {
  sourceId: number;
  sourceName: string;
  reliability: Reliability;
  points: SourcePoint[];
}

/** One series per source, most reliable source first (then by name), each sorted by date. */
export function groupBySource(rows: readonly FigureRow[]): SourceSeries[] {
  const all = groupInto(
    rows,
    (row) => row.sourceId,
    (row): SourceSeries => ({ sourceId: row.sourceId, sourceName: row.sourceName, reliability: row.reliability, points: [] }),
    (series, row) => series.points.push(toPoint(row)),
  );
  for (const series of all) series.points.sort((a, b) => a.x - b.x || a.figureId - b.figureId);
  return all.sort(
    (a, b) => compareReliability(a.reliability, b.reliability) || a.sourceName.localeCompare(b.sourceName) || a.sourceId - b.sourceId,
  );
}

function toPoint(row: FigureRow): SourcePoint {
  const date = parseCalendarDate(row.asOf.slice(0, 10));
  if (!date) throw new Error(`Figure ${row.figureId} has an unreadable asOf date: ${row.asOf}`);
  const hasNumbers = !row.noInformation && row.best !== null;
  const start = row.periodStart ? parseCalendarDate(row.periodStart.slice(0, 10)) : null;
  return {
    start: start ? start.getTime() : null,
    x: date.getTime(),
    y: hasNumbers ? row.best : null,
    asOf: row.asOf.slice(0, 10),
    low: hasNumbers ? row.low : null,
    high: hasNumbers ? row.high : null,
    figureId: row.figureId,
    qualifier: row.qualifier,
    credibility: row.credibility,
    verification: row.verification,
  };
}

const DAY_MS = 86_400_000;

/**
 * A series as a page sends it to the browser: parallel arrays with one entry per point drawn, and
 * never a date x source grid (the browser merges the series into rows itself, mergeForChart). Each
 * number is written as few digits as it takes (a page at 10 M figures holds ~2,500 of these points):
 * - `day`: the first point's date as days since 1970-01-01 UTC, then days since the point before
 *   (points are oldest first; 0 for a second claim the same day);
 * - `best`: the best estimate, null for "no information" (a gap, never a zero);
 * - `low` / `high`: how far the range reaches below / above the best estimate (0 without a range),
 *   left out when no point has one;
 * - no figure ids: the chart draws and names claims, the table and the figure pages link them.
 */
export interface CompactSeries {
  sourceId: number;
  day: number[];
  best: (number | null)[];
  low?: number[];
  high?: number[];
  /** Only when some point counts a period: 1 + days from the period's first day to its "as of" date; 0 for a level. */
  start?: number[];
  /** Only when some point is open-ended: 1 "at least / more than", -1 "at most / less than", 0 otherwise. */
  open?: OpenEnd[];
}

/** Which way a claim's range is open: up for "at least / more than", down for "at most / less than". */
export type OpenEnd = -1 | 0 | 1;

export function openEnd(qualifier: Qualifier): OpenEnd {
  return qualifier === "at_least" || qualifier === "more_than" ? 1 : qualifier === "at_most" || qualifier === "less_than" ? -1 : 0;
}

const qualifierOfOpenEnd = (open: OpenEnd): Qualifier => (open === 1 ? "at_least" : open === -1 ? "at_most" : "exact");

export function compactSeries(series: SourceSeries): CompactSeries {
  const { points } = series;
  const days = points.map((p) => Math.round(p.x / DAY_MS));
  const compact: CompactSeries = {
    sourceId: series.sourceId,
    day: days.map((day, i) => (i === 0 ? day : day - days[i - 1]!)),
    best: points.map((p) => p.y),
  };
  // Left out when unused, so a page's size does not grow with arrays of nulls and zeros.
  const below = points.map((p) => (p.y === null || p.low === null ? 0 : p.y - p.low));
  const above = points.map((p) => (p.y === null || p.high === null ? 0 : p.high - p.y));
  if (below.some((n) => n !== 0)) compact.low = below;
  if (above.some((n) => n !== 0)) compact.high = above;
  if (points.some((p) => p.start !== null))
    compact.start = points.map((p, i) => (p.start === null ? 0 : 1 + days[i]! - Math.round(p.start / DAY_MS)));
  if (points.some((p) => openEnd(p.qualifier) !== 0)) compact.open = points.map((p) => openEnd(p.qualifier));
  return compact;
}

/**
 * The points of a compact series, as mergeForChart takes them (grades are not needed to draw). The
 * browser has no figure ids: `figureId` is the point's place in its series, which keeps two claims
 * of one day in the order the server sorted them (by figure id).
 */
export function expandSeries(compact: CompactSeries): Pick<SourceSeries, "sourceId" | "points"> {
  let day = 0;
  return {
    sourceId: compact.sourceId,
    points: compact.day.map((step, i) => {
      day += step;
      const x = day * DAY_MS;
      const best = compact.best[i] ?? null;
      const start = compact.start?.[i];
      return {
        x,
        y: best,
        asOf: new Date(x).toISOString().slice(0, 10),
        low: best === null ? null : best - (compact.low?.[i] ?? 0),
        high: best === null ? null : best + (compact.high?.[i] ?? 0),
        figureId: i,
        start: start ? (day - start + 1) * DAY_MS : null,
        // Only the open end is drawn; the table and the figure's page carry the exact wording.
        qualifier: qualifierOfOpenEnd(compact.open?.[i] ?? 0),
        credibility: 6,
        verification: "reported",
      };
    }),
  };
}

export function seriesKeys(sourceId: number) {
  return {
    best: `s${sourceId}_best`,
    range: `s${sourceId}_range`,
    figureId: `s${sourceId}_figureId`,
  } as const;
}

/**
 * One row per date. For each source:
 * - on a date the source reported: its best estimate, its [low, high] band and its figure id;
 * - on its "no information" date: nulls (the line and band break);
 * - on another source's date, between two of its own figures: values interpolated along its
 *   line and figure id null. Without them recharts would break every line at every date
 *   where that source did not report. Tooltips must show only rows with a figure id.
 * - before its first or after its last figure, or next to a "no information" gap: nulls.
 */
export type ChartRow = {
  date: string;
  x: number;
  [best: `s${number}_best`]: number | null;
  [range: `s${number}_range`]: [number, number] | null;
  [figureId: `s${number}_figureId`]: number | null;
};

/** True when a point is a count during a period (an interval mark), never a point of a line. */
export function isPeriodCount(point: Pick<SourcePoint, "start">, measure: MeasureKind = "stock"): boolean {
  return measure === "period" || point.start !== null;
}

/** A count during a period, drawn from `x1` (its start; `x2` when unknown) to `x2` (its "as of") at `y`. */
export interface PeriodMark {
  sourceId: number;
  figureId: number;
  x1: number;
  x2: number;
  y: number;
  low: number;
  high: number;
  open: OpenEnd;
}

/** The period counts of each series, as interval marks (counts with no number are left out: the gap notes list them). */
export function periodMarks(series: readonly Pick<SourceSeries, "sourceId" | "points">[], measure: MeasureKind = "stock"): PeriodMark[] {
  return series.flatMap(({ sourceId, points }) =>
    points
      .filter((p) => isPeriodCount(p, measure) && p.y !== null)
      .map((p) => ({
        sourceId,
        figureId: p.figureId,
        x1: p.start ?? p.x,
        x2: p.x,
        y: p.y!,
        low: p.low ?? p.y!,
        high: p.high ?? p.y!,
        open: openEnd(p.qualifier),
      })),
  );
}

/**
 * Rows for the lines: only levels (stocks and running totals) enter them; period counts are
 * left to periodMarks, so a line never passes through one.
 */
export function mergeForChart(series: readonly Pick<SourceSeries, "sourceId" | "points">[], measure: MeasureKind = "stock"): ChartRow[] {
  const levels = series.map((s) => ({ sourceId: s.sourceId, points: s.points.filter((p) => !isPeriodCount(p, measure)) }));
  const dates = new Map<number, string>();
  for (const { points } of levels) for (const point of points) dates.set(point.x, point.asOf);
  const rows: ChartRow[] = [...dates.entries()].sort(([a], [b]) => a - b).map(([x, date]) => ({ date, x }));

  for (const { sourceId, points } of levels) {
    const keys = seriesKeys(sourceId);
    const own = latestPerDate(points);
    let nextIndex = 0; // first own point at or after the current row
    for (const row of rows) {
      while (nextIndex < own.length && (own[nextIndex] as SourcePoint).x < row.x) nextIndex++;
      const next = own[nextIndex];
      const previous = own[nextIndex - 1];
      if (next && next.x === row.x) {
        row[keys.best] = next.y;
        row[keys.range] = next.y === null ? null : [next.low ?? next.y, next.high ?? next.y];
        row[keys.figureId] = next.figureId;
      } else {
        const between = previous && next ? interpolate(previous, next, row.x) : null;
        row[keys.best] = between?.best ?? null;
        row[keys.range] = between?.range ?? null;
        row[keys.figureId] = null;
      }
    }
  }
  return rows;
}

/** When a source has two figures for one date, the later entry (higher figure id) is drawn. */
function latestPerDate(points: readonly SourcePoint[]): SourcePoint[] {
  const byDate = new Map<number, SourcePoint>();
  for (const point of points) {
    const kept = byDate.get(point.x);
    if (!kept || point.figureId > kept.figureId) byDate.set(point.x, point);
  }
  return [...byDate.values()].sort((a, b) => a.x - b.x);
}

function interpolate(a: SourcePoint, b: SourcePoint, x: number): { best: number; range: [number, number] } | null {
  if (a.y === null || b.y === null) return null;
  const share = (x - a.x) / (b.x - a.x);
  const along = (from: number, to: number) => from + (to - from) * share;
  return {
    best: along(a.y, b.y),
    range: [along(a.low ?? a.y, b.low ?? b.y), along(a.high ?? a.y, b.high ?? b.y)],
  };
}

export const FRESHNESS_LEVELS = ["fresh", "ageing", "stale"] as const;
export type FreshnessLevel = (typeof FRESHNESS_LEVELS)[number];

/** Up to this many days old a figure is "fresh", then "ageing"; older is "stale". */
export const FRESHNESS_LIMITS = { fresh: 30, ageing: 90 } as const;

/**
 * How old an "as of" date is on `today`, in calendar days, with its level; labels are in
 * `messages.freshness` and `messages.age`. A date after today counts as 0 days old.
 */
export function freshness(asOf: string | Date, today: Date): { days: number; level: FreshnessLevel } {
  const date = typeof asOf === "string" ? parseCalendarDate(asOf.slice(0, 10)) : asOf;
  if (!date) throw new Error(`Unreadable "as of" date: ${String(asOf)}`);
  const days = Math.max(0, daysBetween(date, today));
  const level = days <= FRESHNESS_LIMITS.fresh ? "fresh" : days <= FRESHNESS_LIMITS.ageing ? "ageing" : "stale";
  return { days, level };
}

export type TickUnit = "day" | "month" | "year";

/**
 * Ticks of a time axis from `min` to `max` (ms, UTC), at most `maxTicks`, each on a whole day,
 * month or year, so no two ticks ever read the same ("Aug 2022" twice): the finest of 1, 2, 7 or
 * 14 days, 1, 2, 3 or 6 months, or 1, 2, 5, 10 or 20 years that fits.
 */
export function timeTicks(min: number, max: number, maxTicks = 6): { ticks: number[]; unit: TickUnit } {
  if (!(max > min)) return { ticks: [min], unit: "day" };
  const steps: Array<[TickUnit, number]> = [
    ["day", 1],
    ["day", 2],
    ["day", 7],
    ["day", 14],
    ["month", 1],
    ["month", 2],
    ["month", 3],
    ["month", 6],
    ["year", 1],
    ["year", 2],
    ["year", 5],
    ["year", 10],
    ["year", 20],
  ];
  for (const [unit, step] of steps) {
    const ticks = ticksOf(unit, step, min, max, maxTicks + 1);
    if (ticks.length <= maxTicks) return { ticks: ticks.length ? ticks : [min], unit };
  }
  return { ticks: [min, max], unit: "year" };
}

function ticksOf(unit: TickUnit, step: number, min: number, max: number, limit: number): number[] {
  const start = new Date(min);
  let y = start.getUTCFullYear();
  let m = start.getUTCMonth();
  const d = start.getUTCDate();
  const ticks: number[] = [];
  if (unit === "day") {
    for (let t = Date.UTC(y, m, d); t <= max && ticks.length < limit; t += step * DAY_MS) if (t >= min) ticks.push(t);
    return ticks;
  }
  if (unit === "month") {
    m = Math.ceil(m / step) * step;
    for (let t = Date.UTC(y, m, 1); t <= max && ticks.length < limit; m += step, t = Date.UTC(y, m, 1)) if (t >= min) ticks.push(t);
    return ticks;
  }
  y = Math.ceil(y / step) * step;
  for (let t = Date.UTC(y, 0, 1); t <= max && ticks.length < limit; y += step, t = Date.UTC(y, 0, 1)) if (t >= min) ticks.push(t);
  return ticks;
}

/** A tick's label at its unit, in the reader's language: "3 Aug 2022", "Aug 2022" or "2022" ("3 серп. 2022", "серп. 2022"). */
export function tickLabel(x: number, unit: TickUnit, format: Format = formatFor("en")): string {
  const date = new Date(x);
  return unit === "day" ? format.dayShort(date) : unit === "month" ? format.month(date) : format.year(date);
}
