import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ClaimsFigure } from "@/components/charts/claims-figure";
import { getPublicIndicator } from "@/lib/data/indicators";
import { getClaimsForPlace } from "@/lib/data/series";
import { DOMAINS, isOneOf } from "@/lib/domain/enums";
import { filterQuery, parseFilters, type SearchParams } from "@/lib/domain/filters";
import { getLocale } from "next-intl/server";
import { indicatorName, placeName } from "@/lib/domain/localized";

export const dynamic = "force-dynamic";

const strings = {
  title: (indicator: string, place: string) => `${indicator} in ${place}: claims by source`,
  sources: (list: string) => `Sources: ${list}.`,
  noSources: "No published claims match.",
  back: "See all figures, filters and the data on Crisis Ledger",
};

type Props = { params: Promise<{ domain: string; indicator: string }>; searchParams: Promise<SearchParams> };

export const metadata: Metadata = { robots: { index: false } };

/** One chart on its own, for an <iframe> on another site: title, source line, link back. */
export default async function EmbedPage({ params, searchParams }: Props) {
  const { domain, indicator: slug } = await params;
  if (!isOneOf(DOMAINS, domain)) notFound();
  const indicator = await getPublicIndicator(slug);
  if (!indicator || indicator.domain !== domain) notFound();
  const filters = parseFilters(await searchParams);
  const [data, locale] = await Promise.all([getClaimsForPlace(slug, filters), getLocale()]);
  if (!data) notFound();

  const seen = new Map<number, string>();
  for (const p of data.points) {
    if (!seen.has(p.sourceId)) seen.set(p.sourceId, `${p.sourceName} (${p.reliability})`);
  }
  const back = `/${domain}${filterQuery(filters)}#${slug}`;
  return (
    <>
      <ClaimsFigure
        data={data}
        id={`embed-${slug}`}
        headingLevel={2}
        title={strings.title(indicatorName(data.indicator, locale), placeName(data.location, locale))}
      />
      <p className="embed__sources">{seen.size > 0 ? strings.sources([...seen.values()].join("; ")) : strings.noSources}</p>
      <p className="embed__back">
        <a href={back} target="_top">
          {strings.back}
        </a>
      </p>
    </>
  );
}
