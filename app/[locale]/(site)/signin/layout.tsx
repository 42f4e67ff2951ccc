import { NextIntlClientProvider } from "next-intl";
import { getLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { pickMessages, PUBLIC_CLIENT_NAMESPACES } from "@/lib/i18n/catalog";
import type { Locale } from "@/lib/i18n/routing";

// The sign-in form needs only its own words ("account") beside the public ones: not the whole
// staff catalogue, which a visitor who is not signed in has no use for.
export default async function SignInLayout({ children }: { children: ReactNode }) {
  const locale = (await getLocale()) as Locale;
  return (
    <NextIntlClientProvider locale={locale} messages={pickMessages(locale, [...PUBLIC_CLIENT_NAMESPACES, "account"])}>
      {children}
    </NextIntlClientProvider>
  );
}
