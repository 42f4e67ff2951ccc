// A figure's facts as a definition list: the estimate, place, date, source and grade.
import { useLocale, useTranslations } from "next-intl";
import { formatGrade, type Credibility } from "@/lib/domain/grades";
import type { Qualifier, Reliability, VerificationStatus } from "@/lib/domain/enums";
import { formatEstimate } from "@/lib/domain/qualifiers";
import { messagesFor } from "@/lib/i18n/domain-messages";
import { formatFor } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { indicatorText, placeName, enteredTextLang } from "@/lib/domain/localized";
import { DataText } from "@/components/ui/data-text";
import { OutsideLink } from "@/components/ui/outside-link";

export interface FigureSummaryData {
  low: number | null;
  best: number | null;
  high: number | null;
  qualifier: Qualifier;
  noInformation: boolean;
  asOf: Date;
  periodStart: Date | null;
  credibility: number;
  verification: VerificationStatus;
  sourceUrl?: string | null;
  sourcePublishedAt?: Date | null;
  sourcePlaceName?: string | null;
  notes?: string | null;
  sex?: string | null;
  ageGroup?: string | null;
  populationGroup?: string | null;
  indicator: { name: string; unit: string; nameUk?: string | null; unitUk?: string | null };
  location: { nameEn: string; pcode: string; nameUk?: string | null };
  source: { id?: number; name: string; reliability: Reliability };
}

const day = (d: Date) => d.toISOString().slice(0, 10);

export function FigureSummary({ figure }: { figure: FigureSummaryData }) {
  const t = useTranslations("public.figureSummary");
  const locale = useLocale() as Locale;
  const m = messagesFor(locale);
  const grade = formatGrade(figure.source.reliability, figure.credibility as Credibility);
  // The breakdown's values are codes (child, female, civilian): shown in the reader's words.
  const word = <K extends string>(words: Record<K, string>, code: string | null | undefined) => (code ? (words[code as K] ?? code) : null);
  const breakdown = [word(m.sex, figure.sex), word(m.ageGroup, figure.ageGroup), word(m.populationGroup, figure.populationGroup)]
    .filter(Boolean)
    .join(", ");
  return (
    <dl className="facts">
      <dt>{t("estimate")}</dt>
      <dd>
        <strong>{formatEstimate(figure, formatFor(locale), m)}</strong>{" "}
        {figure.noInformation ? null : <DataText value={indicatorText(figure.indicator, "unit", locale)} />}
      </dd>
      <dt>{t("indicator")}</dt>
      <dd>
        <DataText value={indicatorText(figure.indicator, "name", locale)} />
      </dd>
      <dt>{t("place")}</dt>
      <dd>
        {placeName(figure.location, locale)} ({figure.location.pcode})
      </dd>
      {figure.periodStart ? (
        <>
          <dt>{t("period")}</dt>
          <dd>
            {day(figure.periodStart)} – {day(figure.asOf)}
          </dd>
        </>
      ) : (
        <>
          <dt>{t("asOf")}</dt>
          <dd>{day(figure.asOf)}</dd>
        </>
      )}
      <dt>{t("source")}</dt>
      <dd>{figure.source.id ? <Link href={`/sources/${figure.source.id}`}>{figure.source.name}</Link> : figure.source.name}</dd>
      <dt>{t("grade")}</dt>
      <dd>
        <abbr className="grade" title={m.gradeDescription(grade, figure.source.reliability, figure.credibility as Credibility)}>
          {grade}
        </abbr>{" "}
        {m.reliability[figure.source.reliability]}; {m.credibility[figure.credibility as Credibility].toLowerCase()}
      </dd>
      <dt>{t("verification")}</dt>
      <dd>{m.verification[figure.verification]}</dd>
      {breakdown ? (
        <>
          <dt>{t("breakdown")}</dt>
          <dd>{breakdown}</dd>
        </>
      ) : null}
      {figure.sourcePlaceName ? (
        <>
          <dt>{t("sourcePlace")}</dt>
          <dd>{figure.sourcePlaceName}</dd>
        </>
      ) : null}
      {figure.sourceUrl ? (
        <>
          <dt>{t("link")}</dt>
          <dd>
            <OutsideLink href={figure.sourceUrl} />
          </dd>
        </>
      ) : null}
      {figure.sourcePublishedAt ? (
        <>
          <dt>{t("published")}</dt>
          <dd>{day(figure.sourcePublishedAt)}</dd>
        </>
      ) : null}
      {figure.notes ? (
        <>
          <dt>{t("notes")}</dt>
          <dd lang={enteredTextLang(figure.notes)}>{figure.notes}</dd>
        </>
      ) : null}
    </dl>
  );
}
