// Series styles that colour-blind readers can tell apart: eight colours chosen so that every pair
// differs clearly (CIE76 ΔE over 40) and each has at least 3:1 contrast on white (Okabe-Ito's
// blue, vermillion and black, with a green, magenta, ochre, crimson and purple), and a dash
// pattern and a marker per slot, all different, so that series differ without colour too.
// A source keeps its slot (sourceId modulo the palette) wherever possible, so its colour stays
// the same from chart to chart; on one chart, two sources never share a slot (up to 8 sources,
// PAGE_LIMITS.chartSources).

export const SERIES_COLOURS = ["#0072B2", "#D55E00", "#117733", "#CC3399", "#1B1F24", "#8C6D00", "#A50026", "#5E3C99"] as const;
export const SERIES_DASHES = ["", "7 3", "2 3", "10 3 2 3", "4 4", "1 2", "12 4", "6 2 2 2"] as const;
export const SERIES_MARKERS = ["circle", "square", "triangle", "diamond", "triangle-down", "cross", "ring", "hollow-square"] as const;
export type Marker = (typeof SERIES_MARKERS)[number];

export interface SeriesStyle {
  colour: string;
  dash: string;
  marker: Marker;
}

/** One style per source id; ids that would collide on one chart move to the next free slot. */
export function assignSeriesStyles(sourceIds: readonly number[]): Map<number, SeriesStyle> {
  const slots = SERIES_COLOURS.length;
  const taken = new Set<number>();
  const styles = new Map<number, SeriesStyle>();
  for (const id of sourceIds) {
    let slot = id % slots;
    for (let tries = 0; taken.has(slot) && tries < slots; tries++) slot = (slot + 1) % slots;
    taken.add(slot);
    if (taken.size >= slots) taken.clear(); // more sources than slots: reuse, styles still differ by order
    styles.set(id, { colour: SERIES_COLOURS[slot]!, dash: SERIES_DASHES[slot]!, marker: SERIES_MARKERS[slot]! });
  }
  return styles;
}

/** CIE76 colour difference of two "#rrggbb" colours (sRGB, D65): about 2.3 is just noticeable, over 40 is plainly different. */
export function colourDifference(a: string, b: string): number {
  const [l1, a1, b1] = toLab(a);
  const [l2, a2, b2] = toLab(b);
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}

function toLab(hex: string): [number, number, number] {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}
