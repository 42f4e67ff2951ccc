// A domain page: every public indicator of the domain, each as its chart of claims by source about
// the selected place, with a table of each drawn source's latest claim, and a link to the
// indicator's own page (./[indicator]) with every claim, "places within" and the breakdowns.
// Why not all of it here: a public page's size and cost follow what it shows (README, "What a
// public page reads"). With every panel of 5-6 indicators this page was 1.1-1.5 MB and ~1-1.5 s
// uncached at 10 M figures, most of it "places within" (48 claims a chart, each a bar and a table
// row, each sent twice: as HTML and in the React payload); the charts are what a reader looks at
// first, and the rest of an indicator is one click away, with the same filters in its URL.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { ClaimsPanel, indicatorHref } from "@/components/charts/panels";
import { DownloadData } from "@/components/exports/download-data";
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
import { messages } from "@/lib/domain/messages";
import { getLocale } from "next-intl/server";
import { LocalizedText } from "@/components/i18n/localized-text";
import { indicatorName, indicatorUnit, placeName as placeNameIn } from "@/lib/domain/localized";

export const dynamic = "force-dynamic";

const strings = {
  lede: (place: string) =>
    `Every public indicator for ${place}: each source's claims side by side with its grade and range. Open an indicator for every claim, the same figures for the places within ${place}, and breakdowns where sources gave them.`,
  contents: "Indicators on this page",
  noIndicators: "No public indicators in this domain yet.",
  claims: (indicator: string) => `The chart of ${indicator}`,
  unit: (unit: string, hxl: string) => `Counted in ${unit} · HXL ${hxl}`,
  more: (indicator: string, place: string) => `${indicator} in full: every claim, the places within ${place} and the breakdowns`,
  notFound: "Page not found",
};

type Props = { params: Promise<{ domain: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { domain } = await params;
  return { title: isOneOf(DOMAINS, domain) ? messages.domain[domain] : strings.notFound };
}

export default async function DomainPage({ params, searchParams }: Props) {
  const { domain } = await params;
  if (!isOneOf(DOMAINS, domain)) notFound();
  const read = readFilters(await searchParams);
  const [locale, requested, indicators, places, sources] = await Promise.all([
    getLocale(),
    getPlace(read.filters.place),
    listPublicIndicators(domain),
    listPlacesAround(read.filters.place),
    listSourceOptions(),
  ]);
  const place = requested ?? (await getPlace(DEFAULT_PLACE));
  const { filters, notUnderstood } = withKnownPlace(read, !!requested);
  const placeName = place ? placeNameIn(place, locale) : DEFAULT_PLACE;

  return (
    <>
      <h1>
        {messages.domain[domain]}: {placeName}
      </h1>
      <p className="lede">{strings.lede(placeName)}</p>
      <FilterNotice problems={notUnderstood} placeShown={placeName} />
      <FilterForm action={`/${domain}`} filters={filters} places={places} sources={sources} />
      <DownloadData
        query={figureQueryFromFilters(filters, { domain })}
        what={messages.domain[domain].toLowerCase()}
        placeName={placeName}
      />
      {indicators.length === 0 ? (
        <p className="empty-state">{strings.noIndicators}</p>
      ) : (
        <nav aria-label={strings.contents} className="toc">
          <ul>
            {indicators.map((i) => (
              <li key={i.slug}>
                <a href={`#${i.slug}`}>{indicatorName(i, locale)}</a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {indicators.map((indicator) => (
        <section key={indicator.slug} id={indicator.slug} className="indicator" aria-labelledby={`${indicator.slug}-heading`}>
          <header className="indicator__header">
            <h2 id={`${indicator.slug}-heading`}>
              <LocalizedText en={indicator.name} uk={indicator.nameUk} />
            </h2>
            {indicator.description ? (
              <p>
                <LocalizedText en={indicator.description} uk={indicator.descriptionUk} />
              </p>
            ) : null}
            <p className="card__meta">{strings.unit(indicatorUnit(indicator, locale), indicator.hxlTag)}</p>
          </header>
          <ChartErrorBoundary what={strings.claims(indicatorName(indicator, locale))}>
            <Suspense fallback={<ChartSkeleton what={strings.claims(indicatorName(indicator, locale))} />}>
              <ClaimsPanel domain={domain} indicatorSlug={indicator.slug} filters={filters} parent={place?.parent} on="domain" />
            </Suspense>
          </ChartErrorBoundary>
          <p className="indicator__more">
            <a href={indicatorHref(domain, indicator.slug, filters)}>{strings.more(indicatorName(indicator, locale), placeName)}</a>
          </p>
        </section>
      ))}
    </>
  );
}
