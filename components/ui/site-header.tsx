import { useTranslations } from "next-intl";
import { Suspense } from "react";
import { AccountMenu } from "./account-menu";
import { LanguageSwitch } from "@/components/i18n/language-switch";
import { DOMAINS } from "@/lib/domain/enums";
import { Link } from "@/lib/i18n/navigation";

/** `account: false` leaves out the account menu, for pages rendered at build time (no session there). */
export function SiteHeader({ account = true }: { account?: boolean }) {
  const t = useTranslations("common");
  const domain = useTranslations("domain.domain");
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="brand">
          {t("brand")}
        </Link>
        <nav aria-label={t("nav.label")} className="site-nav">
          <Link href="/">{t("nav.overview")}</Link>
          {DOMAINS.map((d) => (
            <Link key={d} href={`/${d}`}>
              {domain(d)}
            </Link>
          ))}
          <Link href="/sources">{t("nav.sources")}</Link>
          <Link href="/timeline">{t("nav.timeline")}</Link>
          <Link href="/data">{t("nav.data")}</Link>
        </nav>
        {/* The switch reads the query (to keep the filters), which only the browser knows for a cached page. */}
        <Suspense fallback={null}>
          <LanguageSwitch />
        </Suspense>
        {account ? <AccountMenu /> : null}
      </div>
    </header>
  );
}
