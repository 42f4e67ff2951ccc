// "Download data" on a domain page: every published figure the page's filters select (not only
// what the charts draw), as CSV with HXL hashtags, XLSX or JSON, and a link to /data for more
// choices. A server component with plain links: works without JavaScript, reads no session.
import { exportHref, exportSearchParams } from "@/lib/domain/figure-export";
import type { FigureQuery } from "@/lib/domain/figure-query";

const strings = {
  heading: "Download data",
  text: (what: string, place: string) =>
    `Every published figure of ${what} for ${place} and the places within it, with the filters above, one row per claim with its source, grade and range:`,
  csv: "CSV (with HXL hashtags)",
  xlsx: "Excel (XLSX)",
  json: "JSON",
  more: "More choices on the data page",
};

export function DownloadData({ query, what, placeName }: { query: FigureQuery; what: string; placeName: string }) {
  return (
    <section className="download-data" aria-labelledby="download-data-heading">
      <h2 id="download-data-heading">{strings.heading}</h2>
      <p>{strings.text(what, placeName)}</p>
      <ul className="download-data__links">
        <li>
          <a className="button" href={exportHref(query, "csv")} download>
            {strings.csv}
          </a>
        </li>
        <li>
          <a className="button" href={exportHref(query, "xlsx")} download>
            {strings.xlsx}
          </a>
        </li>
        <li>
          <a className="button" href={exportHref(query, "json")} download>
            {strings.json}
          </a>
        </li>
        <li>
          <a href={`/data?${exportSearchParams(query).toString()}`}>{strings.more}</a>
        </li>
      </ul>
    </section>
  );
}
