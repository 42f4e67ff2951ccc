// The chart's numbers as a table: every claim with its source, grade, estimate and "as of" date.
import type { ClaimPoint } from "@/lib/data/series";
import { formatGrade } from "@/lib/domain/grades";
import { messages } from "@/lib/domain/messages";
import { formatEstimate } from "@/lib/domain/qualifiers";
import type { Credibility } from "@/lib/domain/grades";

const strings = {
  caption: (title: string) => `${title}: every claim the chart draws`,
  asOf: "As of",
  source: "Source",
  grade: "Grade",
  estimate: "Estimate",
  low: "Low",
  best: "Best",
  high: "High",
  verification: "Verification",
};

const numberFormat = new Intl.NumberFormat("en-GB");
const count = (n: number | null) => (n === null ? "–" : numberFormat.format(n));

export function ClaimsTable({ title, points }: { title: string; points: ClaimPoint[] }) {
  return (
    <div className="table-wrap">
      <table className="data">
        <caption>{strings.caption(title)}</caption>
        <thead>
          <tr>
            <th scope="col">{strings.asOf}</th>
            <th scope="col">{strings.source}</th>
            <th scope="col">{strings.grade}</th>
            <th scope="col">{strings.estimate}</th>
            <th scope="col" className="num">{strings.low}</th>
            <th scope="col" className="num">{strings.best}</th>
            <th scope="col" className="num">{strings.high}</th>
            <th scope="col">{strings.verification}</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => {
            const grade = formatGrade(p.reliability, p.credibility as Credibility);
            return (
              <tr key={p.figureId}>
                <td className="date">{p.asOf}</td>
                <td>{p.sourceName}</td>
                <td>
                  <abbr className="grade" title={messages.gradeDescription(grade, p.reliability, p.credibility as Credibility)}>{grade}</abbr>
                </td>
                <td>{formatEstimate(p)}</td>
                <td className="num">{count(p.low)}</td>
                <td className="num">{count(p.best)}</td>
                <td className="num">{count(p.high)}</td>
                <td>{messages.verification[p.verification]}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
