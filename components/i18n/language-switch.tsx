"use client";
// The header's language switch: the same page, with the same filters, in the other language. A
// plain link (a full page load), so that <html lang> and every server-rendered word change with it;
// English is linked as /en/..., which proxy.ts's routing redirects to the unprefixed address while
// it remembers the choice (NEXT_LOCALE), so a Ukrainian browser is not sent back to /uk.
import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { usePathname } from "@/lib/i18n/navigation";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/routing";

export function LanguageSwitch() {
  const t = useTranslations("common.language");
  const current = useLocale();
  const pathname = usePathname();
  const query = useSearchParams().toString();
  return (
    <nav aria-label={t("label")} className="language-switch">
      <ul>
        {LOCALES.map((locale) => (
          <li key={locale}>
            {locale === current ? (
              <span aria-current="true" lang={locale}>
                {LOCALE_NAMES[locale]}
              </span>
            ) : (
              <a href={`/${locale}${pathname === "/" ? "" : pathname}${query ? `?${query}` : ""}`} hrefLang={locale} lang={locale}>
                {LOCALE_NAMES[locale]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
