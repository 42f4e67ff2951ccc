import { describe, expect, it } from "vitest";
import { assignSeriesStyles, colourDifference, SERIES_COLOURS } from "./palette";

describe("assignSeriesStyles", () => {
  it("keeps a source's colour from its id and never repeats a colour on one chart while slots last", () => {
    const styles = assignSeriesStyles([3, 11, 19, 4]);
    expect(styles.get(3)?.colour).toBe(SERIES_COLOURS[3]);
    const colours = [...styles.values()].map((s) => s.colour);
    expect(new Set(colours).size).toBe(4);
    const patterns = [...styles.values()].map((s) => `${s.dash}/${s.marker}`);
    expect(new Set(patterns).size).toBe(4);
  });
});

describe("every pair of sources on a chart is distinguishable", () => {
  const distinguishable = (styles: Map<number, { colour: string; dash: string; marker: string }>) => {
    const list = [...styles.entries()];
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [idA, a] = list[i]!;
        const [idB, b] = list[j]!;
        const pair = `sources ${idA} and ${idB}`;
        expect(colourDifference(a.colour, b.colour), pair).toBeGreaterThan(40);
        expect(a.dash, pair).not.toBe(b.dash);
        expect(a.marker, pair).not.toBe(b.marker);
      }
    }
  };

  it("in colour (CIE76 ΔE over 40), dash and marker, for every set of up to 8 source ids", () => {
    // Ids that collide modulo the palette, consecutive ids, and a spread of others.
    const cases = [
      [1, 9, 17, 25, 33, 41, 49, 57],
      [1, 2, 3, 4, 5, 6, 7, 8],
      [12, 5, 40, 7, 31],
      [2, 5], // were OHCHR and OCHA: both orange in the old palette
      [0, 5], // two blues in the old palette
    ];
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let n = 0; n < 200; n++) {
      const size = 2 + Math.floor(random() * 7);
      cases.push([...new Set(Array.from({ length: size }, () => Math.floor(random() * 500)))]);
    }
    for (const ids of cases) distinguishable(assignSeriesStyles(ids));
  });

  it("gives each colour at least 3:1 contrast on white (lines are graphics, WCAG 1.4.11)", () => {
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => {
        const c = parseInt(hex.slice(i, i + 2), 16) / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    for (const colour of SERIES_COLOURS) expect(1.05 / (luminance(colour) + 0.05), colour).toBeGreaterThanOrEqual(3);
  });
});
