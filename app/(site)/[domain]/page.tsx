import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { BreakdownsPanel, ClaimsPanel, PlacesPanel } from "@/components/charts/panels";
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

export const dynamic = "force-dynamic";

const strings = {
  lede: (place: string) =>
    `Every public indicator for ${place}: each source's claims side by side with its grade and range, the same figures for the places within it, and breakdowns where sources gave them.`,
  contents: "Indicators on this page",
  noIndicators: "No public indicators in this domain yet.",
  claims: (indicator: string) => `The chart of ${indicator}`,
  places: (indicator: string) => `The breakdown of ${indicator} by place`,
  breakdowns: (indicator: string) => `The breakdowns of ${indicator}`,
  unit: (unit: string, hxl: string) => `Counted in ${unit} · HXL ${hxl}`,
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
  const [requested, indicators, places, sources] = await Promise.all([
    getPlace(read.filters.place),
    listPublicIndicators(domain),
    listPlacesAround(read.filters.place),
    listSourceOptions(),
  ]);
  const place = requested ?? (await getPlace(DEFAULT_PLACE));
  const { filters, notUnderstood } = withKnownPlace(read, !!requested);
  const placeName = place?.nameEn ?? DEFAULT_PLACE;

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
                <a href={`#${i.slug}`}>{i.name}</a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {indicators.map((indicator) => (
        <section key={indicator.slug} id={indicator.slug} className="indicator" aria-labelledby={`${indicator.slug}-heading`}>
          <header className="indicator__header">
            <h2 id={`${indicator.slug}-heading`}>{indicator.name}</h2>
            {indicator.description ? <p>{indicator.description}</p> : null}
            <p className="card__meta">{strings.unit(indicator.unit, indicator.hxlTag)}</p>
          </header>
          <ChartErrorBoundary what={strings.claims(indicator.name)}>
            <Suspense fallback={<ChartSkeleton what={strings.claims(indicator.name)} />}>
              <ClaimsPanel domain={domain} indicatorSlug={indicator.slug} filters={filters} parent={place?.parent} />
            </Suspense>
          </ChartErrorBoundary>
          <ChartErrorBoundary what={strings.places(indicator.name)}>
            <Suspense fallback={<ChartSkeleton what={strings.places(indicator.name)} short />}>
              <PlacesPanel indicatorSlug={indicator.slug} filters={filters} />
            </Suspense>
          </ChartErrorBoundary>
          <ChartErrorBoundary what={strings.breakdowns(indicator.name)}>
            <Suspense fallback={<ChartSkeleton what={strings.breakdowns(indicator.name)} short />}>
              <BreakdownsPanel indicatorSlug={indicator.slug} filters={filters} />
            </Suspense>
          </ChartErrorBoundary>
        </section>
      ))}
    </>
  );
}
