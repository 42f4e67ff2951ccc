// The words of the exports meant for people (the XLSX "read me", the filters in words, the sources
// sheet's grade history) in a language: a download link from a Ukrainian page carries `lang=uk`.
// Column names, HXL hashtags and every value stay the same in every language.
import { createTranslator } from "use-intl/core";
import { ENGLISH_EXPORT_WORDS, type ExportTranslator, type ExportWords } from "@/lib/domain/figure-export";
import { catalogs } from "@/lib/i18n/catalog";
import { messagesFor } from "@/lib/i18n/domain-messages";
import { formats, TIME_ZONE } from "@/lib/i18n/format";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/routing";

/** The `lang` parameter of a download URL. */
export const EXPORT_LANGUAGE_PARAM = "lang";

/** The language a download URL asks for (`lang=uk`); anything else, or none, is English. */
export function exportLocale(params: URLSearchParams): Locale {
  const lang = params.get(EXPORT_LANGUAGE_PARAM)?.trim().toLowerCase();
  return isLocale(lang) ? lang : DEFAULT_LOCALE;
}

const built = new Map<Locale, ExportWords>([["en", ENGLISH_EXPORT_WORDS]]);

export function exportWordsFor(locale: Locale): ExportWords {
  let words = built.get(locale);
  if (!words) {
    const t = createTranslator({ locale, messages: catalogs[locale], namespace: "exports", formats, timeZone: TIME_ZONE });
    words = { t: t as unknown as ExportTranslator, messages: messagesFor(locale) };
    built.set(locale, words);
  }
  return words;
}
