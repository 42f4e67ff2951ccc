// A chart of competing claims with its legend, the table of the same numbers ("view as
// table", a <details> that works without JavaScript), a CSV download and the embed code, as
// one <figure>. Server component: it shapes and downsamples the series on the server and hands
// the client chart plain arrays.
import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { PAGE_LIMITS, type ClaimsOverTime } from "@/lib/data/series";
import type { ClaimRow } from "@/lib/domain/claim";
import { gapsBySource, prepareChart, seriesThreshold } from "@/lib/domain/dashboard";
import { publicOrigin } from "@/lib/env";
import { indicatorName, indicatorUnit, placeName } from "@/lib/domain/localized";
import { Link } from "@/lib/i18n/navigation";
import { ChartLegend, type ChartMarks } from "./chart-legend";
import { openEnd } from "@/lib/domain/chart-series";
import type { ChartSeriesMeta } from "./claims-chart";
import { ClaimsTable } from "./claims-table";
import { EmbedCode } from "./embed-code";
import { LazyClaimsChart } from "./lazy-claims-chart";
import { assignSeriesStyles } from "./palette";

/** Up to this many claims the table lists every one; above, each drawn source's latest, and the download has the rest. */
export const TABLE_ALL_CLAIMS = 100;

/** Marks a date a source had no information for (a symbol, the same in every language). */
const GAP_MARK = "✕";

/** Each source's latest claim (the last of its points, which come oldest first), in the series' order. */
function latestPerSource(points: readonly ClaimRow[], order: readonly number[]): ClaimRow[] {
  const latest = new Map<number, ClaimRow>();
  for (const point of points) latest.set(point.sourceId, point);
  return order.flatMap((id) => latest.get(id) ?? []);
}

export interface ClaimsFigureProps {
  data: ClaimsOverTime;
  /** The figure's id, also the base of its heading's id. */
  id?: string;
  title?: string;
  headingLevel?: 2 | 3;
  csvHref?: string;
  embed?: { src: string; title: string };
  emptyText?: string;
  /** Shown under the empty state, e.g. a link to a larger place. */
  emptyExtra?: ReactNode;
  /**
   * "all": the table lists every claim up to TABLE_ALL_CLAIMS (else each drawn source's latest).
   * "latest": always each drawn source's latest claim (at most PAGE_LIMITS.chartSources rows), with
   * a link to `fullHref`, where the indicator is shown in full (a domain page: see its header).
   */
  table?: "all" | "latest";
  fullHref?: string;
  /** Points the chart sends at most, over its series (default CHART_POINT_BUDGET). */
  pointBudget?: number;
}

export function ClaimsFigure({
  data,
  id,
  title: titleOverride,
  headingLevel = 2,
  csvHref,
  embed,
  emptyText,
  emptyExtra,
  table = "all",
  fullHref,
  pointBudget,
}: ClaimsFigureProps) {
  const t = useTranslations("charts");
  const locale = useLocale();
  const title =
    titleOverride ?? t("figure.title", { indicator: indicatorName(data.indicator, locale), place: placeName(data.location, locale) });
  const drawnSources = new Set(data.points.map((p) => p.sourceId)).size;
  const chart = prepareChart(data.points, pointBudget === undefined ? undefined : seriesThreshold(drawnSources, pointBudget));
  // Ids in ascending order everywhere, so a source keeps its colour from chart to chart.
  const styles = assignSeriesStyles(chart.series.map((s) => s.sourceId).sort((a, b) => a - b));
  const series: ChartSeriesMeta[] = chart.series.map((s) => ({
    sourceId: s.sourceId,
    sourceName: s.sourceName,
    reliability: s.reliability,
    style: styles.get(s.sourceId)!,
  }));
  const gaps = data.points.filter((p) => p.noInformation);
  const withNumbers = data.points.filter((p) => !p.noInformation && p.best !== null);
  const isPeriod = (p: ClaimRow) => data.indicator.measure === "period" || p.periodStart !== null;
  const marks: ChartMarks = {
    line: withNumbers.some((p) => !isPeriod(p)),
    period: withNumbers.some(isPeriod),
    range: withNumbers.some((p) => p.low !== null && p.high !== null && p.low < p.high),
    up: withNumbers.some((p) => openEnd(p.qualifier) === 1),
    down: withNumbers.some((p) => openEnd(p.qualifier) === -1),
    gap: gaps.length > 0,
  };
  const tableIsComplete = table === "all" && data.complete && data.points.length <= TABLE_ALL_CLAIMS && data.notDrawn.sources === 0;
  const gapSources = gapsBySource(
    gaps,
    chart.series.map((s) => s.sourceId),
  )
    .map(({ name, dates, earlier }) => `${name} (${t("figure.gapDates", { dates: dates.join(", "), earlier })})`)
    .join("; ");
  const headingId = `${id ?? `chart-${data.indicator.slug}-${data.location.pcode}`}-title`;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <figure className="card chart-card" aria-labelledby={headingId} id={id}>
      <figcaption>
        <Heading id={headingId}>{title}</Heading>
        <p className="card__meta">{t("figure.explainer")}</p>
      </figcaption>
      {data.points.length === 0 ? (
        <div className="empty-state">
          <p>{emptyText ?? t("figure.empty")}</p>
          {emptyExtra}
        </div>
      ) : (
        <>
          <LazyClaimsChart
            title={title}
            data={chart.compact}
            series={series}
            unit={indicatorUnit(data.indicator, locale)}
            measure={data.indicator.measure}
          />
          <ChartLegend series={series} marks={marks} />
          {data.notDrawn.sources > 0 ? (
            <p className="card__meta">
              {t("figure.notDrawn", { drawn: PAGE_LIMITS.chartSources, sources: data.notDrawn.sources, claims: data.notDrawn.claims })}
            </p>
          ) : null}
          {gaps.length > 0 ? (
            <p className="gap-note">
              <span aria-hidden="true">{GAP_MARK} </span>
              {t("figure.noInformation", { names: gapSources })}
            </p>
          ) : null}
          <details className="table-details">
            {tableIsComplete ? (
              <>
                <summary>{t("viewTable", { count: data.points.length })}</summary>
                <ClaimsTable title={title} points={data.points} />
              </>
            ) : (
              <>
                <summary>
                  {fullHref
                    ? t("figure.viewLatestHere", { sources: chart.series.length, claims: data.totalClaims })
                    : t("figure.viewLatest", { sources: chart.series.length, claims: data.totalClaims })}
                </summary>
                <ClaimsTable
                  caption={t("figure.latestCaption", { title })}
                  points={latestPerSource(
                    data.points,
                    chart.series.map((s) => s.sourceId),
                  )}
                />
                {fullHref ? (
                  <p>
                    <Link href={fullHref}>{t("figure.everyClaim", { indicator: indicatorName(data.indicator, locale) })}</Link>
                  </p>
                ) : null}
              </>
            )}
          </details>
        </>
      )}
      {data.points.length > 0 && (csvHref || embed) ? (
        <div className="figure-actions">
          {csvHref ? (
            <a className="button" href={csvHref} download>
              {t("downloadCsv")}
            </a>
          ) : null}
          {embed ? <EmbedCode url={`${publicOrigin()}${embed.src}`} title={embed.title} /> : null}
        </div>
      ) : null}
    </figure>
  );
}
