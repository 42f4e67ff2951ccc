// An indicator's own page: its chart of claims by source about the selected place (every claim as
// a table up to 100, else each drawn source's latest), "places within" the place and the
// breakdowns, with the domain page's filters. The domain page shows each indicator's chart only and
// links here (see ../page.tsx for why).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { BreakdownsPanel, ClaimsPanel, PlacesPanel } from "@/components/charts/panels";
import { DownloadData } from "@/components/exports/download-data";
import { ChartErrorBoundary } from "@/components/ui/error-boundary";
import { FilterForm } from "@/components/ui/filter-form";
import { FilterNotice } from "@/components/ui/filter-notice";
import { ChartSkeleton } from "@/components/ui/skeleton";
import { getPublicIndicator } from "@/lib/data/indicators";
import { getPlace, listPlacesAround } from "@/lib/data/locations";
import { listSourceOptions } from "@/lib/data/sources";
import { DOMAINS, isOneOf } from "@/lib/domain/enums";
import { figureQueryFromFilters } from "@/lib/domain/figure-query";
import { DEFAULT_PLACE, filterQuery, readFilters, withKnownPlace, type SearchParams } from "@/lib/domain/filters";
import { messages } from "@/lib/domain/messages";
import { getLocale } from "next-intl/server";
import { LocalizedText } from "@/components/i18n/localized-text";
import { indicatorName, indicatorUnit, placeName as placeNameIn } from "@/lib/domain/localized";

export const dynamic = "force-dynamic";

const strings = {
  lede: (place: string) =>
    `Each source's claims about ${place} side by side with its grade and range, ` +
    `the same figures for the places within it, and breakdowns where sources gave them.`,
  back: (domain: string) => `Every ${domain.toLowerCase()} indicator`,
  claims: (indicator: string) => `The chart of ${indicator}`,
  places: (indicator: string) => `The breakdown of ${indicator} by place`,
  breakdowns: (indicator: string) => `The breakdowns of ${indicator}`,
  unit: (unit: string, hxl: string) => `Counted in ${unit} · HXL ${hxl}`,
  notFound: "Page not found",
};

type Props = { params: Promise<{ domain: string; indicator: string }>; searchParams: Promise<SearchParams> };

/** The indicator, when it is public and of this domain. */
async function findIndicator(domain: string, slug: string) {
  if (!isOneOf(DOMAINS, domain)) return null;
  const indicator = await getPublicIndicator(slug);
  return indicator && indicator.domain === domain ? { domain, indicator } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { domain, indicator } = await params;
  const [found, locale] = await Promise.all([findIndicator(domain, indicator), getLocale()]);
  return { title: found ? `${indicatorName(found.indicator, locale)} · ${messages.domain[found.domain]}` : strings.notFound };
}

export default async function IndicatorPage({ params, searchParams }: Props) {
  const { domain: domainParam, indicator: slugParam } = await params;
  const found = await findIndicator(domainParam, slugParam);
  if (!found) notFound();
  const { domain, indicator } = found;
  const read = readFilters(await searchParams);
  const [locale, requested, places, sources] = await Promise.all([
    getLocale(),
    getPlace(read.filters.place),
    listPlacesAround(read.filters.place),
    listSourceOptions(),
  ]);
  const place = requested ?? (await getPlace(DEFAULT_PLACE));
  const { filters, notUnderstood } = withKnownPlace(read, !!requested);
  const placeName = place ? placeNameIn(place, locale) : DEFAULT_PLACE;
  const slug = indicator.slug;

  return (
    <>
      <p className="breadcrumb">
        <a href={`/${domain}${filterQuery(filters)}#${slug}`}>{strings.back(messages.domain[domain])}</a>
      </p>
      <h1>
        {indicatorName(indicator, locale)}: {placeName}
      </h1>
      <p className="lede">{strings.lede(placeName)}</p>
      <FilterNotice problems={notUnderstood} placeShown={placeName} />
      <FilterForm action={`/${domain}/${slug}`} filters={filters} places={places} sources={sources} />
      <DownloadData
        query={figureQueryFromFilters(filters, { indicator: slug })}
        what={indicatorName(indicator, locale).toLowerCase()}
        placeName={placeName}
      />
      <section id={slug} className="indicator" aria-labelledby={`${slug}-heading`}>
        <header className="indicator__header">
          <h2 id={`${slug}-heading`}>
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
            <ClaimsPanel domain={domain} indicatorSlug={slug} filters={filters} parent={place?.parent} />
          </Suspense>
        </ChartErrorBoundary>
        <ChartErrorBoundary what={strings.places(indicatorName(indicator, locale))}>
          <Suspense fallback={<ChartSkeleton what={strings.places(indicatorName(indicator, locale))} short />}>
            <PlacesPanel indicatorSlug={slug} filters={filters} />
          </Suspense>
        </ChartErrorBoundary>
        <ChartErrorBoundary what={strings.breakdowns(indicatorName(indicator, locale))}>
          <Suspense fallback={<ChartSkeleton what={strings.breakdowns(indicatorName(indicator, locale))} short />}>
            <BreakdownsPanel indicatorSlug={slug} filters={filters} />
          </Suspense>
        </ChartErrorBoundary>
      </section>
    </>
  );
}
