import { useTranslations } from "next-intl";
import type { ChartSeriesMeta } from "./claims-chart";
import { LegendSources } from "./legend-sources";

/** Which kinds of mark a chart draws, so the key explains only those. */
export interface ChartMarks {
  line: boolean;
  period: boolean;
  range: boolean;
  up: boolean;
  down: boolean;
  gap: boolean;
}

const MARKS = ["line", "period", "range", "up", "down", "gap"] as const satisfies readonly (keyof ChartMarks)[];

/**
 * The chart's key as plain HTML: each source with its colour, line style, marker and grade (LegendSources,
 * see there why a client component), then what the marks mean.
 */
export function ChartLegend({ series, marks }: { series: ChartSeriesMeta[]; marks?: ChartMarks }) {
  const t = useTranslations("charts.legend");
  const key = marks ? MARKS.filter((k) => marks[k]).map((k) => [k, t(k)] as const) : [];
  const grades = Object.fromEntries(series.map((s) => [s.reliability, t("grade", { grade: s.reliability })]));
  return (
    <>
      <LegendSources series={series} label={t("label")} grades={grades} />
      {key.length ? (
        <ul className="chart-marks" aria-label={t("marks")}>
          {key.map(([k, text]) => (
            <li key={k}>{text}</li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
