// One overview card: the latest published best estimate of a domain for the selected place,
// with its range and qualifier, its source and grade, its date and freshness, and how many
// other sources disagree. Server component (loads its own numbers).
import Link from "next/link";
import { getDomainOverview } from "@/lib/data/series";
import { COMPARISON_WINDOW_DAYS } from "@/lib/domain/dashboard";
import { calendarDateIn } from "@/lib/domain/dates";
import type { Domain } from "@/lib/domain/enums";
import { filterQuery, type DashboardFilters } from "@/lib/domain/filters";
import { messages } from "@/lib/domain/messages";
import { formatEstimate } from "@/lib/domain/qualifiers";
import { Freshness } from "@/components/ui/freshness";
import { Grade } from "@/components/ui/grade";
import { formatDay } from "@/components/ui/format";
import { getLocale } from "next-intl/server";
import { claimPlaceName, indicatorName, indicatorUnit } from "@/lib/domain/localized";

const strings = {
  empty: (place: string) => `No published figures for ${place} match the filters.`,
  about: (indicator: string, place: string) => `${indicator} · ${place}`,
  by: "according to",
  asOf: (date: string) => `as of ${date}`,
  status: "Status:",
  others: (others: number, latest: string | null) =>
    others === 0 || latest === null
      ? "No other source made a claim about this."
      : `${others} other ${others === 1 ? "source" : "sources"} made claims about this, the latest as of ${latest}.`,
  disagreement: (disagreeing: number, recent: number) =>
    recent === 0
      ? `None within ${COMPARISON_WINDOW_DAYS} days of this claim to compare.`
      : disagreeing === 0
        ? `${recent} within ${COMPARISON_WINDOW_DAYS} days: ${recent === 1 ? "its range overlaps" : "their ranges overlap"} this one.`
        : `${disagreeing} of ${recent} within ${COMPARISON_WINDOW_DAYS} days ${disagreeing === 1 ? "disagrees" : "disagree"} (ranges do not overlap).`,
  more: (domain: string) => `All ${domain.toLowerCase()} figures`,
};

export async function DomainCard({ domain, filters, placeName }: { domain: Domain; filters: DashboardFilters; placeName: string }) {
  const [summary, locale] = await Promise.all([getDomainOverview(domain, filters), getLocale()]);
  const href = `/${domain}${filterQuery(filters, ["place", "from", "to", "sources", "grade", "cred", "ver"])}`;
  const headingId = `card-${domain}`;
  return (
    <article className="card domain-card" aria-labelledby={headingId}>
      <h2 id={headingId} className="domain-card__domain">
        {messages.domain[domain]}
      </h2>
      {summary ? (
        <>
          <p className="domain-card__indicator">
            {strings.about(
              indicatorName({ name: summary.headline.indicatorName, nameUk: summary.headline.indicatorNameUk }, locale),
              claimPlaceName(summary.headline, locale),
            )}
          </p>
          <p className="domain-card__estimate">
            <a href={`/figures/${summary.headline.figureId}`}>{formatEstimate(summary.headline)}</a>{" "}
            <span className="domain-card__unit">{indicatorUnit(summary.headline, locale)}</span>
          </p>
          <p className="domain-card__source">
            {strings.by} {summary.headline.sourceName}{" "}
            <Grade reliability={summary.headline.reliability} credibility={summary.headline.credibility} />
          </p>
          <p className="domain-card__date">
            {strings.asOf(formatDay(summary.headline.asOf))} · <Freshness asOf={summary.headline.asOf} today={calendarDateIn(new Date())} />
          </p>
          <p
            className={
              summary.headline.verification === "disputed" ? "domain-card__status domain-card__status--disputed" : "domain-card__status"
            }
          >
            {strings.status}{" "}
            <strong title={messages.verificationDescription[summary.headline.verification]}>
              {messages.verification[summary.headline.verification]}
            </strong>
            {summary.headline.verification === "disputed" ? ` — ${messages.verificationDescription.disputed}` : null}
          </p>
          <p className={summary.disagreeing > 0 ? "domain-card__dispute domain-card__dispute--yes" : "domain-card__dispute"}>
            {strings.others(summary.others.length, summary.latestOther && formatDay(summary.latestOther))}{" "}
            {summary.others.length > 0 ? strings.disagreement(summary.disagreeing, summary.recent) : null}
          </p>
        </>
      ) : (
        <p className="muted">{strings.empty(placeName)}</p>
      )}
      <p className="domain-card__more">
        <Link href={href}>
          {strings.more(messages.domain[domain])} <span aria-hidden="true">→</span>
        </Link>
      </p>
    </article>
  );
}
