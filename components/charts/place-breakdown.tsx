// The breakdown by place: for each part of the selected place, each source's latest claim on
// or before the chosen date, as a bar to its best estimate with its low–high range as an error
// bar, on one scale. Plain HTML and CSS (no script needed), with the same numbers as a table
// and a CSV download.
import type { PlacesView } from "@/lib/data/series";
import { COMPARISON_WINDOW_DAYS, daysOlderThan, groupByBranch } from "@/lib/domain/dashboard";
import { formatEstimate } from "@/lib/domain/qualifiers";
import { Grade } from "@/components/ui/grade";
import { formatCount, formatDay } from "@/components/ui/format";
import { ClaimsTable } from "./claims-table";
import { assignSeriesStyles } from "./palette";
import { claimPlaceName, indicatorName, indicatorUnit, placeName } from "@/lib/domain/localized";
import { useLocale } from "next-intl";

const strings = {
  title: (indicator: string, place: string) => `${indicator}: places within ${place}`,
  explainer: (date: string) =>
    `Each source's latest claim on or before ${date} for each part of the place, or for a place within it. ` +
    "Bars are best estimates, whiskers the low–high range; claims are never added up. " +
    `Each bar carries its own date: claims made more than ${COMPARISON_WINDOW_DAYS} days before ${date} ` +
    "are faded and marked older, as they are not comparable with recent ones.",
  empty: "No published claims for the places within this place match the filters.",
  about: (place: string) => `about ${place}`,
  asOf: (date: string) => `as of ${date}`,
  older: (days: number) => `older: ${days.toLocaleString("en-GB")} days before the chosen date`,
  viewTable: (n: number) => `View as table (${n.toLocaleString("en-GB")} ${n === 1 ? "claim" : "claims"})`,
  download: "Download CSV",
  scale: (max: string, unit: string) => `Scale: 0 to ${max} ${unit}`,
  notListed: (n: number) => `${n} more ${n === 1 ? "source" : "sources"} with a lower grade: in the download.`,
};

export function PlaceBreakdown({ data, id, csvHref }: { data: PlacesView; id: string; csvHref: string }) {
  const locale = useLocale();
  const title = strings.title(indicatorName(data.indicator, locale), placeName(data.location, locale));
  const branches = groupByBranch(data.claims);
  const max = Math.max(1, ...data.claims.map((c) => c.high ?? c.best ?? 0));
  const styles = assignSeriesStyles([...new Set(data.claims.map((c) => c.sourceId))].sort((a, b) => a - b));
  const pct = (n: number) => `${Math.min(100, (n / max) * 100).toFixed(2)}%`;
  const headingId = `${id}-title`;
  return (
    <figure className="card chart-card" aria-labelledby={headingId} id={id}>
      <figcaption>
        <h3 id={headingId}>{title}</h3>
        {data.at ? <p className="card__meta">{strings.explainer(formatDay(data.at))}</p> : null}
      </figcaption>
      {branches.length === 0 ? (
        <p className="empty-state">{strings.empty}</p>
      ) : (
        <>
          <p className="scale-note">{strings.scale(formatCount(max), indicatorUnit(data.indicator, locale))}</p>
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
                              <span className="range-bar__date">{formatDay(c.asOf)}</span>
                              {c.low !== null && c.high !== null && c.low !== c.high ? (
                                <span
                                  className="range-bar__whisker"
                                  style={{ left: pct(c.low), width: `calc(${pct(c.high)} - ${pct(c.low)})` }}
                                />
                              ) : null}
                            </>
                          ) : (
                            <span className="range-bar__none">✕</span>
                          )}
                        </span>
                        <span className="range-bar__value">
                          <a href={`/figures/${c.figureId}`}>{formatEstimate(c)}</a>{" "}
                          <span className="muted">
                            {c.pcode !== branch.pcode ? `${strings.about(claimPlaceName(c, locale))}, ` : ""}
                            {strings.asOf(formatDay(c.asOf))}
                          </span>
                          {older !== null ? <strong className="range-bar__older">{strings.older(older)}</strong> : null}
                        </span>
                      </li>
                    );
                  })}
                </ul>
                {data.notListed[branch.pcode] ? <p className="muted">{strings.notListed(data.notListed[branch.pcode]!)}</p> : null}
              </li>
            ))}
          </ul>
          <details className="table-details">
            <summary>{strings.viewTable(data.claims.length)}</summary>
            <ClaimsTable title={title} points={data.claims} showPlace />
          </details>
        </>
      )}
      {branches.length > 0 ? (
        <div className="figure-actions">
          <a className="button" href={csvHref} download>
            {strings.download}
          </a>
        </div>
      ) : null}
    </figure>
  );
}
