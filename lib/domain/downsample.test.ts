import { describe, expect, it } from "vitest";
import { DEFAULT_DOWNSAMPLE_THRESHOLD, downsampleLttb } from "./downsample";

interface Point {
  x: number;
  y: number | null;
  figureId: number;
  low: number | null;
}

function series(length: number, y: (i: number) => number | null): Point[] {
  return Array.from({ length }, (_, i) => {
    const value = y(i);
    return { x: i * 86_400_000, y: value, figureId: 1000 + i, low: value === null ? null : value - 1 };
  });
}

describe("downsampleLttb", () => {
  it("returns short input unchanged", () => {
    const input = series(10, (i) => i);
    const output = downsampleLttb(input, 10);
    expect(output).toEqual(input);
    expect(downsampleLttb(input)).toEqual(input);
    expect(downsampleLttb([])).toEqual([]);
  });

  it("reduces to at most the threshold, 500 by default", () => {
    expect(downsampleLttb(series(10_000, (i) => Math.sin(i / 50) * 1000))).toHaveLength(DEFAULT_DOWNSAMPLE_THRESHOLD);
    expect(
      downsampleLttb(
        series(10_000, (i) => i % 97),
        100,
      ).length,
    ).toBeLessThanOrEqual(100);
  });

  it("keeps the first and the last point", () => {
    const input = series(5000, (i) => (i * 7919) % 1000);
    const output = downsampleLttb(input, 50);
    expect(output[0]).toBe(input[0]);
    expect(output.at(-1)).toBe(input.at(-1));
  });

  it("keeps a single spike in a long flat series", () => {
    const input = series(10_000, (i) => (i === 6789 ? 1_000_000 : 100));
    const output = downsampleLttb(input, 50);
    expect(output.map((p) => p.y)).toContain(1_000_000);
  });

  it("keeps a single dip too", () => {
    const input = series(10_000, (i) => (i === 4321 ? 0 : 100));
    expect(downsampleLttb(input, 50).map((p) => p.y)).toContain(0);
  });

  it("returns the original points, with every extra field, in order", () => {
    const input = series(2000, (i) => i * i);
    const output = downsampleLttb(input, 100);
    for (const point of output) expect(input).toContain(point);
    expect(output.map((p) => p.x)).toEqual([...output.map((p) => p.x)].sort((a, b) => a - b));
  });

  it("keeps gaps as null markers at their start and end, never as zero", () => {
    const input = series(3000, (i) => (i >= 1000 && i < 1500 ? null : 500 + (i % 10)));
    const output = downsampleLttb(input, 100);
    const nulls = output.filter((p) => p.y === null);
    expect(nulls.map((p) => p.figureId)).toEqual([2000, 2499]);
    expect(output.some((p) => p.y === 0)).toBe(false);
    expect(output.length).toBeLessThanOrEqual(100);
    // the segments either side of the gap keep their edges, so the line stops where the data stops
    expect(output.map((p) => p.figureId)).toEqual(expect.arrayContaining([1999, 2000, 2499, 2500]));
  });

  it("keeps a single-point gap and a gap at either end", () => {
    const input = series(1000, (i) => (i < 3 || i === 500 || i > 996 ? null : i));
    const output = downsampleLttb(input, 60);
    expect(output.filter((p) => p.y === null).map((p) => p.figureId)).toEqual([1000, 1002, 1500, 1997, 1999]);
    expect(output[0]).toBe(input[0]);
    expect(output.at(-1)).toBe(input.at(-1));
    expect(output.length).toBeLessThanOrEqual(60);
  });

  it("shares the budget between segments by length", () => {
    const input = series(4000, (i) => (i === 1000 ? null : Math.cos(i)));
    const output = downsampleLttb(input, 200);
    const before = output.filter((p) => p.y !== null && p.x < 1000 * 86_400_000).length;
    const after = output.filter((p) => p.y !== null && p.x > 1000 * 86_400_000).length;
    expect(after / before).toBeGreaterThan(2.5);
    expect(after / before).toBeLessThan(3.5);
  });

  it("keeps every gap even when that exceeds the threshold", () => {
    const input = series(100, (i) => (i % 2 === 0 ? null : i));
    const output = downsampleLttb(input, 10);
    expect(output).toEqual(input);
  });

  it("refuses a threshold too small to keep first, peak and last", () => {
    expect(() =>
      downsampleLttb(
        series(10, (i) => i),
        2,
      ),
    ).toThrow(RangeError);
    expect(() =>
      downsampleLttb(
        series(10, (i) => i),
        3.5,
      ),
    ).toThrow(RangeError);
  });
});
