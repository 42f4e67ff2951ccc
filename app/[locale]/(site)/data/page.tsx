// /data: every published figure matching the filters, to download as CSV (with an HXL hashtag
// row), XLSX or JSON. The filters are the dashboard's (in the URL, a plain GET form) plus domain and
// indicator; no place means everywhere. The downloads themselves are /download/figures.<format>.
import type { Metadata } from "next";
import { Fragment } from "react";
import { FilterForm } from "@/components/ui/filter-form";
import { listPublicIndicators, type PublicIndicator } from "@/lib/data/indicators";
import { getPlace, listPlacesAround } from "@/lib/data/locations";
import { listSourceOptions } from "@/lib/data/sources";
import { DOMAINS } from "@/lib/domain/enums";
import { FIGURE_COLUMNS } from "@/lib/domain/figure-columns";
import { describeQuery, exportHref, exportQueryFromParams } from "@/lib/domain/figure-export";
import { DEFAULT_FILTERS, type DashboardFilters, type SearchParams } from "@/lib/domain/filters";
import { messages } from "@/lib/domain/messages";
import { getLocale } from "next-intl/server";
import { indicatorName, placeName } from "@/lib/domain/localized";

export const dynamic = "force-dynamic";

const strings = {
  title: "Download data",
  lede:
    "Every published figure that matches the filters, one row per claim, with its place (P-codes up to the country), source, " +
    "reliability grade, credibility, verification, range and a link to its page and history.",
  everywhere: "Everywhere",
  unknownPlace: (pcode: string) =>
    `There is no place with the P-code “${pcode}”: the downloads would answer “not found”. Choose a place above.`,
  domain: "Domain",
  anyDomain: "Every domain",
  indicator: "Indicator",
  anyIndicator: "Every indicator",
  chosen: "The figures you will download",
  downloads: "Download",
  csv: "CSV with HXL hashtags",
  csvHint: "UTF-8, a header row and a row of HXL hashtags under it (for HDX, the HXL Proxy and libhxl); opens in any spreadsheet.",
  xlsx: "Excel workbook (XLSX)",
  xlsxHint:
    "Sheets “figures” (numbers as numbers, dates as dates), “sources” (grades and grade history) and “read me” (the filters and every column).",
  json: "JSON",
  jsonHint: "One array of objects, one per figure, keyed by the column names below (streamed; one object per line).",
  large: "Large downloads are streamed: the file starts at once and grows as it is read.",
  columns: "Columns and HXL hashtags",
  columnsHint:
    "The same columns, in this order, in every format. Low, best and high carry the indicator’s own hashtag " +
    "when a file holds one indicator (e.g. #affected+killed, +min, +max).",
  column: "Column",
  hashtag: "HXL hashtag",
  meaning: "Meaning",
};

export const metadata: Metadata = { title: strings.title };

type Props = { searchParams: Promise<SearchParams> };

export default async function DataPage({ searchParams }: Props) {
  const query = exportQueryFromParams(await searchParams);
  const [place, places, sources, indicatorsByDomain, locale] = await Promise.all([
    query.place ? getPlace(query.place) : null,
    listPlacesAround(query.place ?? ""),
    listSourceOptions(),
    Promise.all(DOMAINS.map(async (d): Promise<[string, PublicIndicator[]]> => [d, await listPublicIndicators(d)])),
    getLocale(),
  ]);
  const sourceNames = new Map(sources.map((s) => [s.id, s.name]));
  // The form shows "Everywhere" (an empty place) when no place is chosen.
  const filters: DashboardFilters = { ...DEFAULT_FILTERS, ...query, place: query.place ?? "", at: null };

  return (
    <>
      <h1>{strings.title}</h1>
      <p className="lede">{strings.lede}</p>
      {query.place && !place ? (
        <p className="notice notice--info" role="status">
          {strings.unknownPlace(query.place)}
        </p>
      ) : null}
      <FilterForm
        action="/data"
        filters={filters}
        places={places}
        sources={sources}
        fields={["place", "dates", "sources", "grade", "cred", "ver"]}
        anyPlace={strings.everywhere}
      >
        <div className="dash-field">
          <label htmlFor="f-domain">{strings.domain}</label>
          <select id="f-domain" name="domain" defaultValue={query.domain ?? ""}>
            <option value="">{strings.anyDomain}</option>
            {DOMAINS.map((d) => (
              <option key={d} value={d}>
                {messages.domain[d]}
              </option>
            ))}
          </select>
        </div>
        <div className="dash-field">
          <label htmlFor="f-indicator">{strings.indicator}</label>
          <select id="f-indicator" name="indicator" defaultValue={query.indicators[0] ?? ""}>
            <option value="">{strings.anyIndicator}</option>
            {indicatorsByDomain.map(([domain, list]) => (
              <optgroup key={domain} label={messages.domain[domain as (typeof DOMAINS)[number]]}>
                {list.map((i) => (
                  <option key={i.slug} value={i.slug}>
                    {indicatorName(i, locale)}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
      </FilterForm>

      <section aria-labelledby="chosen-heading">
        <h2 id="chosen-heading">{strings.chosen}</h2>
        <dl className="facts">
          {describeQuery(query, { placeName: place ? placeName(place, locale) : null, sourceNames }).map(([label, value]) => (
            <Fragment key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </Fragment>
          ))}
        </dl>
      </section>

      <section className="download-data" aria-labelledby="downloads-heading">
        <h2 id="downloads-heading">{strings.downloads}</h2>
        <ul className="download-data__list">
          <li>
            <a className="button button--primary" href={exportHref(query, "csv")} download>
              {strings.csv}
            </a>{" "}
            <span className="field__hint">{strings.csvHint}</span>
          </li>
          <li>
            <a className="button" href={exportHref(query, "xlsx")} download>
              {strings.xlsx}
            </a>{" "}
            <span className="field__hint">{strings.xlsxHint}</span>
          </li>
          <li>
            <a className="button" href={exportHref(query, "json")} download>
              {strings.json}
            </a>{" "}
            <span className="field__hint">{strings.jsonHint}</span>
          </li>
        </ul>
        <p className="field__hint">{strings.large}</p>
      </section>

      <section aria-labelledby="columns-heading">
        <h2 id="columns-heading">{strings.columns}</h2>
        <div className="table-wrap">
          <table className="data columns-table">
            <caption>{strings.columnsHint}</caption>
            <thead>
              <tr>
                <th scope="col">{strings.column}</th>
                <th scope="col">{strings.hashtag}</th>
                <th scope="col">{strings.meaning}</th>
              </tr>
            </thead>
            <tbody>
              {FIGURE_COLUMNS.map((c) => (
                <tr key={c.name}>
                  <td>{c.name}</td>
                  <td>{c.hxl}</td>
                  <td>{c.description}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
