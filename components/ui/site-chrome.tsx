import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { DemoNotice } from "./demo-notice";
import { SiteHeader } from "./site-header";

/** Skip link, header, demo notice, main and footer: every page except the embeddable charts. */
export function SiteChrome({ children, account = true }: { children: ReactNode; account?: boolean }) {
  const t = useTranslations("common");
  return (
    <>
      {/* No first paint of a page the parser has only partly read: the browser waits for the footer,
          the end of the shell (a streamed part's fallback is in the shell, so this waits for no data).
          Otherwise a chunk of HTML ending mid-header or mid-list is painted, and what follows moves it:
          a layout shift on a slow network (and, now and then, in e2e/public-pages.spec.ts's test).
          React puts the <link> in <head>; browsers without render-blocking `expect` links ignore it. */}
      <link rel="expect" href="#site-footer" blocking="render" />
      <a className="skip-link" href="#content">
        {t("skipToContent")}
      </a>
      <SiteHeader account={account} />
      <DemoNotice />
      <main id="content">{children}</main>
      <footer className="site-footer" id="site-footer">
        <p>{t("footer")}</p>
      </footer>
    </>
  );
}
