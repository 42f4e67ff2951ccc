import { describe, expect, it } from "vitest";
import { messages } from "@/lib/domain/messages";
import { messagesFor } from "./domain-messages";
import { LOCALES } from "./routing";

/** Sample values for the phrases that take more than counts and names. */
const SAMPLES: Record<string, unknown[]> = {
  gradeDescription: ["B2", "B", 2],
  "errors.lowMustEqualBest": ["at_least"],
  "errors.highMustEqualBest": ["at_least"],
  "errors.csvLevelGap": ["UA1402", 2, "UA14"],
};

/** Every word of a Messages object, functions called with sample values. */
function words(node: unknown, path = ""): Array<[string, string]> {
  if (typeof node === "string") return [[path, node]];
  if (typeof node === "function") {
    const args = SAMPLES[path] ?? Array.from({ length: node.length }, (_, i) => (i % 2 ? "UA14" : 3));
    return [[path, String((node as (...a: unknown[]) => unknown)(...args))]];
  }
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => words(v, path ? `${path}.${k}` : k));
}

describe("messagesFor", () => {
  for (const locale of LOCALES) {
    it(`${locale}: finds every word of the rules in the catalogue`, () => {
      for (const [path, text] of words(messagesFor(locale))) {
        expect(text, path).not.toMatch(/^domain\./);
        expect(text.trim(), path).not.toBe("");
      }
    });
  }

  it("keeps English as it was, numbers and plurals included", () => {
    const en = messagesFor("en");
    expect(en).toEqual(expect.objectContaining({ reliability: messages.reliability }));
    expect(en.age(0)).toBe("as of today");
    expect(en.age(1)).toBe("1 day old");
    expect(en.age(1558)).toBe("1,558 days old");
    expect(en.errors.numberTooLarge(8_000_000)).toBe("Enter a number no larger than 8,000,000.");
    expect(en.errors.moveNeedsConfirmation(1)).toBe(
      "Moving this place changes where 1 figure count in the charts. Tick the box to confirm.",
    );
    expect(en.gradeDescription("B2", "B", 2)).toBe("B2: source usually reliable; information probably true");
    expect(en.errors.lowMustEqualBest("at_least")).toBe("For “at least” figures the low estimate must equal the best estimate.");
    expect(en.errors.csvLevelGap("UA14", 1, null)).toMatch(/names no place above it/);
  });

  it("speaks Ukrainian with its plural forms and number format", () => {
    const uk = messagesFor("uk");
    expect(uk.qualifierPhrase.at_least).toBe("щонайменше");
    expect(uk.age(1)).toBe("1 день тому");
    expect(uk.age(3)).toBe("3 дні тому");
    expect(uk.age(1558).replace(/\u00a0/g, " ")).toBe("1 558 днів тому");
    expect(uk.errors.numberTooLarge(8_000_000).replace(/\u00a0/g, " ")).toBe("Введіть число, не більше за 8 000 000.");
    expect(uk.gradeDescription("B2", "B", 2)).toBe("B2: джерело зазвичай надійне; інформація імовірно правдива");
  });
});
