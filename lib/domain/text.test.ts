import { describe, expect, it } from "vitest";
import { figureInputSchema, timelineEventInputSchema } from "./figure-schema";
import { messages } from "./messages";
import { sourceInputSchema } from "./source-schema";
import { isStorableText, searchTextParam } from "./text";

const today = new Date("2024-01-01T00:00:00Z");

describe("text the database can store", () => {
  it("refuses NUL and nothing else", () => {
    expect(isStorableText("Bakhmut \u202EБахмут 😀 \u0001 \uFFFF")).toBe(true);
    expect(isStorableText("a\u0000b")).toBe(false);
  });

  it("every shared text field refuses a NUL with a field error instead of stripping it", () => {
    const source = sourceInputSchema().safeParse({
      name: "Ok\u0000name",
      kind: "ngo",
      reliability: "B",
      notes: "x\u0000",
      url: "https://a.example/\u0000",
    });
    expect(source.success).toBe(false);
    const errors = source.error!.flatten().fieldErrors;
    expect(errors.name).toContain(messages.errors.textUnstorable);
    expect(errors.notes).toContain(messages.errors.textUnstorable);
    expect(errors.url).toContain(messages.errors.textUnstorable);

    const event = timelineEventInputSchema(today).safeParse({
      occurredOn: "2023-05-20",
      title: "\u0000",
      locationId: "1",
      sourceId: "1",
      credibility: "2",
    });
    expect(event.error?.flatten().fieldErrors.title).toContain(messages.errors.textUnstorable);

    const figure = figureInputSchema(today).safeParse({
      indicatorId: "1",
      locationId: "1",
      sourceId: "1",
      asOf: "2023-05-20",
      best: "5",
      credibility: "2",
      notes: "fine\u0000",
      sourcePlaceName: "\u0000x",
    });
    expect(figure.error?.flatten().fieldErrors.notes).toContain(messages.errors.textUnstorable);
    expect(figure.error?.flatten().fieldErrors.sourcePlaceName).toContain(messages.errors.textUnstorable);
  });

  it("versions and ids in the form schemas stay within PostgreSQL's int", () => {
    const base = { indicatorId: "1", locationId: "1", sourceId: "1", asOf: "2023-05-20", best: "5", credibility: "2" };
    expect(figureInputSchema(today).safeParse({ ...base, version: "2147483648" }).success).toBe(false);
    expect(figureInputSchema(today).safeParse({ ...base, sourceId: "2147483648" }).success).toBe(false);
    expect(figureInputSchema(today).safeParse({ ...base, version: "2147483647" }).success).toBe(true);
  });

  it("a search parameter with a NUL, or repeated, is no search at all", () => {
    expect(searchTextParam("  bakhmut ", 100)).toBe("bakhmut");
    expect(searchTextParam("x".repeat(500), 100)).toHaveLength(100);
    expect(searchTextParam("a\u0000", 100)).toBe("");
    expect(searchTextParam(["a", "b"], 100)).toBe("");
    expect(searchTextParam(undefined, 100)).toBe("");
  });
});
