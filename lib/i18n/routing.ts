// How a language shows in the URL: English at /casualties, Ukrainian at /uk/casualties (next-intl's
// "as-needed" prefix). A reader's first visit to an unprefixed page is redirected to their
// Accept-Language's choice; a switch of language is remembered in the NEXT_LOCALE cookie. proxy.ts
// runs next-intl's routing, which also answers a `Link` header with the hreflang alternates.
import { defineRouting } from "next-intl/routing";
import { DEFAULT_LOCALE, LOCALE_COOKIE, LOCALES } from "./locales.mjs";

export type Locale = (typeof LOCALES)[number];
export { LOCALES, DEFAULT_LOCALE };

export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  localePrefix: "as-needed",
  localeCookie: { name: LOCALE_COOKIE, sameSite: "lax", maxAge: 60 * 60 * 24 * 365 },
});

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The name of each language in itself, for the language switch. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", uk: "Українська" };
