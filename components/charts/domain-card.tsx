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

const strings = {
  empty: (place: string) => `No published figures for ${place} match the filters.`,
  about: (indicator: string, place: string) => `${indicator} · ${place}`,
  by: "according to",
  asOf: (date: string) => `as of ${date}`,
  disagreement: (disagreeing: number, others: number) =>
    others === 0
      ? `No other source made a claim within ${COMPARISON_WINDOW_DAYS} days.`
      : disagreeing === 0
        ? `${others} other ${others === 1 ? "source agrees" : "sources agree"} within ${COMPARISON_WINDOW_DAYS} days (ranges overlap).`
        : `${disagreeing} of ${others} other ${others === 1 ? "source disagrees" : "sources disagree"} (ranges do not overlap).`,
  more: (domain: string) => `All ${domain.toLowerCase()} figures`,
};

export async function DomainCard({ domain, filters, placeName }: { domain: Domain; filters: DashboardFilters; placeName: string }) {
  const summary = await getDomainOverview(domain, filters);
  const href = `/${domain}${filterQuery(filters, ["place", "from", "to", "sources", "grade", "cred", "ver"])}`;
  const headingId = `card-${domain}`;
  return (
    <article className="card domain-card" aria-labelledby={headingId}>
      <h2 id={headingId} className="domain-card__domain">
        {messages.domain[domain]}
      </h2>
      {summary ? (
        <>
          <p className="domain-card__indicator">{strings.about(summary.headline.indicatorName, summary.headline.placeName)}</p>
          <p className="domain-card__estimate">
            <a href={`/figures/${summary.headline.figureId}`}>{formatEstimate(summary.headline)}</a>{" "}
            <span className="domain-card__unit">{summary.headline.unit}</span>
          </p>
          <p className="domain-card__source">
            {strings.by} {summary.headline.sourceName}{" "}
            <Grade reliability={summary.headline.reliability} credibility={summary.headline.credibility} />
          </p>
          <p className="domain-card__date">
            {strings.asOf(formatDay(summary.headline.asOf))} · <Freshness asOf={summary.headline.asOf} today={calendarDateIn(new Date())} />
          </p>
          <p className={summary.disagreeing > 0 ? "domain-card__dispute domain-card__dispute--yes" : "domain-card__dispute"}>
            {strings.disagreement(summary.disagreeing, summary.others.length)}
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
