// The chart's numbers as a table: every claim with its source, grade, credibility,
// verification, estimate and "as of" date, each linking to the figure's own page. The cells are
// formatted here and laid out by ClaimRows (see there why it is a client component).
import type { ClaimRow } from "@/lib/domain/claim";
import { useLocale, useTranslations } from "next-intl";
import { formatEstimate } from "@/lib/domain/qualifiers";
import { isCredibility } from "@/lib/domain/grades";
import { formatFor } from "@/lib/i18n/format";
import { messagesFor } from "@/lib/i18n/domain-messages";
import { gradeLabel } from "@/components/ui/grade";
import { ClaimRows, type ClaimCells } from "./claim-rows";
import { claimPlaceName } from "@/lib/domain/localized";

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
  const t = useTranslations("charts.table");
  const locale = useLocale();
  const format = formatFor(locale);
  const messages = messagesFor(locale);
  const gradeTitles: Record<string, string> = {};
  const cells = points.map((p): ClaimCells => {
    const grade = gradeLabel(p.reliability, p.credibility, locale);
    gradeTitles[grade.text] = grade.title;
    return [
      p.figureId,
      p.asOf,
      p.sourceName,
      grade.text,
      isCredibility(p.credibility) ? `${p.credibility} · ${messages.credibility[p.credibility]}` : String(p.credibility),
      messages.verification[p.verification],
      formatEstimate(p, format, messages),
      p.noInformation,
      format.count(p.low),
      format.count(p.best),
      format.count(p.high),
      showPlace ? claimPlaceName(p, locale) : null,
    ];
  });
  return (
    <div className="table-wrap">
      <table className="data">
        <caption>{caption ?? t("caption", { title: title ?? "" })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("asOf")}</th>
            <th scope="col">{t("source")}</th>
            <th scope="col">{t("grade")}</th>
            <th scope="col">{t("credibility")}</th>
            <th scope="col">{t("verification")}</th>
            <th scope="col">{t("estimate")}</th>
            <th scope="col" className="num">
              {t("low")}
            </th>
            <th scope="col" className="num">
              {t("best")}
            </th>
            <th scope="col" className="num">
              {t("high")}
            </th>
            {showPlace ? <th scope="col">{t("place")}</th> : null}
            <th scope="col">{t("figure")}</th>
          </tr>
        </thead>
        <ClaimRows rows={cells} gradeTitles={gradeTitles} />
      </table>
    </div>
  );
}
