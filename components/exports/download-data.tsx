// "Download data" on a domain page: every published figure the page's filters select (not only
// what the charts draw), as CSV with HXL hashtags, XLSX or JSON, and a link to /data for more
// choices. A server component with plain links: works without JavaScript, reads no session.
import { useTranslations } from "next-intl";
import { exportHref, exportSearchParams } from "@/lib/domain/figure-export";
import type { FigureQuery } from "@/lib/domain/figure-query";
import { Link } from "@/lib/i18n/navigation";

export function DownloadData({
  query,
  what,
  whatLang,
  placeName,
}: {
  query: FigureQuery;
  what: string;
  /** The language of `what` when it is a data text (an indicator's name) shown in English on a Ukrainian page. */
  whatLang?: string;
  placeName: string;
}) {
  const t = useTranslations("public.download");
  const text = t.rich("text", { what, place: placeName, ln: (chunks) => (whatLang ? <span lang={whatLang}>{chunks}</span> : chunks) });
  return (
    <section className="download-data" aria-labelledby="download-data-heading">
      <h2 id="download-data-heading">{t("heading")}</h2>
      <p>{text}</p>
      <ul className="download-data__links">
        <li>
          <a className="button" href={exportHref(query, "csv")} download>
            {t("csv")}
          </a>
        </li>
        <li>
          <a className="button" href={exportHref(query, "xlsx")} download>
            {t("xlsx")}
          </a>
        </li>
        <li>
          <a className="button" href={exportHref(query, "json")} download>
            {t("json")}
          </a>
        </li>
        <li>
          <Link href={`/data?${exportSearchParams(query).toString()}`}>{t("more")}</Link>
        </li>
      </ul>
    </section>
  );
}
