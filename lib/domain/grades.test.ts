import { describe, expect, it } from "vitest";
import { RELIABILITIES } from "./enums";
import {
  CREDIBILITIES,
  compareCredibility,
  compareGrades,
  compareReliability,
  formatGrade,
  isCredibility,
  isReliability,
  meetsMinimumCredibility,
  meetsMinimumReliability,
  parseGrade,
} from "./grades";
import { messages } from "./messages";

describe("formatGrade and parseGrade", () => {
  it("writes reliability and credibility together", () => {
    expect(formatGrade("B", 2)).toBe("B2");
    expect(formatGrade("F", 6)).toBe("F6");
  });

  it("reads a grade back, case-insensitively, and refuses anything else", () => {
    expect(parseGrade("B2")).toEqual({ reliability: "B", credibility: 2 });
    expect(parseGrade(" f6 ")).toEqual({ reliability: "F", credibility: 6 });
    for (const bad of ["", "B", "2", "G1", "A0", "A7", "B22", "2B"]) expect(parseGrade(bad)).toBeNull();
  });

  it("recognises valid grades only", () => {
    expect(isReliability("A")).toBe(true);
    expect(isReliability("G")).toBe(false);
    expect(isCredibility(6)).toBe(true);
    expect(isCredibility(0)).toBe(false);
    expect(isCredibility("1")).toBe(false);
  });
});

describe("ordering", () => {
  it("sorts A first and F last", () => {
    expect(["F", "C", "A", "E", "B", "D"].filter(isReliability).sort(compareReliability)).toEqual([...RELIABILITIES]);
  });

  it("sorts credibility 1 first and 6 last", () => {
    expect([6, 3, 1, 5].sort(compareCredibility)).toEqual([1, 3, 5, 6]);
  });

  it("compares reliability before credibility", () => {
    const grades = [
      { reliability: "C" as const, credibility: 1 },
      { reliability: "B" as const, credibility: 2 },
      { reliability: "B" as const, credibility: 1 },
    ];
    expect(grades.sort(compareGrades).map((g) => formatGrade(g.reliability, g.credibility))).toEqual(["B1", "B2", "C1"]);
  });
});

describe("minimum-grade filters", () => {
  it("keeps the minimum and better grades", () => {
    expect(meetsMinimumReliability("A", "C")).toBe(true);
    expect(meetsMinimumReliability("C", "C")).toBe(true);
    expect(meetsMinimumReliability("D", "C")).toBe(false);
  });

  it("treats F (cannot be judged) as the lowest grade, below E", () => {
    expect(meetsMinimumReliability("F", "E")).toBe(false);
    expect(meetsMinimumReliability("E", "E")).toBe(true);
    expect(RELIABILITIES.filter((grade) => meetsMinimumReliability(grade, "F"))).toEqual([...RELIABILITIES]);
  });

  it("treats credibility 6 (cannot be judged) as the lowest", () => {
    expect(meetsMinimumCredibility(2, 3)).toBe(true);
    expect(meetsMinimumCredibility(3, 3)).toBe(true);
    expect(meetsMinimumCredibility(4, 3)).toBe(false);
    expect(meetsMinimumCredibility(6, 5)).toBe(false);
    expect(CREDIBILITIES.filter((c) => meetsMinimumCredibility(c, 6))).toEqual([...CREDIBILITIES]);
  });
});

describe("meanings", () => {
  it("has the standard Admiralty meaning for every grade", () => {
    expect(messages.reliability).toEqual({
      A: "Completely reliable",
      B: "Usually reliable",
      C: "Fairly reliable",
      D: "Not usually reliable",
      E: "Unreliable",
      F: "Reliability cannot be judged",
    });
    expect(messages.credibility).toEqual({
      1: "Confirmed by other sources",
      2: "Probably true",
      3: "Possibly true",
      4: "Doubtful",
      5: "Improbable",
      6: "Truth cannot be judged",
    });
    expect(messages.gradeDescription("B2", "B", 2)).toBe("B2: source usually reliable; information probably true");
  });
});
