// The breakdown by place: for each part of the selected place, each source's latest claim on
// or before the chosen date, as a bar to its best estimate with its low–high range as an error
// bar, on one scale. Plain HTML and CSS (no script needed), with the same numbers as a table
// and a CSV download.
import { useLocale, useTranslations } from "next-intl";
import type { PlacesView } from "@/lib/data/series";
import { COMPARISON_WINDOW_DAYS, daysOlderThan, groupByBranch } from "@/lib/domain/dashboard";
import { formatEstimate } from "@/lib/domain/qualifiers";
import { formatFor } from "@/lib/i18n/format";
import { messagesFor } from "@/lib/i18n/domain-messages";
import { Link } from "@/lib/i18n/navigation";
import { Grade } from "@/components/ui/grade";
import { ClaimsTable } from "./claims-table";
import { assignSeriesStyles } from "./palette";
import { claimPlaceName, indicatorName, indicatorUnit, placeName } from "@/lib/domain/localized";

/** Marks a claim of "no information" (a symbol, the same in every language). */
const NO_INFORMATION_MARK = "✕";

export function PlaceBreakdown({ data, id, csvHref }: { data: PlacesView; id: string; csvHref: string }) {
  const t = useTranslations("charts");
  const locale = useLocale();
  const format = formatFor(locale);
  const messages = messagesFor(locale);
  const title = t("places.title", { indicator: indicatorName(data.indicator, locale), place: placeName(data.location, locale) });
  const branches = groupByBranch(data.claims);
  const max = Math.max(1, ...data.claims.map((c) => c.high ?? c.best ?? 0));
  const styles = assignSeriesStyles([...new Set(data.claims.map((c) => c.sourceId))].sort((a, b) => a - b));
  const pct = (n: number) => `${Math.min(100, (n / max) * 100).toFixed(2)}%`;
  const headingId = `${id}-title`;
  return (
    <figure className="card chart-card" aria-labelledby={headingId} id={id}>
      <figcaption>
        <h3 id={headingId}>{title}</h3>
        {data.at ? (
          <p className="card__meta">{t("places.explainer", { date: format.day(data.at), days: COMPARISON_WINDOW_DAYS })}</p>
        ) : null}
      </figcaption>
      {branches.length === 0 ? (
        <p className="empty-state">{t("places.empty")}</p>
      ) : (
        <>
          <p className="scale-note">{t("places.scale", { max: format.count(max), unit: indicatorUnit(data.indicator, locale) })}</p>
          <ul className="range-bars">
            {branches.map((branch) => (
              <li key={branch.pcode}>
                <h4>{placeName({ nameEn: branch.name, nameUk: branch.nameUk }, locale)}</h4>
                <ul>
                  {branch.claims.map((c) => {
                    const style = styles.get(c.sourceId);
                    const older = daysOlderThan(c.asOf, data.at);
                    return (
                      <li key={c.figureId} className={older === null ? "range-bar" : "range-bar range-bar--older"}>
                        <span className="range-bar__label">
                          {c.sourceName} <Grade reliability={c.reliability} credibility={c.credibility} />
                        </span>
                        <span className="range-bar__track" aria-hidden="true">
                          {c.best !== null ? (
                            <>
                              <span className="range-bar__bar" style={{ width: pct(c.best), background: style?.colour }} />
                              <span className="range-bar__date">{format.day(c.asOf)}</span>
                              {c.low !== null && c.high !== null && c.low !== c.high ? (
                                <span
                                  className="range-bar__whisker"
                                  style={{ left: pct(c.low), width: `calc(${pct(c.high)} - ${pct(c.low)})` }}
                                />
                              ) : null}
                            </>
                          ) : (
                            <span className="range-bar__none">{NO_INFORMATION_MARK}</span>
                          )}
                        </span>
                        <span className="range-bar__value">
                          <Link href={`/figures/${c.figureId}`} prefetch={false}>
                            {formatEstimate(c, format, messages)}
                          </Link>{" "}
                          <span className="muted">
                            {c.pcode !== branch.pcode ? `${t("places.about", { place: claimPlaceName(c, locale) })}, ` : ""}
                            {t("places.asOf", { date: format.day(c.asOf) })}
                          </span>
                          {older !== null ? <strong className="range-bar__older">{t("places.older", { days: older })}</strong> : null}
                        </span>
                      </li>
                    );
                  })}
                </ul>
                {data.notListed[branch.pcode] ? (
                  <p className="muted">{t("places.notListed", { count: data.notListed[branch.pcode]! })}</p>
                ) : null}
              </li>
            ))}
          </ul>
          <details className="table-details">
            <summary>{t("viewTable", { count: data.claims.length })}</summary>
            <ClaimsTable title={title} points={data.claims} showPlace />
          </details>
        </>
      )}
      {branches.length > 0 ? (
        <div className="figure-actions">
          <a className="button" href={csvHref} download>
            {t("downloadCsv")}
          </a>
        </div>
      ) : null}
    </figure>
  );
}
