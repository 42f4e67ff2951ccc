import { describe, expect, it } from "vitest";
import { messagesFor } from "@/lib/i18n/domain-messages";
import { formatFor } from "@/lib/i18n/format";
import type { Qualifier } from "./enums";
import { messages } from "./messages";
import { estimateProblemMessage, estimateProblems, formatEstimate, rangeIsConsistent, type Estimate } from "./qualifiers";

const estimate = (qualifier: Qualifier, low: number | null, best: number | null, high: number | null): Estimate => ({
  qualifier,
  low,
  best,
  high,
  noInformation: false,
});
const noInformation: Estimate = { qualifier: "approximately", low: null, best: null, high: null, noInformation: true };

describe("rangeIsConsistent", () => {
  it.each([
    ["exact", 100, 100, 100, true],
    ["exact", 90, 100, 100, false],
    ["exact", 100, 100, 110, false],
    ["at_least", 100, 100, 100, true],
    ["at_least", 100, 100, 500, true],
    ["at_least", 90, 100, 500, false],
    ["more_than", 100, 100, 200, true],
    ["more_than", 50, 100, 200, false],
    ["at_most", 100, 100, 100, true],
    ["at_most", 10, 100, 100, true],
    ["at_most", 10, 100, 110, false],
    ["less_than", 10, 100, 100, true],
    ["less_than", 10, 90, 100, false],
    ["approximately", 90, 100, 110, true],
    ["approximately", 100, 100, 100, true],
    ["approximately", 0, 0, 0, true],
    ["approximately", 110, 100, 120, false],
    ["approximately", 90, 100, 95, false],
  ] as const)("%s low=%d best=%d high=%d -> %s", (qualifier, low, best, high, expected) => {
    expect(rangeIsConsistent(estimate(qualifier, low, best, high))).toBe(expected);
  });

  it("requires all three numbers unless there is no information", () => {
    expect(rangeIsConsistent(estimate("approximately", null, 100, 100))).toBe(false);
    expect(rangeIsConsistent(estimate("approximately", 100, null, 100))).toBe(false);
    expect(rangeIsConsistent(estimate("approximately", 100, 100, null))).toBe(false);
  });

  it("refuses negative and fractional numbers", () => {
    expect(rangeIsConsistent(estimate("approximately", -1, 0, 1))).toBe(false);
    expect(rangeIsConsistent(estimate("approximately", 1, 1.5, 2))).toBe(false);
  });

  it("accepts no information only without numbers: it is not zero", () => {
    expect(rangeIsConsistent(noInformation)).toBe(true);
    expect(rangeIsConsistent({ ...noInformation, best: 0 })).toBe(false);
  });
});

describe("estimateProblems", () => {
  it("attaches each problem to the field to correct", () => {
    expect(estimateProblems(estimate("approximately", 200, 100, 300))).toEqual([{ field: "low", code: "lowAboveBest" }]);
    expect(estimateProblems(estimate("approximately", 50, 100, 90))).toEqual([{ field: "high", code: "bestAboveHigh" }]);
    expect(estimateProblems(estimate("exact", 90, 100, 110))).toEqual([
      { field: "low", code: "exactNeedsSingleNumber" },
      { field: "high", code: "exactNeedsSingleNumber" },
    ]);
    expect(estimateProblems(estimate("more_than", 90, 100, 110))).toEqual([{ field: "low", code: "lowMustEqualBest" }]);
    expect(estimateProblems(estimate("less_than", 90, 100, 110))).toEqual([{ field: "high", code: "highMustEqualBest" }]);
    expect(estimateProblems({ ...noInformation, low: 1 })).toEqual([{ field: "noInformation", code: "noInformationHasNumbers" }]);
  });

  it("does not pile a qualifier error on top of an order error", () => {
    expect(estimateProblems(estimate("at_least", 200, 100, 300))).toEqual([{ field: "low", code: "lowAboveBest" }]);
  });

  it("reports a missing best estimate once, not three times", () => {
    expect(estimateProblems(estimate("approximately", null, null, null))).toEqual([{ field: "best", code: "bestRequired" }]);
    expect(estimateProblems(estimate("approximately", 1, null, null))).toEqual([
      { field: "best", code: "bestRequired" },
      { field: "high", code: "lowAndHighTogether" },
    ]);
  });

  it("explains every problem in words, naming the qualifier where it matters", () => {
    expect(estimateProblemMessage("lowAboveBest", "approximately")).toBe("The low estimate cannot be higher than the best estimate.");
    expect(estimateProblemMessage("lowMustEqualBest", "at_least")).toBe(
      "For “at least” figures the low estimate must equal the best estimate.",
    );
    expect(estimateProblemMessage("highMustEqualBest", "less_than")).toContain("“less than”");
  });
});

describe("formatEstimate", () => {
  it.each([
    [estimate("exact", 12000, 12000, 12000), "12,000"],
    [estimate("approximately", 10000, 12000, 15000), "about 12,000 (10,000–15,000)"],
    [estimate("approximately", 12000, 12000, 12000), "about 12,000"],
    [estimate("at_least", 8_000_000, 8_000_000, 8_000_000), "at least 8,000,000"],
    [estimate("at_least", 8000, 8000, 10000), "at least 8,000 (8,000–10,000)"],
    [estimate("more_than", 100_000, 100_000, 100_000), "more than 100,000"],
    [estimate("at_most", 500, 500, 500), "at most 500"],
    [estimate("less_than", 0, 50, 50), "less than 50 (0–50)"],
    [estimate("approximately", 0, 0, 0), "about 0"],
    [noInformation, "no information"],
  ])("%o -> %s", (value, expected) => {
    expect(formatEstimate(value)).toBe(expected);
  });

  it("never shows zero for no information", () => {
    expect(formatEstimate({ ...noInformation, best: 0, low: 0, high: 0 })).toBe("no information");
  });

  it("groups thousands the way the locale does", () => {
    expect(formatEstimate(estimate("at_least", 8_000_000, 8_000_000, 8_000_000), formatFor("uk"))).toBe(
      `at least ${new Intl.NumberFormat("uk-UA").format(8_000_000)}`,
    );
  });

  it("takes its words from a translation", () => {
    const shouting = { ...messages, qualifierPhrase: { ...messages.qualifierPhrase, at_least: "AT LEAST" } };
    expect(formatEstimate(estimate("at_least", 5, 5, 5), formatFor("en"), shouting)).toBe("AT LEAST 5");
  });

  // Ukrainian groups thousands with a no-break space (U+00A0); shown here as a plain space.
  const plain = (text: string) => text.replace(/\u00a0/g, " ");

  it.each([
    [estimate("exact", 12000, 12000, 12000), "12 000", "12,000"],
    [estimate("at_least", 8000, 8000, 8000), "щонайменше 8 000", "at least 8,000"],
    [estimate("approximately", 300_000, 350_000, 400_000), "близько 350 000 (300 000–400 000)", "about 350,000 (300,000–400,000)"],
    [estimate("more_than", 100_000, 100_000, 100_000), "понад 100 000", "more than 100,000"],
    [estimate("at_most", 500, 500, 500), "не більше ніж 500", "at most 500"],
    [estimate("less_than", 0, 50, 50), "менше ніж 50 (0–50)", "less than 50 (0–50)"],
    [noInformation, "немає даних", "no information"],
  ])("%o in Ukrainian and English", (value, uk, en) => {
    expect(plain(formatEstimate(value, formatFor("uk"), messagesFor("uk")))).toBe(uk);
    expect(formatEstimate(value, formatFor("en"), messagesFor("en"))).toBe(en);
  });
});
