// The dashboard's async sections: each loads its own numbers (through lib/data) so the page
// can stream it in its own <Suspense> boundary. Server components.
import { getBreakdownsView, getClaimsForPlace, getPlacesView } from "@/lib/data/series";
import type { Domain } from "@/lib/domain/enums";
import { filterQuery, filtersToSearchParams, type DashboardFilters } from "@/lib/domain/filters";
import { BreakdownTable } from "./breakdown-table";
import { ClaimsFigure } from "./claims-figure";
import { PlaceBreakdown } from "./place-breakdown";

const strings = {
  title: (indicator: string, place: string) => `${indicator} in ${place} as a whole: claims by source`,
  empty: (place: string) => `No source's published claim about ${place} as a whole matches the filters.`,
  wider: (place: string) => `See ${place}`,
  embedTitle: (indicator: string, place: string) => `${indicator} in ${place}: claims by source (Crisis Ledger)`,
};

export type CsvView = "claims" | "places" | "breakdowns";

export function csvHref(indicatorSlug: string, view: CsvView, filters: DashboardFilters): string {
  const params = filtersToSearchParams(filters);
  params.set("view", view);
  return `/download/${indicatorSlug}?${params.toString()}`;
}

export function embedSrc(domain: Domain, indicatorSlug: string, filters: DashboardFilters): string {
  const query = filtersToSearchParams(filters, ["place", "from", "to", "sources", "grade", "cred", "ver"]).toString();
  return `/embed/${domain}/${indicatorSlug}${query ? `?${query}` : ""}`;
}

export async function ClaimsPanel({
  domain,
  indicatorSlug,
  filters,
  parent,
}: {
  domain: Domain;
  indicatorSlug: string;
  filters: DashboardFilters;
  /** The place above the selected one, offered when nothing matches. */
  parent?: { pcode: string; nameEn: string } | null;
}) {
  const data = await getClaimsForPlace(indicatorSlug, filters);
  if (!data) return null;
  return (
    <ClaimsFigure
      data={data}
      id={`${indicatorSlug}-claims`}
      headingLevel={3}
      title={strings.title(data.indicator.name, data.location.nameEn)}
      emptyText={strings.empty(data.location.nameEn)}
      emptyExtra={
        parent ? (
          <p>
            <a href={`/${domain}${filterQuery({ ...filters, place: parent.pcode })}#${indicatorSlug}`}>{strings.wider(parent.nameEn)}</a>
          </p>
        ) : null
      }
      csvHref={csvHref(indicatorSlug, "claims", filters)}
      embed={{ src: embedSrc(domain, indicatorSlug, filters), title: strings.embedTitle(data.indicator.name, data.location.nameEn) }}
    />
  );
}

export async function PlacesPanel({ indicatorSlug, filters }: { indicatorSlug: string; filters: DashboardFilters }) {
  const data = await getPlacesView(indicatorSlug, filters);
  if (!data) return null;
  return <PlaceBreakdown data={data} id={`${indicatorSlug}-places`} csvHref={csvHref(indicatorSlug, "places", filters)} />;
}

export async function BreakdownsPanel({ indicatorSlug, filters }: { indicatorSlug: string; filters: DashboardFilters }) {
  const data = await getBreakdownsView(indicatorSlug, filters);
  if (!data) return null;
  return (
    <BreakdownTable
      indicator={data.indicator.name}
      place={data.location.nameEn}
      claims={data.claims}
      latestClaims={data.latestClaims}
      id={`${indicatorSlug}-breakdowns`}
      csvHref={csvHref(indicatorSlug, "breakdowns", filters)}
    />
  );
}
