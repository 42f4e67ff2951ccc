// next-intl's per-request configuration (next.config.js points its plugin here): the locale comes
// from the [locale] segment, or from the header proxy.ts's routing sets for pages outside it (the
// root not-found and forbidden pages).
import { getRequestConfig } from "next-intl/server";
import { catalogs } from "./catalog";
import { formats, TIME_ZONE } from "./format";
import { DEFAULT_LOCALE, isLocale } from "./routing";

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  return { locale, messages: catalogs[locale], timeZone: TIME_ZONE, formats };
});
