import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createTranslator } from "use-intl/core";
import { catalogs } from "./catalog";
import { tooManyRequestsText } from "./proxy-words";

describe("tooManyRequestsText", () => {
  it("says the catalogue's words, in each language's plural forms", () => {
    for (const locale of ["en", "uk"] as const) {
      const t = createTranslator({ locale, messages: catalogs[locale], namespace: "actions.proxy" });
      for (const seconds of [1, 3, 5, 21, 60]) expect(tooManyRequestsText(locale, seconds)).toBe(t("too_many", { seconds }));
    }
    expect(tooManyRequestsText("en", 1)).toBe("Too many requests from your address. Try again in 1 second.");
    expect(tooManyRequestsText("en", 30)).toBe("Too many requests from your address. Try again in 30 seconds.");
    expect(tooManyRequestsText("uk", 1)).toBe("Забагато запитів із вашої адреси. Спробуйте знову через 1 секунду.");
    expect(tooManyRequestsText("uk", 3)).toBe("Забагато запитів із вашої адреси. Спробуйте знову через 3 секунди.");
    expect(tooManyRequestsText("uk", 5)).toBe("Забагато запитів із вашої адреси. Спробуйте знову через 5 секунд.");
  });

  it("is all of the catalogues the proxy reads: proxy.ts and the words' module import no other catalogue", () => {
    const root = path.resolve(import.meta.dirname, "../..");
    const imports = (file: string) =>
      [...readFileSync(path.join(root, file), "utf8").matchAll(/^import[^;]*?from "([^"]+)"/gms)].map((m) => m[1]);
    expect(imports("proxy.ts")).not.toContain("@/lib/i18n/catalog");
    expect(imports("proxy.ts")).toContain("@/lib/i18n/proxy-words");
    const words = imports("lib/i18n/proxy-words.ts");
    expect(words.filter((from) => from!.includes("messages/"))).toEqual(["@/messages/en/actions.json", "@/messages/uk/actions.json"]);
    expect(words).not.toContain("./catalog");
  });
});
