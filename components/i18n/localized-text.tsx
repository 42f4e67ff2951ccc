// A data text (place or indicator name, unit, description, source notes) in the reader's language.
// When the Ukrainian text is missing the English one is shown inside <span lang="en"> (and a text
// written only in Ukrainian inside <span lang="uk"> on an English page), so screen readers switch
// voice and the untranslated-text check knows it is data. Works in server and client components
// (useLocale reads the request's locale in both).
import { useLocale } from "next-intl";
import { localized, type BilingualText } from "@/lib/domain/localized";

export function LocalizedText({ en, uk }: BilingualText) {
  const locale = useLocale();
  const { text, lang } = localized({ en, uk }, locale);
  return lang !== locale ? <span lang={lang}>{text}</span> : <>{text}</>;
}
