// /data: every published figure matching the filters, to download as CSV (with an HXL hashtag
// row), XLSX or JSON. The filters are the dashboard's (in the URL, a plain GET form) plus domain and
// indicator; no place means everywhere. The downloads themselves are /download/figures.<format>.
import type { ReactNode } from "react";
import { Fragment } from "react";
import { FilterForm } from "@/components/ui/filter-form";
import { listPublicIndicators, type PublicIndicator } from "@/lib/data/indicators";
import { getPlace, listPlacesAround } from "@/lib/data/locations";
import { listSourceOptions } from "@/lib/data/sources";
import { DOMAINS } from "@/lib/domain/enums";
import { FIGURE_COLUMNS } from "@/lib/domain/figure-columns";
import { describeQuery, exportHref, exportQueryFromParams } from "@/lib/domain/figure-export";
import { DEFAULT_FILTERS, type DashboardFilters, type SearchParams } from "@/lib/domain/filters";
import { indicatorText, placeName, valueRuns } from "@/lib/domain/localized";
import { exportWordsFor } from "@/lib/exports/export-words";
import { DataTable } from "@/components/ui/data-table";
import { pageWords, titleMetadata } from "@/lib/i18n/page-words";
import { choicesOf } from "@/components/ui/choice-options";
import { DashSelect } from "@/components/ui/filter-select";
import { PageIntro } from "@/components/ui/page-intro";

export const dynamic = "force-dynamic";

/** The downloads offered, the first as the main one. */
const DOWNLOAD_FORMATS = ["csv", "xlsx", "json"] as const;

export const generateMetadata = titleMetadata("public.data.title");

const code = (chunks: ReactNode) => <code>{chunks}</code>;

type Props = { searchParams: Promise<SearchParams> };

export default async function DataPage({ searchParams }: Props) {
  const { t, locale, messages: m } = await pageWords("public.data");
  const words = exportWordsFor(locale);
  const nameOf = (indicator: PublicIndicator) => indicatorText(indicator, "name", locale);
  const xlsxHint = t.rich("xlsxHint", { code });
  const query = exportQueryFromParams(await searchParams);
  const [place, places, sources, indicatorsByDomain] = await Promise.all([
    query.place ? getPlace(query.place) : null,
    listPlacesAround(query.place ?? ""),
    listSourceOptions(),
    Promise.all(DOMAINS.map(async (d): Promise<[string, PublicIndicator[]]> => [d, await listPublicIndicators(d)])),
  ]);
  const sourceNames = new Map(sources.map((s) => [s.id, s.name]));
  // The form shows "Everywhere" (an empty place) when no place is chosen.
  const filters: DashboardFilters = { ...DEFAULT_FILTERS, ...query, place: query.place ?? "", at: null };

  return (
    <>
      <PageIntro t={t} />
      {query.place && !place ? (
        <p className="notice notice--info" role="status">
          {t("unknownPlace", { pcode: query.place })}
        </p>
      ) : null}
      <FilterForm
        action="/data"
        filters={filters}
        places={places}
        sources={sources}
        fields={["place", "dates", "sources", "grade", "cred", "ver"]}
        anyPlace={t("everywhere")}
      >
        <DashSelect name="domain" label={t("domain")} value={query.domain} any={t("anyDomain")} choices={choicesOf(DOMAINS, m.domain)} />
        <div className="dash-field">
          <label htmlFor="f-indicator">{t("indicator")}</label>
          <select id="f-indicator" name="indicator" defaultValue={query.indicators[0] ?? ""}>
            <option value="">{t("anyIndicator")}</option>
            {indicatorsByDomain.map(([domain, list]) => (
              <optgroup key={domain} label={m.domain[domain as (typeof DOMAINS)[number]]}>
                {list.map((i) => {
                  const name = nameOf(i);
                  return (
                    <option key={i.slug} value={i.slug} lang={name.lang === locale ? undefined : name.lang}>
                      {name.text}
                    </option>
                  );
                })}
              </optgroup>
            ))}
          </select>
        </div>
      </FilterForm>

      <section aria-labelledby="chosen-heading">
        <h2 id="chosen-heading">{t("chosen")}</h2>
        {/* The filters in words, as the export's "read me" says them (lib/domain/figure-export.ts), in the reader's language. */}
        <dl className="facts">
          {describeQuery(query, { placeName: place ? placeName(place, locale) : null, sourceNames }, words).map(([label, value]) => (
            <Fragment key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </Fragment>
          ))}
        </dl>
      </section>

      <section className="download-data" aria-labelledby="downloads-heading">
        <h2 id="downloads-heading">{t("downloads")}</h2>
        <ul className="download-data__list">
          {DOWNLOAD_FORMATS.map((format) => (
            <li key={format}>
              <a className={format === "csv" ? "button button--primary" : "button"} href={exportHref(query, format)} download>
                {t(format)}
              </a>{" "}
              <span className="field__hint">{format === "xlsx" ? xlsxHint : t(`${format}Hint`)}</span>
            </li>
          ))}
        </ul>
        <p className="field__hint">{t("large")}</p>
      </section>

      <section aria-labelledby="columns-heading">
        <h2 id="columns-heading">{t("columns")}</h2>
        <DataTable
          className="columns-table"
          caption={t("columnsHint")}
          rows={FIGURE_COLUMNS}
          rowKey={(c) => c.name}
          columns={[
            { header: t("column"), cell: (c) => <code>{c.name}</code> },
            { header: t("hashtag"), cell: (c) => <code>{c.hxl}</code> },
            {
              header: t("meaning"),
              // In Ukrainian, the values the file holds (female, at_least) are shown as code.
              cell: (c) =>
                valueRuns(words.t(`columns.${c.name}`)).map((run, i) => (run.value ? <code key={i}>{run.text}</code> : run.text)),
            },
          ]}
        />
      </section>
    </>
  );
}
