// The rules' words (lib/domain/messages.ts) in a given language, for server code: pages, actions
// and route handlers call messagesFor(await getLocale()). One object per language, built once.
import { createTranslator } from "use-intl/core";
import { domainMessages, type DomainTranslator, type Messages } from "@/lib/domain/messages";
import { catalogs } from "./catalog";
import { formats, TIME_ZONE } from "./format";
import type { Locale } from "./routing";

const built = new Map<Locale, Messages>();

export function messagesFor(locale: Locale): Messages {
  let messages = built.get(locale);
  if (!messages) {
    const t = createTranslator({ locale, messages: catalogs[locale], namespace: "domain", formats, timeZone: TIME_ZONE });
    messages = domainMessages(t as unknown as DomainTranslator);
    built.set(locale, messages);
  }
  return messages;
}
