// "Showing 51–100 of 12,345" with first / previous / next / last links: plain links (`?page=N`,
// the other search parameters kept), so paging works without JavaScript and a page can be shared.
import { useLocale, useTranslations } from "next-intl";
import { pageHref, type PageWindow } from "@/lib/domain/paging";
import { formatFor } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

/** The links' relations to this page (rel="prev" / "next"). */
const REL = { prev: "prev", next: "next" } as const;

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
  const t = useTranslations("public.pager");
  const { count } = formatFor(useLocale() as Locale);
  if (w.total === 0) return null;
  const showing = t("showing", { from: count(w.from), to: count(w.to), total: count(w.total), noun });
  const link = (page: number, text: string, rel?: string) => (
    <Link href={pageHref(path, params, page)} rel={rel} className="pager__link">
      {text}
    </Link>
  );
  // One page: the count alone, no navigation landmark with nothing to navigate.
  if (w.pages === 1) return <p className="pager pager__status">{showing}</p>;
  return (
    <nav className="pager" aria-label={label}>
      <p className="pager__status">
        {showing}, {t("page", { page: count(w.page), pages: count(w.pages) })}
      </p>
      <p className="pager__links">
        {/* Only the moves that lead somewhere (no inert "Previous" on the first page). */}
        {w.page > 2 ? link(1, t("first")) : null}
        {w.page > 1 ? link(w.page - 1, t("previous"), REL.prev) : null}
        {w.page < w.pages ? link(w.page + 1, t("next"), REL.next) : null}
        {w.page < w.pages - 1 ? link(w.pages, t("last")) : null}
      </p>
    </nav>
  );
}
