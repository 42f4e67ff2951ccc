// A chart of competing claims with its legend and the table of the same numbers, as one
// <figure>. Server component: it shapes the series on the server and hands the client chart
// plain arrays.
import type { ClaimsOverTime } from "@/lib/data/series";
import { groupBySource, mergeForChart } from "@/lib/domain/series";
import { ChartLegend } from "./chart-legend";
import { ClaimsChart, type ChartSeriesMeta } from "./claims-chart";
import { ClaimsTable } from "./claims-table";
import { assignSeriesStyles } from "./palette";

const strings = {
  title: (indicator: string, place: string) => `${indicator} in ${place}: claims by source`,
  explainer:
    "Each line is one source's best estimate; the shaded band around it is that source's low-high range. A break in a line marks a date the source had no information for.",
  empty: "No published figures yet for this indicator and place.",
};

export function ClaimsFigure({ data }: { data: ClaimsOverTime }) {
  const title = strings.title(data.indicator.name, data.location.nameEn);
  const grouped = groupBySource(data.points);
  const styles = assignSeriesStyles(grouped.map((s) => s.sourceId));
  const series: ChartSeriesMeta[] = grouped.map((s) => ({
    sourceId: s.sourceId,
    sourceName: s.sourceName,
    reliability: s.reliability,
    style: styles.get(s.sourceId)!,
  }));
  const headingId = `chart-${data.indicator.slug}-${data.location.pcode}`;
  return (
    <figure className="card" aria-labelledby={headingId}>
      <figcaption>
        <h2 id={headingId}>{title}</h2>
        <p className="card__meta">{strings.explainer}</p>
      </figcaption>
      {data.points.length === 0 ? (
        <p className="empty-state">{strings.empty}</p>
      ) : (
        <>
          <ClaimsChart rows={mergeForChart(grouped)} series={series} unit={data.indicator.unit} />
          <ChartLegend series={series} />
          <ClaimsTable title={title} points={data.points} />
        </>
      )}
    </figure>
  );
}
