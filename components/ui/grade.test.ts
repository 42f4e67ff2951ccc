import { describe, expect, it, vi } from "vitest";

// Counts the translators built: a table calls gradeLabel once a row.
const built = vi.hoisted(() => ({ count: 0 }));
vi.mock("use-intl/core", async (original) => {
  const real = await original<typeof import("use-intl/core")>();
  return {
    ...real,
    createTranslator: ((...args: Parameters<typeof real.createTranslator>) => {
      built.count++;
      return real.createTranslator(...args);
    }) as typeof real.createTranslator,
  };
});

const { gradeLabel } = await import("./grade");

describe("gradeLabel", () => {
  it("says a grade and its meaning in the reader's language", () => {
    expect(gradeLabel("B", undefined, "en")).toEqual({ text: "B", title: "Source reliability B: usually reliable" });
    expect(gradeLabel("B", undefined, "uk").text).toBe("B");
    expect(gradeLabel("B", undefined, "uk").title).toMatch(/^Надійність джерела B: /);
    expect(gradeLabel("B", 2, "en").text).toBe("B2");
  });

  it("builds its words once per language, not once per call", () => {
    gradeLabel("A", undefined, "en");
    gradeLabel("A", undefined, "uk");
    const before = built.count;
    for (let row = 0; row < 500; row++) {
      gradeLabel(row % 2 ? "C" : "D", undefined, "en");
      gradeLabel(row % 2 ? "C" : "D", undefined, "uk");
      gradeLabel("B", 3, "uk");
    }
    expect(built.count).toBe(before);
  });
});
