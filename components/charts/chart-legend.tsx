import type { ChartSeriesMeta } from "./claims-chart";
import { MarkerGlyph } from "./marker";

const strings = {
  label: "Sources",
  marks: "Marks",
  grade: (g: string) => `source reliability grade ${g}`,
  line: "line: a total as of each date (a stock, or a running total since a start)",
  period: "thick bar: a count during a period, from its start to its end (never joined to a line)",
  range: "shaded bar or band: the source's low–high range (drawn at least a few pixels tall)",
  up: "arrow up: “at least” or “more than” (the true number may be higher)",
  down: "arrow down: “at most” or “less than” (the true number may be lower)",
  gap: "✕: the source had no information for that date (not a zero)",
};

/** Which kinds of mark a chart draws, so the key explains only those. */
export interface ChartMarks {
  line: boolean;
  period: boolean;
  range: boolean;
  up: boolean;
  down: boolean;
  gap: boolean;
}

/** The chart's key as plain HTML: each source with its colour, line style, marker and grade, then what the marks mean. */
export function ChartLegend({ series, marks }: { series: ChartSeriesMeta[]; marks?: ChartMarks }) {
  const key = marks
    ? (
        [
          ["line", strings.line],
          ["period", strings.period],
          ["range", strings.range],
          ["up", strings.up],
          ["down", strings.down],
          ["gap", strings.gap],
        ] as const
      ).filter(([k]) => marks[k])
    : [];
  return (
    <>
      <ul className="chart-legend" aria-label={strings.label}>
        {series.map((s) => (
          <li key={s.sourceId}>
            <svg width="28" height="12" aria-hidden="true">
              <line x1="0" y1="6" x2="28" y2="6" stroke={s.style.colour} strokeWidth="3" strokeDasharray={s.style.dash} />
              <MarkerGlyph marker={s.style.marker} cx={14} cy={6} colour={s.style.colour} />
            </svg>
            <span>{s.sourceName}</span>{" "}
            <abbr className="grade" title={strings.grade(s.reliability)}>
              {s.reliability}
            </abbr>
          </li>
        ))}
      </ul>
      {key.length ? (
        <ul className="chart-marks" aria-label={strings.marks}>
          {key.map(([k, text]) => (
            <li key={k}>{text}</li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
