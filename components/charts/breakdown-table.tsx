// Breakdowns by sex, age group and civilian/military, where sources gave them: a table of the
// newest of each source's latest claims per place and group (a bounded number), with a CSV
// download of every such claim.
import type { BreakdownClaim } from "@/lib/data/series";
import { useLocale, useTranslations } from "next-intl";
import type { Messages } from "@/lib/domain/messages";
import { formatEstimate } from "@/lib/domain/qualifiers";
import { formatFor } from "@/lib/i18n/format";
import { messagesFor } from "@/lib/i18n/domain-messages";
import { Link } from "@/lib/i18n/navigation";
import { Grade } from "@/components/ui/grade";
import { DataTable } from "@/components/ui/data-table";
import { claimPlaceName } from "@/lib/domain/localized";

export function breakdownGroup(c: Pick<BreakdownClaim, "sex" | "ageGroup" | "populationGroup">, messages: Messages): string {
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
  const t = useTranslations("charts");
  const locale = useLocale();
  const format = formatFor(locale);
  const messages = messagesFor(locale);
  const title = t("breakdown.title", { indicator, place });
  const headingId = `${id}-title`;
  return (
    <section className="card chart-card" aria-labelledby={headingId} id={id}>
      <h3 id={headingId}>{title}</h3>
      {claims.length === 0 ? (
        <p className="empty-state">{t("breakdown.empty")}</p>
      ) : (
        <>
          <DataTable
            caption={t("breakdown.caption", { title })}
            captionHidden
            rows={claims}
            rowKey={(c) => c.figureId}
            columns={[
              { header: t("table.asOf"), className: "date", cell: (c) => c.asOf },
              { header: t("table.group"), cell: (c) => breakdownGroup(c, messages) },
              { header: t("table.place"), cell: (c) => claimPlaceName(c, locale) },
              { header: t("table.source"), cell: (c) => c.sourceName },
              { header: t("table.grade"), cell: (c) => <Grade reliability={c.reliability} credibility={c.credibility} /> },
              { header: t("table.verification"), cell: (c) => messages.verification[c.verification] },
              { header: t("table.estimate"), cell: (c) => formatEstimate(c, format, messages) },
              { header: t("table.best"), numeric: true, cell: (c) => format.count(c.best) },
              {
                header: t("table.figure"),
                cell: (c) => (
                  <Link href={`/figures/${c.figureId}`} prefetch={false}>
                    #{c.figureId}
                  </Link>
                ),
              },
            ]}
          />
          {latestClaims > claims.length ? (
            <p className="card__meta">{t("breakdown.more", { shown: claims.length, all: latestClaims })}</p>
          ) : null}
          <div className="figure-actions">
            <a className="button" href={csvHref} download>
              {t("downloadCsv")}
            </a>
          </div>
        </>
      )}
    </section>
  );
}
