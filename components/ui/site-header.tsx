import Link from "next/link";
import { AccountMenu } from "./account-menu";
import { DOMAINS } from "@/lib/domain/enums";
import { messages } from "@/lib/domain/messages";

const strings = { brand: "Crisis Ledger", nav: "Main", overview: "Overview", sources: "Sources", timeline: "Timeline", data: "Data" };

/** `account: false` leaves out the account menu, for pages rendered at build time (no session there). */
export function SiteHeader({ account = true }: { account?: boolean }) {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="brand">
          {strings.brand}
        </Link>
        <nav aria-label={strings.nav} className="site-nav">
          <Link href="/">{strings.overview}</Link>
          {DOMAINS.map((d) => (
            <Link key={d} href={`/${d}`}>
              {messages.domain[d]}
            </Link>
          ))}
          <Link href="/sources">{strings.sources}</Link>
          <Link href="/timeline">{strings.timeline}</Link>
          <Link href="/data">{strings.data}</Link>
        </nav>
        {account ? <AccountMenu /> : null}
      </div>
    </header>
  );
}
