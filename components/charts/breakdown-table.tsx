// Breakdowns by sex, age group and civilian/military, where sources gave them: a table of the
// newest of each source's latest claims per place and group (a bounded number), with a CSV
// download of every such claim.
import type { BreakdownClaim } from "@/lib/data/series";
import { messages } from "@/lib/domain/messages";
import { formatEstimate } from "@/lib/domain/qualifiers";
import { Grade } from "@/components/ui/grade";
import { formatCount } from "@/components/ui/format";
import { claimPlaceName } from "@/lib/domain/localized";
import { useLocale } from "next-intl";

const strings = {
  title: (indicator: string, place: string) => `${indicator} in ${place}: by sex, age and civilian or military`,
  caption: (title: string) => `${title}: each source's latest claim per place and group, newest first`,
  more: (shown: number, all: number) =>
    `The ${shown} newest of ${all.toLocaleString("en-GB")} latest claims; the download has every claim.`,
  empty: "No source gave a breakdown by sex, age or civilian/military status for this indicator and place.",
  asOf: "As of",
  group: "Group",
  place: "Place",
  source: "Source",
  grade: "Grade",
  verification: "Verification",
  estimate: "Estimate",
  best: "Best",
  figure: "Figure",
  download: "Download CSV",
};

export function breakdownGroup(c: Pick<BreakdownClaim, "sex" | "ageGroup" | "populationGroup">): string {
  return [
    c.sex ? messages.sex[c.sex] : null,
    c.ageGroup ? messages.ageGroup[c.ageGroup] : null,
    c.populationGroup ? messages.populationGroup[c.populationGroup] : null,
  ]
    .filter(Boolean)
    .join(" · ");
}

export function BreakdownTable({
  indicator,
  place,
  claims,
  latestClaims,
  id,
  csvHref,
}: {
  indicator: string;
  place: string;
  claims: BreakdownClaim[];
  /** How many latest claims there are in all (claims holds the newest of them). */
  latestClaims: number;
  id: string;
  csvHref: string;
}) {
  const locale = useLocale();
  const title = strings.title(indicator, place);
  const headingId = `${id}-title`;
  return (
    <section className="card chart-card" aria-labelledby={headingId} id={id}>
      <h3 id={headingId}>{title}</h3>
      {claims.length === 0 ? (
        <p className="empty-state">{strings.empty}</p>
      ) : (
        <>
          <div className="table-wrap">
            <table className="data">
              <caption className="visually-hidden">{strings.caption(title)}</caption>
              <thead>
                <tr>
                  <th scope="col">{strings.asOf}</th>
                  <th scope="col">{strings.group}</th>
                  <th scope="col">{strings.place}</th>
                  <th scope="col">{strings.source}</th>
                  <th scope="col">{strings.grade}</th>
                  <th scope="col">{strings.verification}</th>
                  <th scope="col">{strings.estimate}</th>
                  <th scope="col" className="num">
                    {strings.best}
                  </th>
                  <th scope="col">{strings.figure}</th>
                </tr>
              </thead>
              <tbody>
                {claims.map((c) => (
                  <tr key={c.figureId}>
                    <td className="date">{c.asOf}</td>
                    <td>{breakdownGroup(c)}</td>
                    <td>{claimPlaceName(c, locale)}</td>
                    <td>{c.sourceName}</td>
                    <td>
                      <Grade reliability={c.reliability} credibility={c.credibility} />
                    </td>
                    <td>{messages.verification[c.verification]}</td>
                    <td>{formatEstimate(c)}</td>
                    <td className="num">{formatCount(c.best)}</td>
                    <td>
                      <a href={`/figures/${c.figureId}`}>#{c.figureId}</a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {latestClaims > claims.length ? <p className="card__meta">{strings.more(claims.length, latestClaims)}</p> : null}
          <div className="figure-actions">
            <a className="button" href={csvHref} download>
              {strings.download}
            </a>
          </div>
        </>
      )}
    </section>
  );
}
