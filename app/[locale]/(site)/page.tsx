import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { ClaimsFigure } from "@/components/charts/claims-figure";
import { DomainCard } from "@/components/charts/domain-card";
import { csvHref, embedSrc } from "@/components/charts/panels";
import { TimelineList } from "@/components/charts/timeline-list";
import { ChartErrorBoundary } from "@/components/ui/error-boundary";
import { FilterForm } from "@/components/ui/filter-form";
import { FilterNotice } from "@/components/ui/filter-notice";
import { ChartSkeleton } from "@/components/ui/skeleton";
import { getPlace, listPlacesAround } from "@/lib/data/locations";
import { getClaimsOverTime, mostCoveredIndicator } from "@/lib/data/series";
import { listTimelineEvents } from "@/lib/data/timeline";
import { DOMAINS, type Domain } from "@/lib/domain/enums";
import {
  DEFAULT_FILTERS,
  DEFAULT_PLACE,
  filterQuery,
  readFilters,
  withKnownPlace,
  type DashboardFilters,
  type SearchParams,
} from "@/lib/domain/filters";
import { indicatorText, placeName } from "@/lib/domain/localized";
import { getPathname, Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { pageWords } from "@/lib/i18n/page-words";

// Read from the database on every request, never at build time.
export const dynamic = "force-dynamic";

/**
 * The demo's headline chart when no place is chosen: how many people were still in Bakhmut, by
 * each source's account. A chosen place gets its own: its most-covered indicator.
 */
const HEADLINE = { indicatorSlug: "remaining-population", domain: "displacement" as Domain, pcode: "UA1402001X01" };
const TIMELINE_LENGTH = 6;

async function Headline({ chosen }: { chosen: { pcode: string; name: string } | null }) {
  const t = await getTranslations("public.overview");
  const locale = (await getLocale()) as Locale;
  const covered = chosen ? await mostCoveredIndicator(chosen.pcode) : null;
  if (chosen && !covered) return <p className="card empty-state">{t("noHeadline", { place: chosen.name })}</p>;
  const target = covered && chosen ? { indicatorSlug: covered.slug, domain: covered.domain, pcode: chosen.pcode } : HEADLINE;
  const headline = await getClaimsOverTime(target);
  if (!headline) return <p className="empty-state">{t("missing")}</p>;
  const filters: DashboardFilters = { ...DEFAULT_FILTERS, place: target.pcode };
  return (
    <ClaimsFigure
      data={headline}
      csvHref={csvHref(target.indicatorSlug, "claims", filters)}
      embed={{
        // The embed carries the reader's language: copied from /uk/..., it shows the chart in Ukrainian.
        src: getPathname({ href: embedSrc(target.domain, target.indicatorSlug, filters), locale }),
        title: t("embedTitle", {
          indicator: indicatorText(headline.indicator, "name", locale).text,
          place: placeName(headline.location, locale),
        }),
      }}
    />
  );
}

async function LatestEvents({ filters, label }: { filters: DashboardFilters; label: string }) {
  const events = await listTimelineEvents({
    place: filters.place,
    sources: filters.sources,
    from: filters.from,
    to: filters.to,
    latest: TIMELINE_LENGTH,
  });
  return <TimelineList events={events} withDescriptions={false} label={label} />;
}

/** The browser's title follows a chosen place too. */
export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  const { filters } = readFilters(await searchParams);
  if (filters.place === DEFAULT_PLACE) return {};
  const place = await getPlace(filters.place);
  return place ? { title: placeName(place, (await getLocale()) as Locale) } : {};
}

export default async function HomePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { t, locale, messages: m } = await pageWords("public.overview");
  const read = readFilters(await searchParams);
  const [requested, places] = await Promise.all([getPlace(read.filters.place), listPlacesAround(read.filters.place)]);
  const place = requested ?? (await getPlace(DEFAULT_PLACE));
  const { filters, notUnderstood } = withKnownPlace(read, !!requested);
  const shownPlace = place ? placeName(place, locale) : DEFAULT_PLACE;
  // A place chosen (and understood) other than the default: the title and the headline chart follow it.
  const chosen = requested && filters.place !== DEFAULT_PLACE ? { pcode: filters.place, name: shownPlace } : null;
  return (
    <>
      <h1>{chosen ? t("placeTitle", { place: chosen.name }) : t("title")}</h1>
      <p className="lede">{t("lede")}</p>
      <FilterNotice problems={notUnderstood} placeShown={shownPlace} />
      <FilterForm action="/" filters={filters} places={places} fields={["place", "dates", "grade"]} />
      <section aria-labelledby="cards-title">
        <h2 id="cards-title">{t("cardsTitle", { place: shownPlace })}</h2>
        <p className="card__meta">{t("cardsNote")}</p>
        <div className="card-grid">
          {DOMAINS.map((domain) => (
            <ChartErrorBoundary key={domain} what={m.domain[domain]}>
              <Suspense fallback={<ChartSkeleton what={m.domain[domain]} short />}>
                <DomainCard domain={domain} filters={filters} placeName={shownPlace} />
              </Suspense>
            </ChartErrorBoundary>
          ))}
        </div>
      </section>
      <div className="home-columns">
        <ChartErrorBoundary what={t("headlineChart")}>
          <Suspense fallback={<ChartSkeleton what={t("headlineChart")} />}>
            <Headline chosen={chosen} />
          </Suspense>
        </ChartErrorBoundary>
        <section className="card" aria-labelledby="timeline-title">
          <h2 id="timeline-title">{t("timeline")}</h2>
          <ChartErrorBoundary what={t("timeline")}>
            <Suspense fallback={<ChartSkeleton what={t("timeline")} short />}>
              <LatestEvents filters={filters} label={t("timelineLabel")} />
            </Suspense>
          </ChartErrorBoundary>
          <p>
            <Link href={`/timeline${filterQuery(filters, ["place", "from", "to", "sources"])}`}>
              {t("timelineAll")} <span aria-hidden="true">→</span>
            </Link>
          </p>
        </section>
      </div>
    </>
  );
}
