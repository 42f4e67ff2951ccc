import type { ChartSeriesMeta } from "./claims-chart";

const strings = { label: "Sources", grade: (g: string) => `source reliability grade ${g}` };

/** The chart's key as plain HTML: each source with its colour, line style and grade. */
export function ChartLegend({ series }: { series: ChartSeriesMeta[] }) {
  return (
    <ul className="chart-legend" aria-label={strings.label}>
      {series.map((s) => (
        <li key={s.sourceId}>
          <svg width="28" height="12" aria-hidden="true">
            <line x1="0" y1="6" x2="28" y2="6" stroke={s.style.colour} strokeWidth="3" strokeDasharray={s.style.dash} />
          </svg>
          <span>{s.sourceName}</span>{" "}
          <abbr className="grade" title={strings.grade(s.reliability)}>
            {s.reliability}
          </abbr>
        </li>
      ))}
    </ul>
  );
}
