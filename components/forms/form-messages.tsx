// The words a form needs (action answers, the shared form parts) for one form on a page that is not
// a staff page (public pages send only the public catalogues): wrap the form in this.
import { NextIntlClientProvider, useLocale } from "next-intl";
import type { ReactNode } from "react";
import { pickMessages, PUBLIC_CLIENT_NAMESPACES } from "@/lib/i18n/catalog";
import type { Locale } from "@/lib/i18n/routing";

export function FormMessages({ children }: { children: ReactNode }) {
  const locale = useLocale() as Locale;
  return (
    <NextIntlClientProvider locale={locale} messages={pickMessages(locale, [...PUBLIC_CLIENT_NAMESPACES, "actions", "fields"])}>
      {children}
    </NextIntlClientProvider>
  );
}
