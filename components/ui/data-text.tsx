// A data text already chosen by lib/domain/localized.ts (indicatorText, localized): marked
// lang="en" when it is the English fallback on a Ukrainian page. And a text a person typed (a
// reviewer's reason, a retraction's, a grade change's): shown as entered, marked with the language
// its alphabet tells (enteredTextLang), whatever the page's language.
import { useLocale } from "next-intl";
import type { ReactNode } from "react";
import { enteredTextLang, type LocalizedText } from "@/lib/domain/localized";

export function DataText({ value }: { value: LocalizedText }) {
  return value.lang !== useLocale() ? <span lang={value.lang}>{value.text}</span> : <>{value.text}</>;
}

/** Marks what it wraps with the language of the data text inside, when that differs from the page's. */
export function DataLang({ lang, children }: { lang: LocalizedText["lang"]; children: ReactNode }) {
  return lang !== useLocale() ? <span lang={lang}>{children}</span> : <>{children}</>;
}

/** A text someone typed, as entered, in a span marked with its language when the alphabet tells it. */
export function EnteredText({ text }: { text: string }) {
  return <span lang={enteredTextLang(text)}>{text}</span>;
}

/**
 * For `t.rich`: the tag around a typed text inside a message (`"Rejected by a reviewer: <entered>{reason}</entered>"`),
 * marking it with that text's language: `t.rich("rejected", { reason, entered: entered(reason) })`.
 */
export function entered(text: string) {
  const lang = enteredTextLang(text);
  return function EnteredChunks(chunks: ReactNode) {
    return <span lang={lang}>{chunks}</span>;
  };
}
