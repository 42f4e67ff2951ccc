// The interface languages, in one place for the app (lib/i18n/routing.ts) and the edge
// (scripts/lib/page-cache.mjs, which is plain JavaScript). English is the default and has no
// prefix in the URL (/casualties); every other language has its own (/uk/casualties).
export const LOCALES = /** @type {const} */ (["en", "uk"]);
export const DEFAULT_LOCALE = "en";
/** The cookie that remembers a reader's choice of language (next-intl's default name). */
export const LOCALE_COOKIE = "NEXT_LOCALE";
