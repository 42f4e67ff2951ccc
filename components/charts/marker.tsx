// A series' marker, the same in the chart and in its legend.
import type { Marker } from "./palette";

export function MarkerGlyph({
  marker,
  cx,
  cy,
  r = 4,
  colour,
  className,
}: {
  marker: Marker;
  cx: number;
  cy: number;
  r?: number;
  colour: string;
  className?: string;
}) {
  const filled = { fill: colour, stroke: "#fff", strokeWidth: 1, className };
  const hollow = { fill: "#fff", stroke: colour, strokeWidth: 2, className };
  switch (marker) {
    case "square":
      return <rect x={cx - r} y={cy - r} width={2 * r} height={2 * r} {...filled} />;
    case "hollow-square":
      return <rect x={cx - r + 1} y={cy - r + 1} width={2 * r - 2} height={2 * r - 2} {...hollow} />;
    case "triangle":
      return <polygon points={`${cx},${cy - r - 1} ${cx + r + 1},${cy + r} ${cx - r - 1},${cy + r}`} {...filled} />;
    case "triangle-down":
      return <polygon points={`${cx},${cy + r + 1} ${cx + r + 1},${cy - r} ${cx - r - 1},${cy - r}`} {...filled} />;
    case "diamond":
      return <polygon points={`${cx},${cy - r - 1} ${cx + r + 1},${cy} ${cx},${cy + r + 1} ${cx - r - 1},${cy}`} {...filled} />;
    case "cross":
      return (
        <path
          d={`M${cx - r},${cy - r}L${cx + r},${cy + r}M${cx - r},${cy + r}L${cx + r},${cy - r}`}
          stroke={colour}
          strokeWidth={2.5}
          className={className}
        />
      );
    case "ring":
      return <circle cx={cx} cy={cy} r={r - 0.5} {...hollow} />;
    default:
      return <circle cx={cx} cy={cy} r={r} {...filled} />;
  }
}
