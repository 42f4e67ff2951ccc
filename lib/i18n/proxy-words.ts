// The words proxy.ts answers with (a 429's text), and no more of the catalogues: the proxy runs
// before every request in a bundle of its own, and importing lib/i18n/catalog.ts would put every
// area's words in every language into it. The text stays in the catalogue
// (messages/<locale>/actions.json, "proxy"), read from the one file that holds it.
import { createTranslator } from "use-intl/core";
import enActions from "@/messages/en/actions.json" with { type: "json" };
import ukActions from "@/messages/uk/actions.json" with { type: "json" };
import type { Locale } from "./routing";

type ProxyWords = typeof enActions.proxy;

const WORDS: Record<Locale, ProxyWords> = { en: enActions.proxy, uk: ukActions.proxy as ProxyWords };

const translators = new Map<Locale, ReturnType<typeof translatorFor>>();

function translatorFor(locale: Locale) {
  return createTranslator({ locale, messages: { proxy: WORDS[locale] }, namespace: "proxy" });
}

/** "Too many requests from your address. Try again in 30 seconds." in `locale`. */
export function tooManyRequestsText(locale: Locale, seconds: number): string {
  let t = translators.get(locale);
  if (!t) {
    t = translatorFor(locale);
    translators.set(locale, t);
  }
  return t("too_many", { seconds });
}
