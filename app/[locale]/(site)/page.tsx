import type { Metadata } from "next";
import Link from "next/link";
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
import { messages } from "@/lib/domain/messages";
import { getLocale } from "next-intl/server";
import { indicatorName, placeName as placeNameIn } from "@/lib/domain/localized";

// Read from the database on every request, never at build time.
export const dynamic = "force-dynamic";

/**
 * The demo's headline chart when no place is chosen: how many people were still in Bakhmut, by
 * each source's account. A chosen place gets its own: its most-covered indicator.
 */
const HEADLINE = { indicatorSlug: "remaining-population", domain: "displacement" as Domain, pcode: "UA1402001X01" };
const TIMELINE_LENGTH = 6;

const strings = {
  title: "What is known about Bakhmut and Donetsk oblast",
  placeTitle: (place: string) => `What is known about ${place}`,
  noHeadline: (place: string) => `No published claims about ${place} itself yet; the cards above include the places within it.`,
  lede: "Figures on displacement, casualties, damage and humanitarian access, each as one source claimed it: with the source's grade, the range of the estimate and the date it refers to. Where sources disagree, their claims are shown side by side.",
  cardsTitle: (place: string) => `Latest figures for ${place}`,
  cardsNote:
    "Each card leads with the claim we can best stand behind for the place (or the nearest place within it that has one): undisputed claims of sources graded A–C first, the best-graded among the latest 90 days of them. It shows its status, how many other sources made claims and when, and how many from around the same time cannot be reconciled with it.",
  cards: "the overview cards",
  missing: "The headline chart's indicator or place is not in the database.",
  timeline: "Situation timeline",
  timelineLabel: "Latest timeline events",
  timelineAll: "Full timeline",
  headlineChart: "The headline chart",
};

async function Headline({ chosen }: { chosen: { pcode: string; name: string } | null }) {
  const covered = chosen ? await mostCoveredIndicator(chosen.pcode) : null;
  if (chosen && !covered) return <p className="card empty-state">{strings.noHeadline(chosen.name)}</p>;
  const target = covered && chosen ? { indicatorSlug: covered.slug, domain: covered.domain, pcode: chosen.pcode } : HEADLINE;
  const [headline, locale] = await Promise.all([getClaimsOverTime(target), getLocale()]);
  if (!headline) return <p className="empty-state">{strings.missing}</p>;
  const filters: DashboardFilters = { ...DEFAULT_FILTERS, place: target.pcode };
  return (
    <ClaimsFigure
      data={headline}
      csvHref={csvHref(target.indicatorSlug, "claims", filters)}
      embed={{
        src: embedSrc(target.domain, target.indicatorSlug, filters),
        title: `${indicatorName(headline.indicator, locale)} in ${placeNameIn(headline.location, locale)} (Crisis Ledger)`,
      }}
    />
  );
}

async function LatestEvents({ filters }: { filters: DashboardFilters }) {
  const events = await listTimelineEvents({
    place: filters.place,
    sources: filters.sources,
    from: filters.from,
    to: filters.to,
    latest: TIMELINE_LENGTH,
  });
  return <TimelineList events={events} withDescriptions={false} label={strings.timelineLabel} />;
}

/** The browser's title follows a chosen place too. */
export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  const { filters } = readFilters(await searchParams);
  if (filters.place === DEFAULT_PLACE) return {};
  const [place, locale] = await Promise.all([getPlace(filters.place), getLocale()]);
  return place ? { title: placeNameIn(place, locale) } : {};
}

export default async function HomePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const read = readFilters(await searchParams);
  const [requested, places, locale] = await Promise.all([getPlace(read.filters.place), listPlacesAround(read.filters.place), getLocale()]);
  const place = requested ?? (await getPlace(DEFAULT_PLACE));
  const { filters, notUnderstood } = withKnownPlace(read, !!requested);
  const placeName = place ? placeNameIn(place, locale) : DEFAULT_PLACE;
  // A place chosen (and understood) other than the default: the title and the headline chart follow it.
  const chosen = requested && filters.place !== DEFAULT_PLACE ? { pcode: filters.place, name: placeName } : null;
  return (
    <>
      <h1>{chosen ? strings.placeTitle(chosen.name) : strings.title}</h1>
      <p className="lede">{strings.lede}</p>
      <FilterNotice problems={notUnderstood} placeShown={placeName} />
      <FilterForm action="/" filters={filters} places={places} fields={["place", "dates", "grade"]} />
      <section aria-labelledby="cards-title">
        <h2 id="cards-title">{strings.cardsTitle(placeName)}</h2>
        <p className="card__meta">{strings.cardsNote}</p>
        <div className="card-grid">
          {DOMAINS.map((domain) => (
            <ChartErrorBoundary key={domain} what={messages.domain[domain]}>
              <Suspense fallback={<ChartSkeleton what={messages.domain[domain]} short />}>
                <DomainCard domain={domain} filters={filters} placeName={placeName} />
              </Suspense>
            </ChartErrorBoundary>
          ))}
        </div>
      </section>
      <div className="home-columns">
        <ChartErrorBoundary what={strings.headlineChart}>
          <Suspense fallback={<ChartSkeleton what={strings.headlineChart} />}>
            <Headline chosen={chosen} />
          </Suspense>
        </ChartErrorBoundary>
        <section className="card" aria-labelledby="timeline-title">
          <h2 id="timeline-title">{strings.timeline}</h2>
          <ChartErrorBoundary what={strings.timeline}>
            <Suspense fallback={<ChartSkeleton what={strings.timeline} short />}>
              <LatestEvents filters={filters} />
            </Suspense>
          </ChartErrorBoundary>
          <p>
            <Link href={`/timeline${filterQuery(filters, ["place", "from", "to", "sources"])}`}>
              {strings.timelineAll} <span aria-hidden="true">→</span>
            </Link>
          </p>
        </section>
      </div>
    </>
  );
}
