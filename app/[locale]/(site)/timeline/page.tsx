import type { Metadata } from "next";
import { TimelineList } from "@/components/charts/timeline-list";
import { FilterForm } from "@/components/ui/filter-form";
import { Pager } from "@/components/ui/pager";
import { getPlace, listPlacesAround } from "@/lib/data/locations";
import { listSourceOptions } from "@/lib/data/sources";
import { pageTimelineEvents } from "@/lib/data/timeline";
import { DEFAULT_PLACE, filtersToSearchParams, parseFilters, type SearchParams } from "@/lib/domain/filters";
import { parsePage } from "@/lib/domain/paging";
import { getLocale } from "next-intl/server";
import { placeName } from "@/lib/domain/localized";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Timeline" };

const strings = {
  title: (place: string) => `Timeline: ${place}`,
  lede: "Dated claims and events, each attributed to the body that made it, with its grade. Opposing claims (who controls a town, who struck what) are separate entries on purpose.",
  count: (n: number) => `${n.toLocaleString("en-GB")} ${n === 1 ? "event" : "events"}, oldest first.`,
  label: "Timeline events",
  noun: "events, oldest first",
  pagerTop: "Pages of events",
  pagerBottom: "Pages of events (bottom)",
};

export default async function TimelinePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const search = await searchParams;
  let filters = parseFilters(search);
  const [requested, places, sources, locale] = await Promise.all([
    getPlace(filters.place),
    listPlacesAround(filters.place),
    listSourceOptions(),
    getLocale(),
  ]);
  if (!requested) filters = { ...filters, place: DEFAULT_PLACE };
  const place = requested ?? (await getPlace(DEFAULT_PLACE));
  const { events, window } = await pageTimelineEvents(
    { place: filters.place, sources: filters.sources, from: filters.from, to: filters.to },
    parsePage(search.page),
  );
  // The pager's links keep the filters this page understands (as parsed, defaults left out).
  const kept = filtersToSearchParams(filters, ["place", "from", "to", "sources"]);
  return (
    <>
      <h1>{strings.title(place ? placeName(place, locale) : DEFAULT_PLACE)}</h1>
      <p className="lede">{strings.lede}</p>
      <FilterForm action="/timeline" filters={filters} places={places} sources={sources} fields={["place", "dates", "sources"]} />
      {window.pages > 1 ? (
        <Pager window={window} path="/timeline" params={kept} noun={strings.noun} label={strings.pagerTop} />
      ) : (
        <p className="card__meta" role="status">
          {strings.count(window.total)}
        </p>
      )}
      <TimelineList events={events} label={strings.label} />
      {window.pages > 1 ? <Pager window={window} path="/timeline" params={kept} noun={strings.noun} label={strings.pagerBottom} /> : null}
    </>
  );
}
