"use client";
// The sources of a chart's key (./chart-legend.tsx). A client component only for the page's size: as
// a server component, each source's SVG swatch went to the browser twice, as HTML and as its element
// tree in the React payload (~5 kB a chart); this way the payload carries only the series (which the
// chart gets anyway). The HTML is the same, server-rendered, with no JavaScript needed to read it.
import type { ChartSeriesMeta } from "./claims-chart";
import { MarkerGlyph } from "./marker";

export function LegendSources({ series, label, grades }: { series: ChartSeriesMeta[]; label: string; grades: Record<string, string> }) {
  return (
    <ul className="chart-legend" aria-label={label}>
      {series.map((s) => (
        <li key={s.sourceId}>
          <svg width="28" height="12" aria-hidden="true">
            <line x1="0" y1="6" x2="28" y2="6" stroke={s.style.colour} strokeWidth="3" strokeDasharray={s.style.dash} />
            <MarkerGlyph marker={s.style.marker} cx={14} cy={6} colour={s.style.colour} />
          </svg>
          <span>{s.sourceName}</span>{" "}
          <abbr className="grade" title={grades[s.reliability]}>
            {s.reliability}
          </abbr>
        </li>
      ))}
    </ul>
  );
}
