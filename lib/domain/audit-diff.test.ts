import { describe, expect, it } from "vitest";
import { auditChanges, auditValue } from "./audit-diff";

describe("auditChanges", () => {
  it("lists only the fields an update changed, without bookkeeping", () => {
    const before = { id: 3, name: "Reuters", reliability: "C", notes: null, version: 1, updatedAt: "2026-12-01T10:00:00Z" };
    const after = { id: 3, name: "Reuters", reliability: "B", notes: "Reviewed.", version: 2, updatedAt: "2026-12-01T11:00:00Z" };
    expect(auditChanges(before, after)).toEqual([
      { field: "reliability", before: "C", after: "B" },
      { field: "notes", before: "—", after: "Reviewed." },
    ]);
  });

  it("a creation lists the fields it set, a deletion those it removed", () => {
    expect(auditChanges(null, { name: "IOM", affiliation: null, kinds: ["a", "b"] })).toEqual([
      { field: "name", before: null, after: "IOM" },
      { field: "kinds", before: null, after: "a, b" },
    ]);
    expect(auditChanges({ name: "IOM" }, undefined)).toEqual([{ field: "name", before: "IOM", after: null }]);
  });

  it("compares values that are not objects as one", () => {
    expect(auditChanges("x", "y")).toEqual([{ field: "value", before: "x", after: "y" }]);
    expect(auditChanges(null, null)).toEqual([]);
  });

  it("shows values short: nested objects as JSON, long text cut", () => {
    expect(auditValue({ a: 1 })).toBe('{"a":1}');
    expect(auditValue(12000)).toBe("12000");
    expect(auditValue(true)).toBe("true");
    expect(auditValue("x".repeat(300))).toHaveLength(201);
  });
});
