// The import's words in the reader's language, for server code (pages, routes, actions): built once
// per language from the catalogues. Client components use useTranslations("imports") instead.
import { createTranslator } from "use-intl/core";
import { catalogs } from "@/lib/i18n/catalog";
import { formats, TIME_ZONE } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/routing";
import { importWords, type ImportWords, type Translator } from "./problems";

const built = new Map<Locale, ImportWords>();

export function importWordsFor(locale: Locale): ImportWords {
  let words = built.get(locale);
  if (!words) {
    const of = (namespace: "imports" | "domain") =>
      createTranslator({ locale, messages: catalogs[locale], namespace, formats, timeZone: TIME_ZONE }) as unknown as Translator;
    words = importWords(of("imports"), of("domain"));
    built.set(locale, words);
  }
  return words;
}
