import { TimelineList } from "@/components/charts/timeline-list";
import { FilterForm } from "@/components/ui/filter-form";
import { Pager } from "@/components/ui/pager";
import { getPlace, listPlacesAround } from "@/lib/data/locations";
import { listSourceOptions } from "@/lib/data/sources";
import { pageTimelineEvents } from "@/lib/data/timeline";
import { DEFAULT_PLACE, filtersToSearchParams, parseFilters, type SearchParams } from "@/lib/domain/filters";
import { placeName } from "@/lib/domain/localized";
import { parsePage } from "@/lib/domain/paging";
import { pageWords, titleMetadata } from "@/lib/i18n/page-words";

export const dynamic = "force-dynamic";
export const generateMetadata = titleMetadata("public.timeline.title");

export default async function TimelinePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { t, locale } = await pageWords("public.timeline");
  const search = await searchParams;
  let filters = parseFilters(search);
  const [requested, places, sources] = await Promise.all([getPlace(filters.place), listPlacesAround(filters.place), listSourceOptions()]);
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
      <h1>{t("heading", { place: place ? placeName(place, locale) : DEFAULT_PLACE })}</h1>
      <p className="lede">{t("lede")}</p>
      <FilterForm action="/timeline" filters={filters} places={places} sources={sources} fields={["place", "dates", "sources"]} />
      {window.pages > 1 ? (
        <Pager window={window} path="/timeline" params={kept} noun={t("noun")} label={t("pagerTop")} />
      ) : (
        <p className="card__meta" role="status">
          {t("count", { count: window.total })}
        </p>
      )}
      <TimelineList events={events} label={t("label")} />
      {window.pages > 1 ? <Pager window={window} path="/timeline" params={kept} noun={t("noun")} label={t("pagerBottom")} /> : null}
    </>
  );
}
