import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { DemoNotice } from "./demo-notice";
import { SiteHeader } from "./site-header";

/** Skip link, header, demo notice, main and footer: every page except the embeddable charts. */
export function SiteChrome({ children, account = true }: { children: ReactNode; account?: boolean }) {
  const t = useTranslations("common");
  return (
    <>
      <a className="skip-link" href="#content">
        {t("skipToContent")}
      </a>
      <SiteHeader account={account} />
      <DemoNotice />
      <main id="content">{children}</main>
      <footer className="site-footer">
        <p>{t("footer")}</p>
      </footer>
    </>
  );
}
