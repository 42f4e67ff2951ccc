"use client";
// The chart's key. A client component only for the page's size: as a server component, each
// legend's SVG swatches went to the browser twice, as HTML and as their element tree in the React
// payload (~5 kB a chart); this way the payload carries only the series (which the chart gets
// anyway) and which marks are drawn. The HTML is the same, server-rendered, with no JavaScript needed.
import { useTranslations } from "next-intl";
import type { ChartSeriesMeta } from "./claims-chart";
import { MarkerGlyph } from "./marker";

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

/** The chart's key as plain HTML: each source with its colour, line style, marker and grade, then what the marks mean. */
export function ChartLegend({ series, marks }: { series: ChartSeriesMeta[]; marks?: ChartMarks }) {
  const t = useTranslations("charts.legend");
  // Literal keys, so the words this client component reads can be checked (public-client-messages.ts).
  const words: Record<keyof ChartMarks, string> = {
    line: t("line"),
    period: t("period"),
    range: t("range"),
    up: t("up"),
    down: t("down"),
    gap: t("gap"),
  };
  const key = marks ? MARKS.filter((k) => marks[k]).map((k) => [k, words[k]] as const) : [];
  return (
    <>
      <ul className="chart-legend" aria-label={t("label")}>
        {series.map((s) => (
          <li key={s.sourceId}>
            <svg width="28" height="12" aria-hidden="true">
              <line x1="0" y1="6" x2="28" y2="6" stroke={s.style.colour} strokeWidth="3" strokeDasharray={s.style.dash} />
              <MarkerGlyph marker={s.style.marker} cx={14} cy={6} colour={s.style.colour} />
            </svg>
            <span>{s.sourceName}</span>{" "}
            <abbr className="grade" title={t("grade", { grade: s.reliability })}>
              {s.reliability}
            </abbr>
          </li>
        ))}
      </ul>
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
