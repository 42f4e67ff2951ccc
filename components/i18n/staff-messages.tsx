import { NextIntlClientProvider } from "next-intl";
import { getLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { pickMessages, STAFF_CLIENT_NAMESPACES } from "@/lib/i18n/catalog";
import type { Locale } from "@/lib/i18n/routing";

/**
 * The staff pages' client components (forms, action answers, field errors) need more words than the
 * public pages send: a staff area's layout wraps its pages in this.
 */
export async function StaffMessages({ children }: { children: ReactNode }) {
  const locale = (await getLocale()) as Locale;
  return (
    <NextIntlClientProvider locale={locale} messages={pickMessages(locale, STAFF_CLIENT_NAMESPACES)}>
      {children}
    </NextIntlClientProvider>
  );
}
