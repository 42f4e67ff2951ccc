import type { ReactNode } from "react";
import { DemoNotice } from "./demo-notice";
import { SiteHeader } from "./site-header";

const strings = {
  skip: "Skip to content",
  footer:
    "Crisis Ledger records what each source says, with its grade and range. No figure here is independently verified unless it says so.",
};

/** Skip link, header, demo notice, main and footer: every page except the embeddable charts. */
export function SiteChrome({ children, account = true }: { children: ReactNode; account?: boolean }) {
  return (
    <>
      <a className="skip-link" href="#content">
        {strings.skip}
      </a>
      <SiteHeader account={account} />
      <DemoNotice />
      <main id="content">{children}</main>
      <footer className="site-footer">
        <p>{strings.footer}</p>
      </footer>
    </>
  );
}
