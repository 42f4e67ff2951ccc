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

/**
 * The text in `locale`, or the English one when that is missing or blank. Where only a Ukrainian
 * text exists (optional notes written in Ukrainian alone), every reader gets it, marked "uk".
 */
export function localized(texts: BilingualText, locale: string): LocalizedText {
  const en = texts.en?.trim() ? texts.en : null;
  const uk = texts.uk?.trim() ? texts.uk : null;
  if (locale === "uk" && uk) return { text: uk, lang: "uk" };
  if (en) return { text: en, lang: "en" };
  if (uk) return { text: uk, lang: "uk" };
  return { text: "", lang: "en" };
}

/** Just the text (for attributes, sorting, titles), with the same fallback. */
export function localizedText(texts: BilingualText, locale: string): string {
  return localized(texts, locale).text;
}

/** A place's name in the reader's language (locations always have both). */
export function placeName(place: { nameEn: string; nameUk?: string | null }, locale: string): string {
  return localizedText({ en: place.nameEn, uk: place.nameUk }, locale);
}

/**
 * A place's name in the reader's language with the language shown, for marking an English fallback
 * (`<DataText value={placeText(place, locale)} />`).
 */
export function placeText(place: { nameEn: string; nameUk?: string | null }, locale: string): LocalizedText {
  return localized({ en: place.nameEn, uk: place.nameUk }, locale);
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

/** An indicator's name as plain text (inside a composed title or a link's words). */
export function indicatorName(indicator: { name: string; nameUk?: string | null }, locale: string): string {
  return localizedText({ en: indicator.name, uk: indicator.nameUk }, locale);
}

/** An indicator's unit as plain text ("people" / "осіб"). */
export function indicatorUnit(indicator: { unit: string; unitUk?: string | null }, locale: string): string {
  return localizedText({ en: indicator.unit, uk: indicator.unitUk }, locale);
}

/** The place a claim row is about, in the reader's language. */
export function claimPlaceName(claim: { placeName: string; placeNameUk?: string | null }, locale: string): string {
  return localizedText({ en: claim.placeName, uk: claim.placeNameUk }, locale);
}

/**
 * The language of a text an editor typed (a note, an event's title), for its `lang` attribute: such
 * texts are shown as entered, in whatever language they were written. Told by the alphabet:
 * Cyrillic with a letter only Ukrainian has (і ї є ґ) is Ukrainian, with one only Russian has
 * (ы э ъ ё) Russian; Latin letters and no Cyrillic English. Anything else (plain Cyrillic
 * without a telling letter, both alphabets, no letters) is left unmarked: the page's language applies.
 */
export function enteredTextLang(text: string): "en" | "uk" | "ru" | undefined {
  const cyrillic = /[\u0400-\u04ff]/u.test(text);
  const latin = /[A-Za-z]/.test(text);
  if (cyrillic && latin) return undefined;
  if (cyrillic) {
    const ukrainian = /[іїєґІЇЄҐ]/u.test(text);
    const russian = /[ыэъёЫЭЪЁ]/u.test(text);
    if (ukrainian !== russian) return ukrainian ? "uk" : "ru";
    return undefined;
  }
  return latin ? "en" : undefined;
}

/**
 * A text that names a file's values among words of another alphabet (a Ukrainian column meaning:
 * "Розподіл: female (жінки) або male (чоловіки)"), in runs: its lowercase Latin words (`female`,
 * `at_least`, `figure_url`) are values, to be shown as code. A text without Cyrillic (English) is a
 * single run of words, and capitalised names (HXL, Crisis Ledger, UTC) stay words in any text.
 */
export function valueRuns(text: string): { text: string; value: boolean }[] {
  if (!/[\u0400-\u04ff]/u.test(text)) return [{ text, value: false }];
  const runs: { text: string; value: boolean }[] = [];
  let at = 0;
  for (const match of text.matchAll(/(?<![A-Za-z0-9_])[a-z][a-z0-9]*(?:_[a-z0-9]+)*(?![A-Za-z0-9_])/g)) {
    if (match.index > at) runs.push({ text: text.slice(at, match.index), value: false });
    runs.push({ text: match[0], value: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), value: false });
  return runs;
}
