// Data in both languages (issue 14): an indicator's name, a place's name or a source's notes are
// stored in English and, where someone wrote it, in Ukrainian. A reader sees their language's text,
// or the English one when the Ukrainian is missing; `lang` says which was shown, so the page can
// mark a fallback lang="en" (screen readers then read it in English, and the untranslated-text
// check knows it is data, not a forgotten string).

/** The languages data texts are kept in (the same two as the interface). */
export type TextLang = "en" | "uk";

export interface BilingualText {
  en: string | null | undefined;
  uk: string | null | undefined;
}

export interface LocalizedText {
  text: string;
  lang: TextLang;
}

/** The text in `locale`, or the English one when that is missing or blank. */
export function localized(texts: BilingualText, locale: string): LocalizedText {
  const uk = texts.uk?.trim();
  if (locale === "uk" && uk) return { text: texts.uk as string, lang: "uk" };
  return { text: texts.en ?? "", lang: "en" };
}

/** Just the text (for attributes, sorting, titles), with the same fallback. */
export function localizedText(texts: BilingualText, locale: string): string {
  return localized(texts, locale).text;
}

/** A place's name in the reader's language (locations always have both). */
export function placeName(place: { nameEn: string; nameUk?: string | null }, locale: string): string {
  return localizedText({ en: place.nameEn, uk: place.nameUk }, locale);
}

/** An indicator's name, description or unit in the reader's language. */
export function indicatorText(
  indicator: {
    name: string;
    nameUk?: string | null;
    description?: string | null;
    descriptionUk?: string | null;
    unit?: string;
    unitUk?: string | null;
  },
  field: "name" | "description" | "unit",
  locale: string,
): LocalizedText {
  if (field === "name") return localized({ en: indicator.name, uk: indicator.nameUk }, locale);
  if (field === "description") return localized({ en: indicator.description, uk: indicator.descriptionUk }, locale);
  return localized({ en: indicator.unit, uk: indicator.unitUk }, locale);
}
