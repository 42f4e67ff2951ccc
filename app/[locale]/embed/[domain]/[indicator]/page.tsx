import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ClaimsFigure } from "@/components/charts/claims-figure";
import { getPublicIndicator } from "@/lib/data/indicators";
import { getClaimsForPlace } from "@/lib/data/series";
import { DOMAINS, isOneOf } from "@/lib/domain/enums";
import { filterQuery, parseFilters, type SearchParams } from "@/lib/domain/filters";
import { indicatorText, placeName } from "@/lib/domain/localized";
import { Link } from "@/lib/i18n/navigation";
import { pageWords } from "@/lib/i18n/page-words";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ domain: string; indicator: string }>; searchParams: Promise<SearchParams> };

export const metadata: Metadata = { robots: { index: false } };

/** One chart on its own, for an <iframe> on another site: title, source line, link back. */
export default async function EmbedPage({ params, searchParams }: Props) {
  const { domain, indicator: slug } = await params;
  if (!isOneOf(DOMAINS, domain)) notFound();
  const indicator = await getPublicIndicator(slug);
  if (!indicator || indicator.domain !== domain) notFound();
  const filters = parseFilters(await searchParams);
  const data = await getClaimsForPlace(slug, filters);
  if (!data) notFound();

  const { t, locale } = await pageWords("public.embed");
  const title = t("title", { indicator: indicatorText(data.indicator, "name", locale).text, place: placeName(data.location, locale) });
  const seen = new Map<number, string>();
  for (const p of data.points) {
    if (!seen.has(p.sourceId)) seen.set(p.sourceId, `${p.sourceName} (${p.reliability})`);
  }
  const back = `/${domain}${filterQuery(filters)}#${slug}`;
  return (
    <>
      <ClaimsFigure data={data} id={`embed-${slug}`} headingLevel={2} title={title} />
      <p className="embed__sources">{seen.size > 0 ? t("sources", { list: [...seen.values()].join("; ") }) : t("noSources")}</p>
      <p className="embed__back">
        <Link href={back} target="_top">
          {t("back")}
        </Link>
      </p>
    </>
  );
}
