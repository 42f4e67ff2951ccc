import type { Metadata } from "next";
import { TimelineList } from "@/components/charts/timeline-list";
import { FilterForm } from "@/components/ui/filter-form";
import { getPlace, listPlacesAround } from "@/lib/data/locations";
import { listSourceOptions } from "@/lib/data/sources";
import { listTimelineEvents } from "@/lib/data/timeline";
import { DEFAULT_PLACE, parseFilters, type SearchParams } from "@/lib/domain/filters";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Timeline" };

const strings = {
  title: (place: string) => `Timeline: ${place}`,
  lede:
    "Dated claims and events, each attributed to the body that made it, with its grade. Opposing claims (who controls a town, who struck what) are separate entries on purpose.",
  count: (n: number) => `${n.toLocaleString("en-GB")} ${n === 1 ? "event" : "events"}, oldest first.`,
  label: "Timeline events",
};

export default async function TimelinePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  let filters = parseFilters(await searchParams);
  const [requested, places, sources] = await Promise.all([getPlace(filters.place), listPlacesAround(filters.place), listSourceOptions()]);
  if (!requested) filters = { ...filters, place: DEFAULT_PLACE };
  const place = requested ?? (await getPlace(DEFAULT_PLACE));
  const events = await listTimelineEvents({ place: filters.place, sources: filters.sources, from: filters.from, to: filters.to });
  return (
    <>
      <h1>{strings.title(place?.nameEn ?? DEFAULT_PLACE)}</h1>
      <p className="lede">{strings.lede}</p>
      <FilterForm action="/timeline" filters={filters} places={places} sources={sources} fields={["place", "dates", "sources"]} />
      <p className="card__meta" role="status">{strings.count(events.length)}</p>
      <TimelineList events={events} label={strings.label} />
    </>
  );
}
