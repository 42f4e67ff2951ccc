import { describe, expect, it } from "vitest";
import { z } from "zod";
import { gradeReasonMissing, sourceInputSchema } from "./source-schema";

const base = { name: "Reuters", kind: "media", reliability: "B" };
const fieldErrors = (input: Record<string, string>) => {
  const result = sourceInputSchema().safeParse(input);
  return result.success ? {} : z.flattenError(result.error).fieldErrors;
};

describe("a source's grade needs a reason", () => {
  it("asks for one for a new source and for a changed grade", () => {
    expect(fieldErrors(base).gradeReason).toHaveLength(1);
    expect(fieldErrors({ ...base, previousReliability: "C" }).gradeReason).toHaveLength(1);
    expect(fieldErrors({ ...base, previousReliability: "C", gradeReason: "   " }).gradeReason).toHaveLength(1);
  });

  it("does not ask when the grade stays, and accepts a given reason", () => {
    expect(fieldErrors({ ...base, previousReliability: "B" })).toEqual({});
    expect(fieldErrors({ ...base, previousReliability: "C", gradeReason: "New corrections policy." })).toEqual({});
  });

  it("reports the missing reason beside the other field errors", () => {
    expect(Object.keys(fieldErrors({ ...base, name: "" })).sort()).toEqual(["gradeReason", "name"]);
  });

  it("gradeReasonMissing compares with the grade the form was loaded with", () => {
    expect(gradeReasonMissing({ reliability: "A", previousReliability: "A" })).toBe(false);
    expect(gradeReasonMissing({ reliability: "A" })).toBe(true);
    expect(gradeReasonMissing({ reliability: "A", previousReliability: "B", gradeReason: "x" })).toBe(false);
  });
});
