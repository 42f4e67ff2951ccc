// A redirect from server code (actions, guards) to a page in a given language: English pages have
// no prefix, the others /<locale>/... (lib/i18n/routing.ts, "as-needed"). Plain next/navigation
// underneath, so server modules (and their tests) do not load next-intl's client navigation.
import { redirect } from "next/navigation";
import { DEFAULT_LOCALE, type Locale } from "./routing";

/** The address of `path` ("/editor?deleted=1") in `locale`. */
export function localePath(path: string, locale: Locale): string {
  if (locale === DEFAULT_LOCALE) return path;
  return path === "/" ? `/${locale}` : `/${locale}${path}`;
}

export function redirectIn(locale: Locale, path: string): never {
  redirect(localePath(path, locale));
}
