// The breakdown by place: for each part of the selected place, each source's latest claim on
// or before the chosen date, as a bar to its best estimate with its low–high range as an error
// bar, on one scale. Plain HTML and CSS (no script needed; the bars are laid out by PlaceBars,
// see there why), with the same numbers as a table and a CSV download.
import { useLocale, useTranslations } from "next-intl";
import type { PlacesView } from "@/lib/data/series";
import { COMPARISON_WINDOW_DAYS, daysOlderThan, groupByBranch } from "@/lib/domain/dashboard";
import { formatEstimate } from "@/lib/domain/qualifiers";
import { formatFor } from "@/lib/i18n/format";
import { messagesFor } from "@/lib/i18n/domain-messages";
import { gradeLabel } from "@/components/ui/grade";
import type { Locale } from "@/lib/i18n/routing";
import { ClaimsTable } from "./claims-table";
import { PlaceBars, type PlaceBarCells, type PlaceBranchCells } from "./place-bars";
import { assignSeriesStyles } from "./palette";
import { claimPlaceName, indicatorName, indicatorUnit, placeName } from "@/lib/domain/localized";

export function PlaceBreakdown({ data, id, csvHref }: { data: PlacesView; id: string; csvHref: string }) {
  const t = useTranslations("charts");
  const locale = useLocale() as Locale;
  const format = formatFor(locale);
  const messages = messagesFor(locale);
  const title = t("places.title", { indicator: indicatorName(data.indicator, locale), place: placeName(data.location, locale) });
  const branches = groupByBranch(data.claims);
  const max = Math.max(1, ...data.claims.map((c) => c.high ?? c.best ?? 0));
  const styles = assignSeriesStyles([...new Set(data.claims.map((c) => c.sourceId))].sort((a, b) => a - b));
  const pct = (n: number) => `${Math.min(100, (n / max) * 100).toFixed(2)}%`;
  const headingId = `${id}-title`;
  const gradeTitles: Record<string, string> = {};
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
          <PlaceBars
            gradeTitles={gradeTitles}
            branches={branches.map((branch): PlaceBranchCells => [
              branch.pcode,
              placeName({ nameEn: branch.name, nameUk: branch.nameUk }, locale),
              branch.claims.map((c): PlaceBarCells => {
                const grade = gradeLabel(c.reliability, c.credibility, locale);
                gradeTitles[grade.text] = grade.title;
                const older = daysOlderThan(c.asOf, data.at);
                const about = c.pcode !== branch.pcode ? `${t("places.about", { place: claimPlaceName(c, locale) })}, ` : "";
                const range = c.best !== null && c.low !== null && c.high !== null && c.low !== c.high;
                return [
                  c.figureId,
                  c.sourceName,
                  grade.text,
                  styles.get(c.sourceId)?.colour ?? null,
                  c.best === null ? null : pct(c.best),
                  range ? pct(c.low!) : null,
                  range ? pct(c.high!) : null,
                  format.day(c.asOf),
                  formatEstimate(c, format, messages),
                  about + t("places.asOf", { date: format.day(c.asOf) }),
                  older === null ? null : t("places.older", { days: older }),
                ];
              }),
              data.notListed[branch.pcode] ? t("places.notListed", { count: data.notListed[branch.pcode]! }) : null,
            ])}
          />
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
