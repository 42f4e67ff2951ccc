// The "untranslated text" check: on a page in Ukrainian, every word a reader sees should be
// Ukrainian. It walks the visible text (and accessible names given by aria-label) and reports Latin
// words of 4+ letters, except:
// - inside an element marked with another language (lang="en": a data text with no Ukrainian
//   version yet, shown in English on purpose) or inside code, kbd, abbr, textarea (URL parameters,
//   grades, embed code);
// - names that stay as they are in Ukrainian (formats, standards, the product's name);
// - words of the data itself (source names, editors' free text), passed by the caller.
import type { Page } from "@playwright/test";
import { DEMO_ORGANISATION } from "../../prisma/seed/data/users";
import { figures, sources, timeline } from "../oracle";

/** Names that Ukrainian texts keep in Latin letters. */
export const KEPT_NAMES = [
  "HXL",
  "HDX",
  "HTML",
  "CSV",
  "XLSX",
  "JSON",
  "API",
  "UTC",
  "UTF",
  "Excel",
  "Proxy",
  "libhxl",
  "Crisis",
  "Ledger",
  "P-code",
];

/** Words of the demo data's names, shown as they are: source names and affiliations. */
export function dataWords(): string[] {
  const texts = sources.flatMap((s) => [s.name, s.affiliation ?? ""]);
  return [...new Set(texts.flatMap((t) => t.match(/[A-Za-z][A-Za-z'’-]*/g) ?? []))];
}

/** Editors' free text, shown as entered (in English in the demo data): a text node that is exactly one of these is skipped. */
export function enteredTexts(): string[] {
  return [
    ...timeline.flatMap((e) => [e.title, e.description]),
    ...figures.flatMap((f) => [
      (f as { notes?: string | null }).notes ?? "",
      (f as { sourcePlaceName?: string | null }).sourcePlaceName ?? "",
    ]),
    // The reason prisma/seed/seed.ts gives each source's first grade, and the demo users' organisation.
    "Initial grade (demo data set).",
    DEMO_ORGANISATION,
  ].filter(Boolean);
}

/** The Latin words of 4+ letters a reader of `page` sees outside the exceptions, with where they are. */
export async function untranslatedWords(
  page: Page,
  allowed: readonly string[] = [...KEPT_NAMES, ...dataWords()],
  entered: readonly string[] = enteredTexts(),
): Promise<string[]> {
  return page.evaluate(
    ([allowList, enteredList]) => {
      const asEntered = new Set(enteredList.map((t) => t.trim()));
      const allow = new Set(allowList.map((w) => w.toLowerCase()));
      const SKIP = "code, kbd, abbr, textarea, script, style, noscript, template, svg title";
      const foreign = (el: Element) => {
        const marked = el.closest("[lang]");
        return !!marked && !marked.getAttribute("lang")!.startsWith("uk");
      };
      const visible = (el: Element) =>
        el.closest(".visually-hidden") !== null || el.closest("option") !== null || el.checkVisibility({ visibilityProperty: true });
      const found: string[] = [];
      const check = (text: string, el: Element) => {
        const cleaned = text
          .replace(/https?:\/\/\S+/g, " ")
          .replace(/#[\w+-]+/g, " ") // HXL hashtags and attributes
          .replace(/\b[A-Z]{2}\d[\w]*/g, " "); // P-codes
        for (const word of cleaned.match(/[A-Za-z][A-Za-z'’-]*[A-Za-z]/g) ?? []) {
          const letters = word.replace(/[^A-Za-z]/g, "");
          if (letters.length < 4 || allow.has(word.toLowerCase())) continue;
          if (word.split(/[-'’]/).every((part) => part.length < 4 || allow.has(part.toLowerCase()))) continue;
          const where =
            el.tagName.toLowerCase() +
            (el.id ? `#${el.id}` : el.className && typeof el.className === "string" ? `.${el.className.split(" ")[0]}` : "");
          found.push(`${word} (in <${where}>: “${text.trim().slice(0, 80)}”)`);
        }
      };
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement;
        if (!el || !node.textContent?.trim() || el.closest(SKIP) || foreign(el) || !visible(el)) continue;
        if (asEntered.has(node.textContent.trim())) continue;
        check(node.textContent, el);
      }
      for (const el of document.body.querySelectorAll("[aria-label]")) {
        if (!el.closest(SKIP) && !foreign(el)) check(el.getAttribute("aria-label")!, el);
      }
      return found;
    },
    [allowed, entered] as const,
  );
}
