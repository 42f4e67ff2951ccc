// One overview card: the latest published best estimate of a domain for the selected place,
// with its range and qualifier, its source and grade, its date and freshness, and how many
// other sources disagree. Server component (loads its own numbers).
import { getLocale, getTranslations } from "next-intl/server";
import { getDomainOverview } from "@/lib/data/series";
import { COMPARISON_WINDOW_DAYS } from "@/lib/domain/dashboard";
import { calendarDateIn } from "@/lib/domain/dates";
import type { Domain } from "@/lib/domain/enums";
import { filterQuery, type DashboardFilters } from "@/lib/domain/filters";
import { formatEstimate } from "@/lib/domain/qualifiers";
import { formatFor } from "@/lib/i18n/format";
import { messagesFor } from "@/lib/i18n/domain-messages";
import { Link } from "@/lib/i18n/navigation";
import { Freshness } from "@/components/ui/freshness";
import { Grade } from "@/components/ui/grade";
import { claimPlaceName, indicatorName, indicatorUnit } from "@/lib/domain/localized";

export async function DomainCard({ domain, filters, placeName }: { domain: Domain; filters: DashboardFilters; placeName: string }) {
  const [summary, t, locale] = await Promise.all([getDomainOverview(domain, filters), getTranslations("charts.card"), getLocale()]);
  const format = formatFor(locale);
  const messages = messagesFor(locale);
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
            {t("about", {
              indicator: indicatorName({ name: summary.headline.indicatorName, nameUk: summary.headline.indicatorNameUk }, locale),
              place: claimPlaceName(summary.headline, locale),
            })}
          </p>
          <p className="domain-card__estimate">
            <Link href={`/figures/${summary.headline.figureId}`}>{formatEstimate(summary.headline, format, messages)}</Link>{" "}
            <span className="domain-card__unit">{indicatorUnit(summary.headline, locale)}</span>
          </p>
          <p className="domain-card__source">
            {t("by")} {summary.headline.sourceName}{" "}
            <Grade reliability={summary.headline.reliability} credibility={summary.headline.credibility} />
          </p>
          <p className="domain-card__date">
            {t("asOf", { date: format.day(summary.headline.asOf) })} ·{" "}
            <Freshness asOf={summary.headline.asOf} today={calendarDateIn(new Date())} />
          </p>
          <p
            className={
              summary.headline.verification === "disputed" ? "domain-card__status domain-card__status--disputed" : "domain-card__status"
            }
          >
            {t("status")}{" "}
            <strong title={messages.verificationDescription[summary.headline.verification]}>
              {messages.verification[summary.headline.verification]}
            </strong>
            {summary.headline.verification === "disputed" ? ` — ${messages.verificationDescription.disputed}` : null}
          </p>
          <p className={summary.disagreeing > 0 ? "domain-card__dispute domain-card__dispute--yes" : "domain-card__dispute"}>
            {summary.others.length === 0 || summary.latestOther === null
              ? t("noOthers")
              : t("others", { count: summary.others.length, latest: format.day(summary.latestOther) })}{" "}
            {summary.others.length > 0
              ? summary.recent === 0
                ? t("noneToCompare", { days: COMPARISON_WINDOW_DAYS })
                : summary.disagreeing === 0
                  ? t("overlap", { recent: summary.recent, days: COMPARISON_WINDOW_DAYS })
                  : t("disagree", { disagreeing: summary.disagreeing, recent: summary.recent, days: COMPARISON_WINDOW_DAYS })
              : null}
          </p>
        </>
      ) : (
        <p className="muted">{t("empty", { place: placeName })}</p>
      )}
      <p className="domain-card__more">
        <Link href={href}>
          {t("more", { domain: messages.domain[domain].toLowerCase() })} <span aria-hidden="true">→</span>
        </Link>
      </p>
    </article>
  );
}
