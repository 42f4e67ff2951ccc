import { describe, expect, it } from "vitest";
import {
  CHART_POINT_BUDGET,
  claimsDisagree,
  daysOlderThan,
  GAP_DATES_PER_SOURCE,
  gapsBySource,
  groupByBranch,
  prepareChart,
  seriesThreshold,
  summarizeDomain,
  type BranchClaim,
  type PlacedClaim,
} from "./dashboard";
import { expandSeries, mergeForChart, seriesKeys, type FigureRow } from "./chart-series";

let nextId = 1;
function row(over: Partial<FigureRow> = {}): FigureRow {
  return {
    figureId: nextId++,
    sourceId: 1,
    sourceName: "OHCHR",
    reliability: "A",
    asOf: "2023-05-01",
    low: 100,
    best: 100,
    high: 100,
    noInformation: false,
    qualifier: "exact",
    credibility: 2,
    verification: "reported",
    ...over,
  };
}

function placed(over: Partial<PlacedClaim> = {}): PlacedClaim {
  return {
    ...row(over),
    indicatorSlug: "remaining-population",
    indicatorName: "Residents remaining",
    unit: "people",
    displayOrder: 30,
    pcode: "UA14",
    placeName: "Donetska",
    depth: 0,
    ...over,
  };
}

describe("claimsDisagree", () => {
  const about = (best: number, low: number, high: number) => ({ best, low, high, qualifier: "approximately" as const });
  it("is true only when the ranges cannot both be right", () => {
    expect(claimsDisagree(about(100, 90, 110), about(105, 100, 120))).toBe(false);
    expect(claimsDisagree(about(100, 90, 110), about(200, 150, 250))).toBe(true);
  });
  it("reads a floor as open upwards and a ceiling as open downwards", () => {
    const atLeast = { best: 8000, low: 8000, high: 8000, qualifier: "at_least" as const };
    const atMost = { best: 50, low: 50, high: 50, qualifier: "at_most" as const };
    expect(claimsDisagree(atLeast, about(12000, 10000, 15000))).toBe(false);
    expect(claimsDisagree(atLeast, about(5000, 4000, 6000))).toBe(true);
    expect(claimsDisagree(atMost, about(20, 20, 20))).toBe(false);
    expect(claimsDisagree(atMost, about(80, 70, 90))).toBe(true);
  });
  it("never counts 'no information' as a disagreement", () => {
    expect(claimsDisagree({ best: null, low: null, high: null, qualifier: "approximately" }, about(1, 1, 1))).toBe(false);
  });
});

describe("summarizeDomain", () => {
  it("is null when no claim has a number", () => {
    expect(summarizeDomain([])).toBeNull();
    expect(summarizeDomain([placed({ noInformation: true, best: null, low: null, high: null })])).toBeNull();
  });

  it("takes the first indicator by display order, the nearest place, and the best-graded recent claim there", () => {
    const summary = summarizeDomain([
      placed({ indicatorSlug: "evacuated", displayOrder: 40, asOf: "2023-09-01" }),
      placed({ sourceId: 2, sourceName: "City", pcode: "UA1402001X01", placeName: "Bakhmut", depth: 3, asOf: "2023-06-01" }),
      placed({ sourceId: 3, sourceName: "DRMA", reliability: "C", asOf: "2023-04-01", best: 340000, low: 340000, high: 340000 }),
      placed({ sourceId: 4, sourceName: "President", reliability: "B", asOf: "2023-03-01", best: 345000, low: 345000, high: 345000 }),
      placed({ sourceId: 5, sourceName: "Old", reliability: "B", asOf: "2022-01-01", best: 2000000, low: 2000000, high: 2000000 }),
    ]);
    // President (B, 1 March) is within 90 days of the latest claim (DRMA, C, 1 April) and better graded.
    expect(summary?.headline).toMatchObject({ sourceName: "President", pcode: "UA14" });
    // The Bakhmut claim is about another place. Every other source at UA14 is counted, the 2022
    // one too; only DRMA's is recent enough to be compared (and it disagrees).
    expect(summary?.others.map((o) => o.sourceName)).toEqual(["Old", "DRMA"]);
    expect(summary?.latestOther).toBe("2023-04-01");
    expect(summary?.recent).toBe(1);
    expect(summary?.disagreeing).toBe(1);
  });

  it("prefers an older claim of a well-graded source to a newer one of a weakly graded source, and still counts the newer", () => {
    const summary = summarizeDomain([
      placed({ sourceId: 1, sourceName: "New, weak", reliability: "E", asOf: "2023-12-01" }),
      placed({ sourceId: 2, sourceName: "Old, strong", reliability: "A", asOf: "2023-01-01" }),
    ]);
    expect(summary?.headline.sourceName).toBe("Old, strong");
    expect(summary?.others.map((o) => o.sourceName)).toEqual(["New, weak"]);
    expect(summary?.latestOther).toBe("2023-12-01");
    expect(summary?.recent).toBe(0);
  });

  describe("the Bakhmut casualties case", () => {
    const bakhmut = { pcode: "UA1402001", placeName: "Bakhmut", indicatorSlug: "civilians-killed", indicatorName: "Civilians killed" };
    const ohchr = placed({ ...bakhmut, sourceId: 1, sourceName: "OHCHR", reliability: "A", credibility: 2, asOf: "2023-05-31", best: 559 });
    const drma = placed({
      ...bakhmut,
      sourceId: 2,
      sourceName: "Donetsk RMA",
      reliability: "C",
      credibility: 3,
      asOf: "2023-03-15",
      best: 520,
    });
    const installed = placed({
      ...bakhmut,
      sourceId: 3,
      sourceName: "Russian-installed authorities",
      reliability: "E",
      credibility: 4,
      verification: "disputed",
      qualifier: "approximately",
      asOf: "2023-11-20",
      low: 4778,
      best: 4778,
      high: 4778,
    });

    it("never headlines the E-graded, disputed party claim over A- and C-graded claims made months earlier", () => {
      const summary = summarizeDomain([installed, drma, ohchr]);
      expect(summary?.headline.sourceName).toBe("OHCHR");
      // The card still says that two other sources made claims, and when the latest was.
      expect(summary?.others.map((o) => o.sourceName)).toEqual(["Donetsk RMA", "Russian-installed authorities"]);
      expect(summary?.latestOther).toBe("2023-11-20");
      expect(summary?.recent).toBe(1);
      expect(summary?.disagreeing).toBe(0);
    });

    it("prefers an undisputed claim to a disputed one, even of a better-graded source", () => {
      const summary = summarizeDomain([{ ...ohchr, verification: "disputed" }, drma]);
      expect(summary?.headline.sourceName).toBe("Donetsk RMA");
    });

    it("prefers an undisputed claim of a weak source to a disputed one, and a disputed claim leads only when alone", () => {
      const weak = placed({ ...bakhmut, sourceId: 4, sourceName: "Local channel", reliability: "E", asOf: "2023-01-01", best: 600 });
      expect(summarizeDomain([installed, weak])?.headline.sourceName).toBe("Local channel");
      const alone = summarizeDomain([installed]);
      expect(alone?.headline).toMatchObject({ sourceName: "Russian-installed authorities", verification: "disputed" });
      expect(alone?.others).toEqual([]);
    });
  });

  it("breaks a tie on the date by grade, and counts only disagreeing sources", () => {
    const summary = summarizeDomain([
      placed({ sourceId: 1, sourceName: "Low grade", reliability: "E", credibility: 5, best: 10, low: 10, high: 10 }),
      placed({
        sourceId: 2,
        sourceName: "High grade",
        reliability: "A",
        credibility: 1,
        best: 12,
        low: 8,
        high: 14,
        qualifier: "approximately",
      }),
      placed({ sourceId: 3, sourceName: "Agrees", reliability: "B", best: 13, low: 13, high: 13 }),
    ]);
    expect(summary?.headline.sourceName).toBe("High grade");
    expect(summary?.others).toHaveLength(2);
    expect(summary?.disagreeing).toBe(0);
  });
});

describe("groupByBranch", () => {
  it("groups claims by branch (by name), best-graded first, and keeps every claim", () => {
    const claim = (branchName: string, sourceName: string, reliability: "A" | "C"): BranchClaim => ({
      ...row({ sourceName, reliability }),
      branchPcode: `P-${branchName}`,
      branchName,
      pcode: `P-${branchName}`,
      placeName: branchName,
    });
    const groups = groupByBranch([claim("Pokrovskyi", "X", "C"), claim("Bakhmutskyi", "Y", "C"), claim("Bakhmutskyi", "Z", "A")]);
    expect(groups.map((g) => [g.name, g.claims.map((c) => c.sourceName)])).toEqual([
      ["Bakhmutskyi", ["Z", "Y"]],
      ["Pokrovskyi", ["X"]],
    ]);
  });
});

describe("prepareChart", () => {
  it("keeps one series per source and every claim of short series", () => {
    const chart = prepareChart([
      row({ sourceId: 1, asOf: "2023-01-01" }),
      row({ sourceId: 2, sourceName: "MoD", reliability: "D", asOf: "2023-01-05", best: 300, low: 300, high: 300 }),
    ]);
    expect(chart.series.map((s) => s.sourceId)).toEqual([1, 2]);
    expect(chart.pointCount).toBe(2);
    expect(mergeForChart(chart.compact.map(expandSeries)).map((r) => r[seriesKeys(2).best])).toEqual([null, 300]);
  });

  it("downsamples each long series to the threshold, keeping its peak and its 'no information' gap", () => {
    const start = Date.UTC(2020, 0, 1);
    const day = (i: number) => new Date(start + i * 86_400_000).toISOString().slice(0, 10);
    const long = Array.from({ length: 2000 }, (_, i) =>
      i === 700
        ? row({ asOf: day(i), best: 999_999, low: 999_999, high: 999_999 })
        : i >= 1200 && i < 1210
          ? row({ asOf: day(i), noInformation: true, best: null, low: null, high: null })
          : row({ asOf: day(i), best: 1000 + (i % 7), low: 1000, high: 1010 }),
    );
    const chart = prepareChart(long, 500);
    const points = chart.series[0]!.points;
    expect(points.length).toBeLessThanOrEqual(500);
    expect(points.length).toBeGreaterThan(400);
    expect(points.some((p) => p.y === 999_999)).toBe(true);
    const gap = points.filter((p) => p.y === null);
    expect(gap.map((p) => p.asOf)).toEqual([day(1200), day(1209)]);
    // A gap is a gap in the chart rows too, never a zero.
    const keys = seriesKeys(1);
    const rows = mergeForChart(chart.compact.map(expandSeries));
    expect(rows.filter((r) => r.date === day(1200))[0]?.[keys.best]).toBeNull();
    expect(rows.some((r) => r[keys.best] === 0)).toBe(false);
  });

  it("keeps a series' lowest low and highest high, which LTTB (picking by the best estimate) would drop", () => {
    const start = Date.UTC(2020, 0, 1);
    const day = (i: number) => new Date(start + i * 86_400_000).toISOString().slice(0, 10);
    // Smooth best estimates; the widest range on one point whose best is ordinary.
    const long = Array.from({ length: 1000 }, (_, i) =>
      row({ asOf: day(i), best: 1000 + i, low: i === 501 ? 10 : 990 + i, high: i === 501 ? 90_000 : 1010 + i }),
    );
    const chart = prepareChart(long, 50);
    const points = chart.series[0]!.points;
    expect(points.length).toBeLessThanOrEqual(50);
    expect(Math.min(...points.map((p) => p.low!))).toBe(10);
    expect(Math.max(...points.map((p) => p.high!))).toBe(90_000);
    expect(points.map((p) => p.x)).toEqual([...points.map((p) => p.x)].sort((a, b) => a - b));
  });

  it("shares a total budget between many series, so one chart's size does not grow with its sources", () => {
    const start = Date.UTC(2020, 0, 1);
    const day = (i: number) => new Date(start + i * 86_400_000).toISOString().slice(0, 10);
    const many = Array.from({ length: 8 }, (_, s) =>
      Array.from({ length: 1400 }, (_, i) =>
        row({ sourceId: s + 1, sourceName: `S${s}`, asOf: day(i), best: 1000 + ((i * (s + 3)) % 97) }),
      ),
    ).flat();
    const chart = prepareChart(many);
    expect(chart.series).toHaveLength(8);
    expect(chart.pointCount).toBeLessThanOrEqual(CHART_POINT_BUDGET);
    expect(Math.min(...chart.series.map((s) => s.points.length))).toBeGreaterThanOrEqual(seriesThreshold(8) - 2);
    // The compact shape round-trips the drawn points.
    const [first] = chart.compact.map(expandSeries);
    expect(first!.points.map((p) => [p.asOf, p.y, p.low, p.high])).toEqual(
      chart.series[0]!.points.map((p) => [p.asOf, p.y, p.low ?? p.y, p.high ?? p.y]),
    );
    expect(seriesThreshold(1)).toBe(500);
    expect(seriesThreshold(100)).toBe(50);
  });
});

describe("daysOlderThan", () => {
  it("sets apart claims made more than the comparison window before the chosen date", () => {
    expect(daysOlderThan("2022-02-24", "2023-06-01")).toBe(462);
    expect(daysOlderThan("2023-04-01", "2023-06-01")).toBeNull();
    expect(daysOlderThan("2022-02-24", null)).toBeNull();
  });
});

describe("gapsBySource", () => {
  it("names each source's latest 'no information' dates in the series' order and counts the earlier ones", () => {
    const gap = (sourceId: number, asOf: string) => ({ sourceId, sourceName: `S${sourceId}`, asOf });
    const days = Array.from({ length: 40 }, (_, i) => `2023-01-${String((i % 28) + 1).padStart(2, "0")}`).sort();
    const gaps = [gap(2, "2022-05-01"), ...days.map((d) => gap(1, d)), gap(3, "2022-06-01")];
    const named = gapsBySource(gaps, [1, 2]);
    expect(named.map((g) => g.name)).toEqual(["S1", "S2", "S3"]);
    // Two gaps of one source on one day are one date.
    expect(named[0]).toEqual({ name: "S1", dates: ["2023-01-26", "2023-01-27", "2023-01-28"], earlier: 28 - GAP_DATES_PER_SOURCE });
    expect(named[1]).toEqual({ name: "S2", dates: ["2022-05-01"], earlier: 0 });
  });
});
