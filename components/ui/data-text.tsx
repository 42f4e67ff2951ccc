// A data text already chosen by lib/domain/localized.ts (indicatorText, localized): marked
// lang="en" when it is the English fallback on a Ukrainian page.
import { useLocale } from "next-intl";
import type { ReactNode } from "react";
import type { LocalizedText } from "@/lib/domain/localized";

export function DataText({ value }: { value: LocalizedText }) {
  return value.lang !== useLocale() ? <span lang={value.lang}>{value.text}</span> : <>{value.text}</>;
}

/** Marks what it wraps with the language of the data text inside, when that differs from the page's. */
export function DataLang({ lang, children }: { lang: LocalizedText["lang"]; children: ReactNode }) {
  return lang !== useLocale() ? <span lang={lang}>{children}</span> : <>{children}</>;
}
