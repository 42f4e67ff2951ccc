// A domain page: every public indicator of the domain, each as its chart of claims by source about
// the selected place, with a table of each drawn source's latest claim, and a link to the
// indicator's own page (./[indicator]) with every claim, "places within" and the breakdowns.
// Why not all of it here: a public page's size and cost follow what it shows (README, "What a
// public page reads"). With every panel of 5-6 indicators this page was 1.1-1.5 MB and ~1-1.5 s
// uncached at 10 M figures, most of it "places within" (48 claims a chart, each a bar and a table
// row, each sent twice: as HTML and in the React payload); the charts are what a reader looks at
// first, and the rest of an indicator is one click away, with the same filters in its URL.
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { ClaimsPanel, indicatorHref } from "@/components/charts/panels";
import { DownloadData } from "@/components/exports/download-data";
import { DataLang, DataText } from "@/components/ui/data-text";
import { ChartErrorBoundary } from "@/components/ui/error-boundary";
import { FilterForm } from "@/components/ui/filter-form";
import { FilterNotice } from "@/components/ui/filter-notice";
import { ChartSkeleton } from "@/components/ui/skeleton";
import { listPublicIndicators } from "@/lib/data/indicators";
import { getPlace, listPlacesAround } from "@/lib/data/locations";
import { listSourceOptions } from "@/lib/data/sources";
import { DOMAINS, isOneOf } from "@/lib/domain/enums";
import { figureQueryFromFilters } from "@/lib/domain/figure-query";
import { DEFAULT_PLACE, readFilters, withKnownPlace, type SearchParams } from "@/lib/domain/filters";
import { indicatorText, placeName } from "@/lib/domain/localized";
import { messagesFor } from "@/lib/i18n/domain-messages";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { pageWords } from "@/lib/i18n/page-words";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ domain: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { domain } = await params;
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("public");
  return { title: isOneOf(DOMAINS, domain) ? messagesFor(locale).domain[domain] : t("notFound") };
}

export default async function DomainPage({ params, searchParams }: Props) {
  const { domain } = await params;
  if (!isOneOf(DOMAINS, domain)) notFound();
  const { t, locale, messages: m } = await pageWords("public");
  const read = readFilters(await searchParams);
  const [requested, indicators, places, sources] = await Promise.all([
    getPlace(read.filters.place),
    listPublicIndicators(domain),
    listPlacesAround(read.filters.place),
    listSourceOptions(),
  ]);
  const place = requested ?? (await getPlace(DEFAULT_PLACE));
  const { filters, notUnderstood } = withKnownPlace(read, !!requested);
  const shownPlace = place ? placeName(place, locale) : DEFAULT_PLACE;
  const moreLine = (indicator: (typeof indicators)[number]) => {
    const name = text(indicator, "name");
    return t.rich("domain.more", {
      indicator: name.text,
      place: shownPlace,
      ln: (chunks) => <DataLang lang={name.lang}>{chunks}</DataLang>,
    });
  };
  const unitLine = (indicator: (typeof indicators)[number]) => {
    const unit = text(indicator, "unit");
    return t.rich("unit", { unit: unit.text, hxl: indicator.hxlTag, ln: (chunks) => <DataLang lang={unit.lang}>{chunks}</DataLang> });
  };
  const text = (indicator: (typeof indicators)[number], field: "name" | "description" | "unit") => indicatorText(indicator, field, locale);

  return (
    <>
      <h1>
        {m.domain[domain]}: {shownPlace}
      </h1>
      <p className="lede">{t("domain.lede", { place: shownPlace })}</p>
      <FilterNotice problems={notUnderstood} placeShown={shownPlace} />
      <FilterForm action={`/${domain}`} filters={filters} places={places} sources={sources} />
      <DownloadData
        query={figureQueryFromFilters(filters, { domain })}
        what={locale === "en" ? m.domain[domain].toLowerCase() : m.domain[domain]}
        placeName={shownPlace}
      />
      {indicators.length === 0 ? (
        <p className="empty-state">{t("domain.noIndicators")}</p>
      ) : (
        <nav aria-label={t("domain.contents")} className="toc">
          <ul>
            {indicators.map((i) => (
              <li key={i.slug}>
                <a href={`#${i.slug}`}>
                  <DataText value={text(i, "name")} />
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {indicators.map((indicator) => (
        <section key={indicator.slug} id={indicator.slug} className="indicator" aria-labelledby={`${indicator.slug}-heading`}>
          <header className="indicator__header">
            <h2 id={`${indicator.slug}-heading`}>
              <DataText value={text(indicator, "name")} />
            </h2>
            {indicator.description ? (
              <p>
                <DataText value={text(indicator, "description")} />
              </p>
            ) : null}
            <p className="card__meta">{unitLine(indicator)}</p>
          </header>
          <ChartErrorBoundary what={t("chartOf", { indicator: text(indicator, "name").text })}>
            <Suspense fallback={<ChartSkeleton what={t("chartOf", { indicator: text(indicator, "name").text })} />}>
              <ClaimsPanel domain={domain} indicatorSlug={indicator.slug} filters={filters} parent={place?.parent} on="domain" />
            </Suspense>
          </ChartErrorBoundary>
          <p className="indicator__more">
            <Link href={indicatorHref(domain, indicator.slug, filters)}>{moreLine(indicator)}</Link>
          </p>
        </section>
      ))}
    </>
  );
}
