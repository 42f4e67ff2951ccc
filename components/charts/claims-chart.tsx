"use client";
// Competing claims over time: one series per source, its best estimate as a line and its
// low-high range as a band. "No information" breaks the line (a gap), never a zero.
// The page sends each series as compact parallel arrays; the rows recharts draws from (one per
// date, a column pair per source) are built here, in the browser.
import { useLocale, useTranslations } from "next-intl";
import { Fragment, useEffect, useMemo, useRef } from "react";
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceArea,
  ReferenceDot,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  useYAxisScale,
} from "recharts";
import {
  expandSeries,
  isPeriodCount,
  mergeForChart,
  openEnd,
  periodMarks,
  seriesKeys,
  tickLabel,
  timeTicks,
  type ChartRow,
  type CompactSeries,
  type OpenEnd,
} from "@/lib/domain/chart-series";
import type { MeasureKind } from "@/lib/domain/enums";
import { formatFor } from "@/lib/i18n/format";
import { MarkerGlyph } from "./marker";
import type { Marker, SeriesStyle } from "./palette";
import type { Qualifier } from "@/lib/domain/enums";

const openEndOf = (qualifier: Qualifier | undefined): OpenEnd => (qualifier ? openEnd(qualifier) : 0);

export interface ChartSeriesMeta {
  sourceId: number;
  sourceName: string;
  reliability: string;
  style: SeriesStyle;
}

/** Marks a date a source had no information for (a symbol, the same in every language). */
const GAP_MARK = "✕";
/** The colour of a mark whose source has no style (never expected). */
const NEUTRAL = "#4a5360";
/** Where recharts puts the unit and the gap marks. */
const UNIT_LABEL_POSITION = "insideLeft";
const GAP_LABEL_POSITION = "insideTop";

/** "At least / more than": an arrow up from the mark; "at most / less than": down. */
function OpenEndArrow({ cx, cy, open, colour }: { cx: number; cy: number; open: OpenEnd; colour: string }) {
  if (open === 0) return null;
  const tip = cy - open * 18;
  const head = tip + open * 5;
  return (
    <g>
      <line x1={cx} y1={cy - open * 5} x2={cx} y2={tip} stroke={colour} strokeWidth={2} />
      <polygon points={`${cx},${tip} ${cx - 4},${head} ${cx + 4},${head}`} fill={colour} />
    </g>
  );
}

/** Height a low–high range keeps on screen whatever the scale, in pixels. */
export const MIN_RANGE_PX = 8;

/**
 * A claim's low–high range as a bar at its mark, never thinner than MIN_RANGE_PX: a range of
 * 4,700–4,850 on an axis to 1,300,000 would otherwise vanish into its line.
 */
function RangeBar({ cx, cy, low, high, colour }: { cx: number; cy: number; low: number; high: number; colour: string }) {
  const scale = useYAxisScale();
  if (!scale || !(high > low)) return null;
  const top = scale(high);
  const bottom = scale(low);
  if (top === undefined || bottom === undefined || Number.isNaN(top) || Number.isNaN(bottom)) return null;
  const height = Math.max(MIN_RANGE_PX, bottom - top);
  const y = bottom - top >= MIN_RANGE_PX ? top : cy - height / 2;
  return <rect x={cx - 3} y={y} width={6} height={height} fill={colour} fillOpacity={0.35} stroke={colour} strokeOpacity={0.6} />;
}

function MarkerShape({
  cx,
  cy,
  marker,
  colour,
  open = 0,
  range,
  kind = "line",
}: {
  kind?: "line" | "period";
  cx?: number;
  cy?: number;
  marker: Marker;
  colour: string;
  open?: OpenEnd;
  range?: [number, number] | null;
}) {
  if (cx === undefined || cy === undefined || Number.isNaN(cx) || Number.isNaN(cy)) return null;
  // One marker per claim drawn, classed by kind (the e2e oracles count them).
  const shape = <MarkerGlyph marker={marker} cx={cx} cy={cy} colour={colour} className={`chart-marker chart-marker--${kind}`} />;
  return (
    <g>
      {range ? <RangeBar cx={cx} cy={cy} low={range[0]} high={range[1]} colour={colour} /> : null}
      <OpenEndArrow cx={cx} cy={cy} open={open} colour={colour} />
      {shape}
    </g>
  );
}

interface TooltipEntry {
  payload?: ChartRow;
}

function ClaimsTooltip({ active, payload, series }: { active?: boolean; payload?: TooltipEntry[]; series: ChartSeriesMeta[] }) {
  const t = useTranslations("charts.chart");
  const format = formatFor(useLocale());
  const row = payload?.[0]?.payload;
  if (!active || !row) return null;
  // Rows between a source's own dates carry interpolated values to keep its line whole; only
  // rows that hold one of its figures (figureId set) are that source's claims.
  const claims = series.flatMap((s) => {
    const keys = seriesKeys(s.sourceId);
    if (row[keys.figureId] == null) return [];
    const best = row[keys.best] as number | null;
    const range = row[keys.range] as [number, number] | null;
    return [{ s, best, range }];
  });
  if (!claims.length) return null;
  return (
    <div className="chart-tooltip">
      <p>
        <strong>
          {t("asOf")} {format.dayShort(new Date(row.x))}
        </strong>
      </p>
      <ul>
        {claims.map(({ s, best, range }) => (
          <li key={s.sourceId}>
            <span className="legend-swatch" style={{ background: s.style.colour }} aria-hidden /> {s.sourceName} ({s.reliability}):{" "}
            {best === null ? t("noInformation") : format.count(best)}
            {range && range[0] !== range[1] ? `, ${t("range", { low: format.count(range[0]), high: format.count(range[1]) })}` : ""}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A date a source had no information for: marked on the chart, never drawn as zero. */
export interface ChartGap {
  x: number;
  sourceId: number;
}

export interface ClaimsChartProps {
  data: CompactSeries[];
  series: ChartSeriesMeta[];
  unit: string;
  title: string;
  /** How the indicator's numbers are drawn: levels as lines, period counts as interval marks. */
  measure?: MeasureKind;
}

/**
 * Keeps a chart one Tab stop: Chromium makes recharts' layer groups (<g>) keyboard-focusable, which
 * added eight unnamed stops per chart. They are taken out of the Tab order (tabindex -1), also when
 * recharts adds layers later; the <svg> itself stays the one named, described stop.
 */
function useOneTabStop() {
  const frame = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = frame.current;
    if (!element) return;
    const untab = () => {
      for (const g of element.querySelectorAll("svg g:not([tabindex])")) g.setAttribute("tabindex", "-1");
    };
    untab();
    const observer = new MutationObserver(untab);
    observer.observe(element, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, []);
  return frame;
}

export function ClaimsChart({ data, series, unit, title, measure = "stock" }: ClaimsChartProps) {
  const frame = useOneTabStop();
  const t = useTranslations("charts.chart");
  const format = formatFor(useLocale());
  const { rows, gaps, marks, openAt, withLine } = useMemo(() => {
    const expanded = data.map(expandSeries);
    const gaps: ChartGap[] = expanded.flatMap((s) => s.points.filter((p) => p.y === null).map((p) => ({ x: p.x, sourceId: s.sourceId })));
    // Open ends of the line's claims, by source and point (the dot renderer sees only the row).
    const openAt = new Map(expanded.map((s) => [s.sourceId, new Map(s.points.map((p) => [p.figureId, p.qualifier] as const))] as const));
    // Sources with a stock or running total get a line and band; one with only period counts has none.
    const withLine = new Set(expanded.filter((s) => s.points.some((p) => !isPeriodCount(p, measure))).map((s) => s.sourceId));
    return { rows: mergeForChart(expanded, measure), gaps, marks: periodMarks(expanded, measure), openAt, withLine };
  }, [data, measure]);
  const lineSeries = series.filter((s) => withLine.has(s.sourceId));
  const colourOf = new Map(series.map((s) => [s.sourceId, s.style.colour]));
  const styleOf = new Map(series.map((s) => [s.sourceId, s.style]));
  // Ticks on whole days, months or years, so two ticks never read the same ("Aug 2022" twice).
  const xs = [...rows.map((r) => r.x), ...marks.flatMap((m) => [m.x1, m.x2]), ...gaps.map((g) => g.x)];
  const { ticks, unit: tickUnit } = xs.length ? timeTicks(Math.min(...xs), Math.max(...xs)) : { ticks: [], unit: "day" as const };
  return (
    <div className="chart-frame" ref={frame}>
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart
          data={rows}
          margin={{ top: 24, right: 44, bottom: 5, left: 10 }}
          title={title}
          desc={t("description", { count: series.length })}
        >
          <CartesianGrid stroke="#e4e7eb" vertical={false} />
          <XAxis
            dataKey="x"
            type="number"
            scale="time"
            domain={["dataMin", "dataMax"]}
            ticks={ticks}
            interval={0}
            tickFormatter={(x: number) => tickLabel(x, tickUnit, format)}
          />
          <YAxis
            tickFormatter={(y: number) => format.count(y)}
            width={80}
            label={{ value: unit, angle: -90, position: UNIT_LABEL_POSITION, offset: 0 }}
          />
          <Tooltip content={<ClaimsTooltip series={series} />} />
          {gaps.map((gap) => (
            <ReferenceLine
              key={`gap-${gap.sourceId}-${gap.x}`}
              x={gap.x}
              stroke={colourOf.get(gap.sourceId) ?? NEUTRAL}
              strokeDasharray="2 3"
              ifOverflow="extendDomain"
              label={{
                value: GAP_MARK,
                position: GAP_LABEL_POSITION,
                fill: colourOf.get(gap.sourceId) ?? NEUTRAL,
                fontSize: 14,
                fontWeight: 700,
              }}
            />
          ))}
          {lineSeries.map((s) => (
            <Area
              key={`band-${s.sourceId}`}
              dataKey={seriesKeys(s.sourceId).range}
              name={t("seriesRange", { source: s.sourceName })}
              stroke="none"
              fill={s.style.colour}
              fillOpacity={0.14}
              connectNulls={false}
              isAnimationActive={false}
              activeDot={false}
            />
          ))}
          {marks.map((m) => {
            const style = styleOf.get(m.sourceId);
            const colour = style?.colour ?? NEUTRAL;
            const key = `period-${m.sourceId}-${m.figureId}`;
            return (
              <Fragment key={key}>
                {m.x1 < m.x2 && m.low < m.high ? (
                  <ReferenceArea
                    x1={m.x1}
                    x2={m.x2}
                    y1={m.low}
                    y2={m.high}
                    fill={colour}
                    fillOpacity={0.14}
                    stroke="none"
                    ifOverflow="extendDomain"
                  />
                ) : null}
                {m.x1 < m.x2 ? (
                  <ReferenceLine
                    segment={[
                      { x: m.x1, y: m.y },
                      { x: m.x2, y: m.y },
                    ]}
                    stroke={colour}
                    strokeWidth={4}
                    ifOverflow="extendDomain"
                  />
                ) : null}
                <ReferenceDot
                  x={m.x2}
                  y={m.y}
                  ifOverflow="extendDomain"
                  shape={(props: { cx?: number; cy?: number }) => (
                    <MarkerShape
                      cx={props.cx}
                      cy={props.cy}
                      marker={style?.marker ?? "circle"}
                      colour={colour}
                      open={m.open}
                      range={[m.low, m.high]}
                      kind="period"
                    />
                  )}
                />
              </Fragment>
            );
          })}
          {lineSeries.map((s) => (
            <Line
              key={`line-${s.sourceId}`}
              dataKey={seriesKeys(s.sourceId).best}
              name={s.sourceName}
              stroke={s.style.colour}
              strokeWidth={2}
              strokeDasharray={s.style.dash}
              connectNulls={false}
              isAnimationActive={false}
              dot={(props: { cx?: number; cy?: number; index?: number; payload?: ChartRow }) => {
                const isClaim = props.payload?.[seriesKeys(s.sourceId).figureId] != null;
                return isClaim ? (
                  <MarkerShape
                    key={`${s.sourceId}-${props.index}`}
                    cx={props.cx}
                    cy={props.cy}
                    marker={s.style.marker}
                    colour={s.style.colour}
                    open={openEndOf(openAt.get(s.sourceId)?.get(props.payload?.[seriesKeys(s.sourceId).figureId] as number))}
                    range={props.payload?.[seriesKeys(s.sourceId).range] ?? null}
                  />
                ) : (
                  <g key={`${s.sourceId}-${props.index}`} />
                );
              }}
            />
          ))}
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
