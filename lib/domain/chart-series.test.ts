import { describe, expect, it } from "vitest";
import { formatFor } from "@/lib/i18n/format";
import { downsampleLttb } from "./downsample";
import { messages } from "./messages";
import {
  FRESHNESS_LEVELS,
  compactSeries,
  expandSeries,
  freshness,
  groupBySource,
  isPeriodCount,
  mergeForChart,
  periodMarks,
  seriesKeys,
  tickLabel,
  timeTicks,
  type FigureRow,
} from "./chart-series";

let nextFigureId = 1;
function row(sourceId: number, asOf: string, best: number | null, changes: Partial<FigureRow> = {}): FigureRow {
  const names: Record<number, [string, FigureRow["reliability"]]> = {
    1: ["UNHCR", "A"],
    2: ["Ministry of Defence", "D"],
    3: ["Wagner", "F"],
    4: ["IOM", "A"],
  };
  const [sourceName, reliability] = names[sourceId] ?? ["Other", "C"];
  return {
    figureId: nextFigureId++,
    sourceId,
    sourceName,
    reliability,
    asOf,
    low: best === null ? null : best - 10,
    best,
    high: best === null ? null : best + 10,
    noInformation: best === null,
    qualifier: "approximately",
    credibility: 2,
    verification: "reported",
    ...changes,
  };
}

const utc = (date: string) => Date.parse(`${date}T00:00:00Z`);

describe("groupBySource", () => {
  it("makes one series per source, most reliable first, each sorted by date", () => {
    const rows = [
      row(3, "2023-03-01", 300),
      row(1, "2023-02-01", 120),
      row(2, "2023-01-15", 200),
      row(1, "2023-01-01", 100),
      row(4, "2023-01-01", 90),
    ];
    const series = groupBySource(rows);
    expect(series.map((s) => [s.sourceName, s.reliability])).toEqual([
      ["IOM", "A"],
      ["UNHCR", "A"],
      ["Ministry of Defence", "D"],
      ["Wagner", "F"],
    ]);
    expect(series[1]?.points.map((p) => [p.asOf, p.y])).toEqual([
      ["2023-01-01", 100],
      ["2023-02-01", 120],
    ]);
  });

  it("builds chart points that carry the figure", () => {
    const source = row(1, "2023-05-20T00:00:00.000Z", 8000, { qualifier: "at_least", low: 8000, high: 9000, credibility: 3 });
    expect(groupBySource([source])[0]?.points[0]).toEqual({
      x: utc("2023-05-20"),
      y: 8000,
      asOf: "2023-05-20",
      low: 8000,
      high: 9000,
      figureId: source.figureId,
      qualifier: "at_least",
      credibility: 3,
      verification: "reported",
      start: null,
    });
  });

  it("turns no information into null, never zero", () => {
    const [series] = groupBySource([row(1, "2023-01-01", null), row(1, "2023-01-02", 0)]);
    expect(series?.points.map((p) => [p.y, p.low, p.high])).toEqual([
      [null, null, null],
      [0, -10, 10],
    ]);
  });

  it("refuses an unreadable date", () => {
    expect(() => groupBySource([row(1, "20/05/2023", 1)])).toThrow(/unreadable/);
  });

  it("feeds downsampleLttb directly", () => {
    const rows = Array.from({ length: 800 }, (_, i) => row(1, new Date(utc("2022-01-01") + i * 86_400_000).toISOString().slice(0, 10), i));
    const [series] = groupBySource(rows);
    expect(downsampleLttb(series?.points ?? [], 100)).toHaveLength(100);
  });
});

describe("mergeForChart", () => {
  const k1 = seriesKeys(1);
  const k2 = seriesKeys(2);

  it("names the columns per source", () => {
    expect(seriesKeys(12)).toEqual({ best: "s12_best", range: "s12_range", figureId: "s12_figureId" });
  });

  it("makes one row per date with a best value and a [low, high] band per source", () => {
    const a = row(1, "2023-01-01", 100);
    const b = row(2, "2023-01-01", 200);
    const rows = mergeForChart(groupBySource([a, b]));
    expect(rows).toEqual([
      {
        date: "2023-01-01",
        x: utc("2023-01-01"),
        s1_best: 100,
        s1_range: [90, 110],
        s1_figureId: a.figureId,
        s2_best: 200,
        s2_range: [190, 210],
        s2_figureId: b.figureId,
      },
    ]);
  });

  it("breaks the line and the band at no information", () => {
    const rows = mergeForChart(groupBySource([row(1, "2023-01-01", 100), row(1, "2023-01-10", null), row(1, "2023-01-20", 300)]));
    expect(rows.map((r) => r[k1.best])).toEqual([100, null, 300]);
    expect(rows.map((r) => r[k1.range])).toEqual([[90, 110], null, [290, 310]]);
    expect(rows[1]?.[k1.figureId]).toEqual(expect.any(Number));
  });

  it("bridges another source's dates along the line, marked by a null figure id", () => {
    const rows = mergeForChart(
      groupBySource([row(1, "2023-01-01", 100), row(1, "2023-01-11", 200), row(2, "2023-01-06", 50), row(2, "2023-01-21", 80)]),
    );
    expect(rows.map((r) => r.date)).toEqual(["2023-01-01", "2023-01-06", "2023-01-11", "2023-01-21"]);
    expect(rows.map((r) => r[k1.best])).toEqual([100, 150, 200, null]);
    expect(rows[1]?.[k1.range]).toEqual([140, 160]);
    expect(rows.map((r) => r[k1.figureId] === null)).toEqual([false, true, false, true]);
    expect(rows.map((r) => r[k2.best])).toEqual([null, 50, 60, 80]);
  });

  it("does not bridge across a no-information figure", () => {
    const rows = mergeForChart(
      groupBySource([
        row(1, "2023-01-01", 100),
        row(1, "2023-01-11", null),
        row(1, "2023-01-21", 300),
        row(2, "2023-01-06", 1),
        row(2, "2023-01-16", 1),
      ]),
    );
    expect(rows.map((r) => [r.date, r[k1.best]])).toEqual([
      ["2023-01-01", 100],
      ["2023-01-06", null],
      ["2023-01-11", null],
      ["2023-01-16", null],
      ["2023-01-21", 300],
    ]);
  });

  it("draws the later entry when a source has two figures for one date", () => {
    const older = row(1, "2023-01-01", 100);
    const newer = row(1, "2023-01-01", 150);
    const [only] = mergeForChart(groupBySource([newer, older]));
    expect(only?.[k1.best]).toBe(150);
    expect(only?.[k1.figureId]).toBe(newer.figureId);
  });

  it("returns no rows for no series", () => {
    expect(mergeForChart([])).toEqual([]);
  });
});

describe("freshness", () => {
  const today = new Date("2024-04-30T15:00:00Z");

  it.each([
    ["2024-04-30", 0, "fresh"],
    ["2024-03-31", 30, "fresh"],
    ["2024-03-30", 31, "ageing"],
    ["2024-01-31", 90, "ageing"],
    ["2024-01-30", 91, "stale"],
    ["2024-05-02", 0, "fresh"],
  ] as const)("%s is %d days old: %s", (asOf, days, level) => {
    expect(freshness(asOf, today)).toEqual({ days, level });
  });

  it("accepts a Date", () => {
    expect(freshness(new Date("2024-04-20T00:00:00Z"), today)).toEqual({ days: 10, level: "fresh" });
  });

  it("has a label for every level and a phrase for the age", () => {
    for (const level of FRESHNESS_LEVELS) expect(messages.freshness[level]).toMatch(/\w/);
    expect([0, 1, 1234].map(messages.age)).toEqual(["as of today", "1 day old", "1,234 days old"]);
  });
});

describe("measure kinds: a period count is never joined to a running total", () => {
  // "Residents evacuated": one source gives 1,300,000 since February 2022 and 3,000 in one week.
  const cumulative = [row(1, "2023-01-01", 1_200_000), row(1, "2023-03-01", 1_300_000)];
  const period = row(1, "2023-02-01", 3_000, { periodStart: "2023-01-25" });
  const series = groupBySource([...cumulative, period]);

  it("classifies a figure with a period start, or any figure of a period indicator, as a period count", () => {
    const [first] = groupBySource([period]);
    expect(isPeriodCount(first!.points[0]!)).toBe(true);
    const [level] = groupBySource([cumulative[0]!]);
    expect(isPeriodCount(level!.points[0]!, "cumulative")).toBe(false);
    expect(isPeriodCount(level!.points[0]!, "stock")).toBe(false);
    expect(isPeriodCount(level!.points[0]!, "period")).toBe(true);
  });

  it("leaves the period count out of the line: the line passes between the two totals", () => {
    const rows = mergeForChart(series, "cumulative");
    const keys = seriesKeys(1);
    expect(rows.map((r) => r.date)).toEqual(["2023-01-01", "2023-03-01"]);
    expect(rows.map((r) => r[keys.best])).toEqual([1_200_000, 1_300_000]);
    expect(rows.some((r) => r[keys.figureId] === period.figureId)).toBe(false);
  });

  it("draws the period count as a mark spanning its period, at its value", () => {
    expect(periodMarks(series, "cumulative")).toEqual([
      {
        sourceId: 1,
        figureId: period.figureId,
        x1: utc("2023-01-25"),
        x2: utc("2023-02-01"),
        y: 3_000,
        low: 2_990,
        high: 3_010,
        open: 0,
      },
    ]);
  });

  it("never joins any two counts of a period indicator, and no value of a line is a period count", () => {
    const rows = [row(5, "2023-01-31", 40), row(5, "2023-02-28", 35), row(5, "2023-03-31", 50, { periodStart: "2023-03-01" })];
    const grouped = groupBySource(rows);
    expect(mergeForChart(grouped, "period")).toEqual([]);
    expect(periodMarks(grouped, "period").map((m) => [m.x1 === m.x2, m.y])).toEqual([
      [true, 40],
      [true, 35],
      [false, 50],
    ]);
    // Mixed at random: whatever the order, a line's own values are never a period count's.
    const mixed = groupBySource([
      ...cumulative,
      period,
      row(2, "2023-01-10", 900_000),
      row(2, "2023-02-10", 5_000, { periodStart: "2023-02-01" }),
      row(2, "2023-03-10", 950_000),
    ]);
    const periodIds = new Set(periodMarks(mixed).map((m) => m.figureId));
    for (const r of mergeForChart(mixed)) {
      for (const s of mixed) expect(periodIds.has(r[seriesKeys(s.sourceId).figureId] ?? -1)).toBe(false);
    }
    expect(periodIds.size).toBe(2);
  });

  it("keeps period starts and open ends through the compact form the browser gets", () => {
    const [s] = groupBySource([row(1, "2023-01-01", 10, { qualifier: "at_least" }), period]);
    const compact = compactSeries(s!);
    // Dates as steps from the point before, a period's start as 1 + days before its "as of" date (0: a level).
    expect(compact.day).toEqual([Math.round(utc("2023-01-01") / 86_400_000), 31]);
    expect(compact.start).toEqual([0, 8]);
    expect(compact.open).toEqual([1, 0]);
    const back = expandSeries(compact);
    expect(periodMarks([back]).map((m) => m.x1)).toEqual([utc("2023-01-25")]);
    expect(back.points[0]!.qualifier).toBe("at_least");
    // Left out when unused (page size).
    const plain = compactSeries(groupBySource(cumulative)[0]!);
    expect("start" in plain || "open" in plain).toBe(false);
  });

  it("sends ranges as reaches below and above the best estimate, and gaps as nulls, and draws them back the same", () => {
    const [s] = groupBySource([
      row(1, "2023-01-01", 100, { low: 80, high: 130 }),
      row(1, "2023-01-01", 110, { low: null, high: null }),
      row(1, "2023-01-03", null, { noInformation: true }),
      row(1, "2023-01-09", 120, { low: 120, high: 150 }),
    ]);
    const compact = compactSeries(s!);
    expect(compact).toMatchObject({ day: [Math.round(utc("2023-01-01") / 86_400_000), 0, 2, 6], best: [100, 110, null, 120] });
    expect(compact.low).toEqual([20, 0, 0, 0]);
    expect(compact.high).toEqual([30, 0, 0, 30]);
    const back = expandSeries(compact).points;
    expect(back.map((p) => [p.asOf, p.y, p.low, p.high])).toEqual(s!.points.map((p) => [p.asOf, p.y, p.low ?? p.y, p.high ?? p.y]));
    // Two claims of one day keep the server's order (by figure id), so the later one is drawn.
    expect(back.map((p) => p.figureId)).toEqual([0, 1, 2, 3]);
    expect(mergeForChart([expandSeries(compact)])[0]![seriesKeys(1).best]).toBe(110);
    // Without any range, neither array is sent.
    const flat = compactSeries(
      groupBySource([row(1, "2023-01-01", 5, { low: 5, high: 5 }), row(1, "2023-02-01", 6, { low: null, high: null })])[0]!,
    );
    expect("low" in flat || "high" in flat).toBe(false);
  });
});

describe("timeTicks", () => {
  it("never gives two ticks the same label, and stays within the range and the count", () => {
    let seed = 11;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const spans = [0.5, 3, 20, 45, 100, 130, 150, 200, 400, 800, 1500, 4000, 12000];
    for (let n = 0; n < 400; n++) {
      const min = utc("2014-01-01") + Math.floor(random() * 4000) * 86_400_000;
      const max = min + Math.ceil(spans[n % spans.length]! * (0.5 + random())) * 86_400_000;
      const { ticks, unit } = timeTicks(min, max);
      const labels = ticks.map((t) => tickLabel(t, unit));
      expect(new Set(labels).size, `${new Date(min).toISOString()}–${new Date(max).toISOString()}: ${labels.join(", ")}`).toBe(
        labels.length,
      );
      expect(ticks.length).toBeLessThanOrEqual(6);
      expect(ticks.length).toBeGreaterThanOrEqual(1);
      for (const t of ticks) expect(t >= min && t <= max).toBe(true);
    }
  });

  it("labels months when ticks fall a month or more apart (the 'Aug 2022' twice case)", () => {
    const { ticks, unit } = timeTicks(utc("2022-07-20"), utc("2022-12-10"));
    expect(unit).toBe("month");
    expect(ticks.map((t) => tickLabel(t, unit))).toEqual(["Aug 2022", "Sept 2022", "Oct 2022", "Nov 2022", "Dec 2022"]);
  });

  it("labels ticks in the reader's language: days, months and years in Ukrainian", () => {
    const uk = formatFor("uk");
    const months = timeTicks(utc("2022-07-20"), utc("2022-12-10"));
    expect(months.ticks.map((t) => tickLabel(t, months.unit, uk))).toEqual([
      "серп. 2022",
      "вер. 2022",
      "жовт. 2022",
      "лист. 2022",
      "груд. 2022",
    ]);
    const days = timeTicks(utc("2022-08-01"), utc("2022-08-04"));
    expect(days.unit).toBe("day");
    expect(days.ticks.map((t) => tickLabel(t, days.unit, uk))[0]).toBe("1 серп. 2022");
    const years = timeTicks(utc("2014-01-01"), utc("2024-06-01"));
    expect(years.unit).toBe("year");
    for (const label of years.ticks.map((t) => tickLabel(t, years.unit, uk))) expect(label).toMatch(/^\d{4}$/);
  });

  it("keeps Ukrainian tick labels distinct, as English ones", () => {
    const uk = formatFor("uk");
    for (const [from, to] of [
      ["2022-01-01", "2022-01-05"],
      ["2022-02-24", "2022-09-01"],
      ["2014-01-01", "2026-01-01"],
    ] as const) {
      const { ticks, unit } = timeTicks(utc(from), utc(to));
      const labels = ticks.map((t) => tickLabel(t, unit, uk));
      expect(new Set(labels).size).toBe(labels.length);
    }
  });
});
