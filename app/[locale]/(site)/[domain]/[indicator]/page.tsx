// An indicator's own page: its chart of claims by source about the selected place (every claim as
// a table up to 100, else each drawn source's latest), "places within" the place and the
// breakdowns, with the domain page's filters. The domain page shows each indicator's chart only and
// links here (see ../page.tsx for why).
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { BreakdownsPanel, ClaimsPanel, PlacesPanel } from "@/components/charts/panels";
import { DownloadData } from "@/components/exports/download-data";
import { DataLang, DataText } from "@/components/ui/data-text";
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
import { indicatorText, placeName } from "@/lib/domain/localized";
import { messagesFor } from "@/lib/i18n/domain-messages";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { pageWords } from "@/lib/i18n/page-words";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ domain: string; indicator: string }>; searchParams: Promise<SearchParams> };

/** The indicator, when it is public and of this domain. */
async function findIndicator(domain: string, slug: string) {
  if (!isOneOf(DOMAINS, domain)) return null;
  const indicator = await getPublicIndicator(slug);
  return indicator && indicator.domain === domain ? { domain, indicator } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { domain, indicator } = await params;
  const found = await findIndicator(domain, indicator);
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("public");
  return {
    title: found ? `${indicatorText(found.indicator, "name", locale).text} · ${messagesFor(locale).domain[found.domain]}` : t("notFound"),
  };
}

export default async function IndicatorPage({ params, searchParams }: Props) {
  const { domain: domainParam, indicator: slugParam } = await params;
  const found = await findIndicator(domainParam, slugParam);
  if (!found) notFound();
  const { domain, indicator } = found;
  const { t, locale, messages: m } = await pageWords("public");
  const name = indicatorText(indicator, "name", locale);
  const unit = indicatorText(indicator, "unit", locale);
  const unitLine = t.rich("unit", {
    unit: unit.text,
    hxl: indicator.hxlTag,
    ln: (chunks) => <DataLang lang={unit.lang}>{chunks}</DataLang>,
  });
  const read = readFilters(await searchParams);
  const [requested, places, sources] = await Promise.all([
    getPlace(read.filters.place),
    listPlacesAround(read.filters.place),
    listSourceOptions(),
  ]);
  const place = requested ?? (await getPlace(DEFAULT_PLACE));
  const { filters, notUnderstood } = withKnownPlace(read, !!requested);
  const shownPlace = place ? placeName(place, locale) : DEFAULT_PLACE;
  const slug = indicator.slug;

  return (
    <>
      <p className="breadcrumb">
        <Link href={`/${domain}${filterQuery(filters)}#${slug}`}>
          {t("indicator.back", { domain: locale === "en" ? m.domain[domain].toLowerCase() : m.domain[domain] })}
        </Link>
      </p>
      <h1>
        <DataText value={name} />: {shownPlace}
      </h1>
      <p className="lede">{t("indicator.lede", { place: shownPlace })}</p>
      <FilterNotice problems={notUnderstood} placeShown={shownPlace} />
      <FilterForm action={`/${domain}/${slug}`} filters={filters} places={places} sources={sources} />
      <DownloadData
        query={figureQueryFromFilters(filters, { indicator: slug })}
        what={locale === "en" ? name.text.toLowerCase() : name.text}
        whatLang={name.lang !== locale ? name.lang : undefined}
        placeName={shownPlace}
      />
      <section id={slug} className="indicator" aria-labelledby={`${slug}-heading`}>
        <header className="indicator__header">
          <h2 id={`${slug}-heading`}>
            <DataText value={name} />
          </h2>
          {indicator.description ? (
            <p>
              <DataText value={indicatorText(indicator, "description", locale)} />
            </p>
          ) : null}
          <p className="card__meta">{unitLine}</p>
        </header>
        <ChartErrorBoundary what={t("chartOf", { indicator: name.text })}>
          <Suspense fallback={<ChartSkeleton what={t("chartOf", { indicator: name.text })} />}>
            <ClaimsPanel domain={domain} indicatorSlug={slug} filters={filters} parent={place?.parent} />
          </Suspense>
        </ChartErrorBoundary>
        <ChartErrorBoundary what={t("indicator.places", { indicator: name.text })}>
          <Suspense fallback={<ChartSkeleton what={t("indicator.places", { indicator: name.text })} short />}>
            <PlacesPanel indicatorSlug={slug} filters={filters} />
          </Suspense>
        </ChartErrorBoundary>
        <ChartErrorBoundary what={t("indicator.breakdowns", { indicator: name.text })}>
          <Suspense fallback={<ChartSkeleton what={t("indicator.breakdowns", { indicator: name.text })} short />}>
            <BreakdownsPanel indicatorSlug={slug} filters={filters} />
          </Suspense>
        </ChartErrorBoundary>
      </section>
    </>
  );
}
