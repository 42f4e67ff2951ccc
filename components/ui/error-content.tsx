"use client";
// What an error boundary shows (app/error.tsx, the site's error.tsx). The way home is a plain link (a
// full page load, which also starts the page's state afresh after an error), not the language-keeping
// Link of lib/i18n/navigation: error boundaries are loaded with every page in a chunk of their own, and
// that Link's code (next/link and next-intl's navigation, ~5 kB gzipped) would be sent twice.
import { useLocale, useTranslations } from "next-intl";
import { DEFAULT_LOCALE } from "@/lib/i18n/routing";

export function ErrorContent({ reset }: { reset: () => void }) {
  const t = useTranslations("common.error");
  const locale = useLocale();
  return (
    <div className="status-page" role="alert">
      <h1>{t("title")}</h1>
      <p>{t("text")}</p>
      <p>
        <button type="button" className="button button--primary" onClick={reset}>
          {t("retry")}
        </button>{" "}
        <a href={locale === DEFAULT_LOCALE ? "/" : `/${locale}`}>{t("home")}</a>
      </p>
    </div>
  );
}
