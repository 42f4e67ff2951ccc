import { describe, expect, it } from "vitest";
import { assignSeriesStyles, SERIES_COLOURS } from "./palette";

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
