import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { publicClientMessages } from "@/lib/i18n/public-client-messages";
import type { Locale } from "@/lib/i18n/routing";
import "./globals.css";

// The document only. The site's chrome (header, demo notice, footer) is in app/[locale]/(site)/layout.tsx;
// embeddable charts (app/[locale]/embed) have their own, without the header. The language comes
// from the URL (proxy.ts's routing sets it for every page, the root not-found page included).
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return {
    title: { default: t("brand"), template: t("titleTemplate", { title: "%s" }) },
    description: t("description"),
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page is rendered per request: Next.js puts the request's CSP nonce (proxy.ts) on its
  // scripts only while rendering, so a page prerendered at build time would have its scripts blocked.
  await connection();
  const locale = (await getLocale()) as Locale;
  // Client components get the keys the public pages' client components read only (lib/i18n/public-client-messages.ts);
  // staff layouts, forms on public pages and the sign-in page give theirs (StaffMessages, FormMessages).
  return (
    <html lang={locale}>
      <body>
        <NextIntlClientProvider locale={locale} messages={publicClientMessages(locale)}>
          {children}
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
