// What a server page reads to speak the reader's language, in one call: its own messages (one
// next-intl namespace), the locale, the domain words (messagesFor) and the number and date formats
// (formatFor); and the metadata of a page whose title is one message.
import type { Metadata } from "next";
import type { MessageKeys, Messages, NamespaceKeys, NestedKeyOf } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { messagesFor } from "./domain-messages";
import { formatFor } from "./format";

type Namespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>;
type MessageKey = MessageKeys<Messages, NestedKeyOf<Messages>>;

export async function pageWords<N extends Namespace>(namespace: N) {
  const [t, locale] = await Promise.all([getTranslations(namespace), getLocale()]);
  return { t, locale, messages: messagesFor(locale), format: formatFor(locale) };
}

/** A page's `generateMetadata` whose title is one message (e.g. "admin.users.title"), in the reader's language. */
export function titleMetadata(key: MessageKey) {
  return async function generateMetadata(): Promise<Metadata> {
    const t = await getTranslations();
    return { title: t(key) };
  };
}
