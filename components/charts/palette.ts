// Series styles that colour-blind readers can tell apart: the Okabe-Ito palette (darkened where
// it is too light on white, with a purple for its yellow), and a dash pattern and a marker per
// slot so that series differ without colour too. A source keeps its slot (sourceId modulo the palette) wherever possible,
// so its colour stays the same from chart to chart.

export const SERIES_COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#9A6700", "#3B8FC2", "#1B1F24", "#6A3D9A"] as const;
export const SERIES_DASHES = ["", "7 3", "2 3", "10 3 2 3", "4 4", "1 2", "12 4", "6 2 2 2"] as const;
export const SERIES_MARKERS = ["circle", "square", "triangle", "diamond", "circle", "square", "triangle", "diamond"] as const;
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
