"use client";
// The rules' words (lib/domain/messages.ts) in the reader's language, for client components (forms
// validate in the browser with the same schemas as the server, and show the same words).
import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import { domainMessages, type DomainTranslator, type Messages } from "@/lib/domain/messages";

export function useDomainMessages(): Messages {
  const t = useTranslations("domain");
  const locale = useLocale();
  // t is stable per locale and catalogue; locale is listed so a change of language rebuilds.
  return useMemo(() => domainMessages(t as unknown as DomainTranslator), [t, locale]); // eslint-disable-line react-hooks/exhaustive-deps
}
