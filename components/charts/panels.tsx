// The dashboard's async sections: each loads its own numbers (through lib/data) so the page
// can stream it in its own <Suspense> boundary. Server components.
import { getLocale, getTranslations } from "next-intl/server";
import { getBreakdownsView, getClaimsForPlace, getPlacesView } from "@/lib/data/series";
import { CHART_POINT_BUDGET, DOMAIN_PAGE_CHART_POINT_BUDGET } from "@/lib/domain/dashboard";
import type { Domain } from "@/lib/domain/enums";
import { filterQuery, filtersToSearchParams, type DashboardFilters } from "@/lib/domain/filters";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { BreakdownTable } from "./breakdown-table";
import { indicatorName, placeName } from "@/lib/domain/localized";
import { ClaimsFigure, type ClaimsFigureProps } from "./claims-figure";
import { PlaceBreakdown } from "./place-breakdown";

const LATEST = "latest" satisfies ClaimsFigureProps["table"];

export type CsvView = "claims" | "places" | "breakdowns";

export function csvHref(indicatorSlug: string, view: CsvView, filters: DashboardFilters): string {
  const params = filtersToSearchParams(filters);
  params.set("view", view);
  return `/download/${indicatorSlug}?${params.toString()}`;
}

/** The embed's address, in the reader's language (English without a prefix, as every page). */
export function embedSrc(domain: Domain, indicatorSlug: string, filters: DashboardFilters, locale: Locale = "en"): string {
  const query = filtersToSearchParams(filters, ["place", "from", "to", "sources", "grade", "cred", "ver"]).toString();
  return `${locale === "en" ? "" : `/${locale}`}/embed/${domain}/${indicatorSlug}${query ? `?${query}` : ""}`;
}

/** An indicator's own page (every claim up to 100, "places within", breakdowns), with the same filters. */
export function indicatorHref(domain: Domain, indicatorSlug: string, filters: DashboardFilters): string {
  return `/${domain}/${indicatorSlug}${filterQuery(filters)}`;
}

/**
 * The chart of an indicator's claims about the place as a whole. On a domain page ("domain"),
 * which shows every indicator of the domain: a smaller point budget and a table of each drawn
 * source's latest claim, linking to the indicator's page; there ("indicator"), in full.
 */
export async function ClaimsPanel({
  domain,
  indicatorSlug,
  filters,
  parent,
  on = "indicator",
}: {
  domain: Domain;
  indicatorSlug: string;
  filters: DashboardFilters;
  /** The place above the selected one, offered when nothing matches. */
  parent?: { pcode: string; nameEn: string; nameUk?: string | null } | null;
  on?: "domain" | "indicator";
}) {
  const pointBudget = on === "domain" ? DOMAIN_PAGE_CHART_POINT_BUDGET : CHART_POINT_BUDGET;
  const [data, t, locale] = await Promise.all([
    getClaimsForPlace(indicatorSlug, filters, pointBudget),
    getTranslations("charts.panels"),
    getLocale(),
  ]);
  if (!data) return null;
  const place = placeName(data.location, locale);
  const wider = (pcode: string) =>
    on === "domain"
      ? `/${domain}${filterQuery({ ...filters, place: pcode })}#${indicatorSlug}`
      : indicatorHref(domain, indicatorSlug, { ...filters, place: pcode });
  return (
    <ClaimsFigure
      data={data}
      id={`${indicatorSlug}-claims`}
      headingLevel={3}
      title={t("title", { indicator: indicatorName(data.indicator, locale), place })}
      emptyText={t("empty", { place })}
      emptyExtra={
        parent ? (
          <p>
            <Link href={wider(parent.pcode)}>{t("wider", { place: placeName(parent, locale) })}</Link>
          </p>
        ) : null
      }
      csvHref={csvHref(indicatorSlug, "claims", filters)}
      embed={{
        src: embedSrc(domain, indicatorSlug, filters, locale),
        title: t("embedTitle", { indicator: indicatorName(data.indicator, locale), place }),
      }}
      {...(on === "domain" ? { table: LATEST, fullHref: indicatorHref(domain, indicatorSlug, filters), pointBudget } : {})}
    />
  );
}

export async function PlacesPanel({ indicatorSlug, filters }: { indicatorSlug: string; filters: DashboardFilters }) {
  const data = await getPlacesView(indicatorSlug, filters);
  if (!data) return null;
  return <PlaceBreakdown data={data} id={`${indicatorSlug}-places`} csvHref={csvHref(indicatorSlug, "places", filters)} />;
}

export async function BreakdownsPanel({ indicatorSlug, filters }: { indicatorSlug: string; filters: DashboardFilters }) {
  const [data, locale] = await Promise.all([getBreakdownsView(indicatorSlug, filters), getLocale()]);
  if (!data) return null;
  return (
    <BreakdownTable
      indicator={indicatorName(data.indicator, locale)}
      place={placeName(data.location, locale)}
      claims={data.claims}
      latestClaims={data.latestClaims}
      id={`${indicatorSlug}-breakdowns`}
      csvHref={csvHref(indicatorSlug, "breakdowns", filters)}
    />
  );
}
