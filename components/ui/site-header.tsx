import Link from "next/link";

const strings = { brand: "Crisis Ledger", nav: "Main", overview: "Overview" };

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="brand">{strings.brand}</Link>
        <nav aria-label={strings.nav} className="site-nav">
          <Link href="/">{strings.overview}</Link>
        </nav>
      </div>
    </header>
  );
}
