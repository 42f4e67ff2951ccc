// The chart's numbers as a table: every claim with its source, grade, credibility,
// verification, estimate and "as of" date, each linking to the figure's own page. The cells are
// formatted here and laid out by ClaimRows (see there why it is a client component).
import type { ClaimRow } from "@/lib/domain/claim";
import { messages } from "@/lib/domain/messages";
import { formatEstimate } from "@/lib/domain/qualifiers";
import { isCredibility } from "@/lib/domain/grades";
import { gradeLabel } from "@/components/ui/grade";
import { formatCount } from "@/components/ui/format";
import { ClaimRows, type ClaimCells } from "./claim-rows";
import { claimPlaceName } from "@/lib/domain/localized";
import { useLocale } from "next-intl";

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
  const locale = useLocale();
  const gradeTitles: Record<string, string> = {};
  const cells = points.map((p): ClaimCells => {
    const grade = gradeLabel(p.reliability, p.credibility);
    gradeTitles[grade.text] = grade.title;
    return [
      p.figureId,
      p.asOf,
      p.sourceName,
      grade.text,
      isCredibility(p.credibility) ? `${p.credibility} · ${messages.credibility[p.credibility]}` : String(p.credibility),
      messages.verification[p.verification],
      formatEstimate(p),
      p.noInformation,
      formatCount(p.low),
      formatCount(p.best),
      formatCount(p.high),
      showPlace ? claimPlaceName(p, locale) : null,
    ];
  });
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
        <ClaimRows rows={cells} gradeTitles={gradeTitles} />
      </table>
    </div>
  );
}
