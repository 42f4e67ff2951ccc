// The chart's numbers as a table: every claim with its source, grade, credibility,
// verification, estimate and "as of" date, each linking to the figure's own page.
import type { ClaimRow } from "@/lib/domain/claim";
import { messages } from "@/lib/domain/messages";
import { formatEstimate } from "@/lib/domain/qualifiers";
import { isCredibility } from "@/lib/domain/grades";
import { Grade } from "@/components/ui/grade";
import { formatCount } from "@/components/ui/format";

const strings = {
  caption: (title: string) => `${title}: every claim`,
  asOf: "As of",
  source: "Source",
  grade: "Grade",
  credibility: "Credibility",
  verification: "Verification",
  estimate: "Estimate",
  low: "Low",
  best: "Best",
  high: "High",
  place: "Place",
  figure: "Figure",
  figureLink: (id: number) => `#${id}`,
  figureLabel: (id: number, source: string, asOf: string) => `Figure ${id}: ${source}, as of ${asOf}`,
};

export function ClaimsTable({
  title,
  caption,
  points,
  showPlace = false,
}: {
  title?: string;
  caption?: string;
  points: ClaimRow[];
  showPlace?: boolean;
}) {
  return (
    <div className="table-wrap">
      <table className="data">
        <caption>{caption ?? strings.caption(title ?? "")}</caption>
        <thead>
          <tr>
            <th scope="col">{strings.asOf}</th>
            <th scope="col">{strings.source}</th>
            <th scope="col">{strings.grade}</th>
            <th scope="col">{strings.credibility}</th>
            <th scope="col">{strings.verification}</th>
            <th scope="col">{strings.estimate}</th>
            <th scope="col" className="num">
              {strings.low}
            </th>
            <th scope="col" className="num">
              {strings.best}
            </th>
            <th scope="col" className="num">
              {strings.high}
            </th>
            {showPlace ? <th scope="col">{strings.place}</th> : null}
            <th scope="col">{strings.figure}</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.figureId}>
              <td className="date">{p.asOf}</td>
              <td>{p.sourceName}</td>
              <td>
                <Grade reliability={p.reliability} credibility={p.credibility} />
              </td>
              <td>{isCredibility(p.credibility) ? `${p.credibility} · ${messages.credibility[p.credibility]}` : p.credibility}</td>
              <td>{messages.verification[p.verification]}</td>
              <td className={p.noInformation ? "no-info" : undefined}>{formatEstimate(p)}</td>
              <td className="num">{formatCount(p.low)}</td>
              <td className="num">{formatCount(p.best)}</td>
              <td className="num">{formatCount(p.high)}</td>
              {showPlace ? <td>{p.placeName}</td> : null}
              <td>
                <a href={`/figures/${p.figureId}`} aria-label={strings.figureLabel(p.figureId, p.sourceName, p.asOf)}>
                  {strings.figureLink(p.figureId)}
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
