// "Showing 51–100 of 12,345" with first / previous / next / last links: plain links (`?page=N`,
// the other search parameters kept), so paging works without JavaScript and a page can be shared.
import Link from "next/link";
import { formatCount } from "@/components/ui/format";
import { pageHref, type PageWindow } from "@/lib/domain/paging";

const strings = {
  showing: (from: number, to: number, total: number, noun: string) =>
    `Showing ${formatCount(from)}–${formatCount(to)} of ${formatCount(total)} ${noun}`,
  page: (page: number, pages: number) => `page ${formatCount(page)} of ${formatCount(pages)}`,
  first: "First",
  previous: "Previous",
  next: "Next",
  last: "Last",
};

interface PagerProps {
  window: PageWindow;
  /** The list's path, e.g. "/timeline". */
  path: string;
  /** The page's other search parameters (filters), kept in every link. */
  params?: URLSearchParams;
  /** What the rows are, plural ("figures", "events"). */
  noun: string;
  /** The navigation's accessible name (a page may have one pager above and one below its list). */
  label: string;
}

export function Pager({ window: w, path, params = new URLSearchParams(), noun, label }: PagerProps) {
  if (w.total === 0) return null;
  const link = (page: number, text: string, rel?: string) => (
    <Link href={pageHref(path, params, page)} rel={rel} className="pager__link">
      {text}
    </Link>
  );
  // One page: the count alone, no navigation landmark with nothing to navigate.
  if (w.pages === 1) return <p className="pager pager__status">{strings.showing(w.from, w.to, w.total, noun)}</p>;
  return (
    <nav className="pager" aria-label={label}>
      <p className="pager__status">
        {strings.showing(w.from, w.to, w.total, noun)}, {strings.page(w.page, w.pages)}
      </p>
      <p className="pager__links">
        {/* Only the moves that lead somewhere (no inert "Previous" on the first page). */}
        {w.page > 2 ? link(1, strings.first) : null}
        {w.page > 1 ? link(w.page - 1, strings.previous, "prev") : null}
        {w.page < w.pages ? link(w.page + 1, strings.next, "next") : null}
        {w.page < w.pages - 1 ? link(w.pages, strings.last) : null}
      </p>
    </nav>
  );
}
