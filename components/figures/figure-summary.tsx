// A figure's facts as a definition list: the estimate, place, date, source and grade.
import Link from "next/link";
import { formatGrade, type Credibility } from "@/lib/domain/grades";
import type { Qualifier, Reliability, VerificationStatus } from "@/lib/domain/enums";
import { messages } from "@/lib/domain/messages";
import { formatEstimate } from "@/lib/domain/qualifiers";
import { useLocale } from "next-intl";
import { indicatorUnit, placeName } from "@/lib/domain/localized";
import { LocalizedText } from "@/components/i18n/localized-text";

const strings = {
  estimate: "Estimate",
  indicator: "Indicator",
  place: "Place",
  period: "Period",
  asOf: "As of",
  source: "Source",
  grade: "Grade",
  verification: "Verification",
  sourcePlace: "The source's wording of the place",
  link: "Source's report",
  published: "Published by the source",
  notes: "Notes",
  breakdown: "Breakdown",
};

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
  const grade = formatGrade(figure.source.reliability, figure.credibility as Credibility);
  const locale = useLocale();
  const breakdown = [figure.sex, figure.ageGroup, figure.populationGroup].filter(Boolean).join(", ");
  return (
    <dl className="facts">
      <dt>{strings.estimate}</dt>
      <dd>
        <strong>{formatEstimate(figure)}</strong> {figure.noInformation ? null : indicatorUnit(figure.indicator, locale)}
      </dd>
      <dt>{strings.indicator}</dt>
      <dd>
        <LocalizedText en={figure.indicator.name} uk={figure.indicator.nameUk} />
      </dd>
      <dt>{strings.place}</dt>
      <dd>
        {placeName(figure.location, locale)} ({figure.location.pcode})
      </dd>
      {figure.periodStart ? (
        <>
          <dt>{strings.period}</dt>
          <dd>
            {day(figure.periodStart)} – {day(figure.asOf)}
          </dd>
        </>
      ) : (
        <>
          <dt>{strings.asOf}</dt>
          <dd>{day(figure.asOf)}</dd>
        </>
      )}
      <dt>{strings.source}</dt>
      <dd>{figure.source.id ? <Link href={`/sources/${figure.source.id}`}>{figure.source.name}</Link> : figure.source.name}</dd>
      <dt>{strings.grade}</dt>
      <dd>
        <abbr className="grade" title={messages.gradeDescription(grade, figure.source.reliability, figure.credibility as Credibility)}>
          {grade}
        </abbr>{" "}
        {messages.reliability[figure.source.reliability]}; {messages.credibility[figure.credibility as Credibility].toLowerCase()}
      </dd>
      <dt>{strings.verification}</dt>
      <dd>{messages.verification[figure.verification]}</dd>
      {breakdown ? (
        <>
          <dt>{strings.breakdown}</dt>
          <dd>{breakdown}</dd>
        </>
      ) : null}
      {figure.sourcePlaceName ? (
        <>
          <dt>{strings.sourcePlace}</dt>
          <dd>{figure.sourcePlaceName}</dd>
        </>
      ) : null}
      {figure.sourceUrl ? (
        <>
          <dt>{strings.link}</dt>
          <dd>
            <a href={figure.sourceUrl} rel="noopener noreferrer external">
              {figure.sourceUrl}
            </a>
          </dd>
        </>
      ) : null}
      {figure.sourcePublishedAt ? (
        <>
          <dt>{strings.published}</dt>
          <dd>{day(figure.sourcePublishedAt)}</dd>
        </>
      ) : null}
      {figure.notes ? (
        <>
          <dt>{strings.notes}</dt>
          <dd>{figure.notes}</dd>
        </>
      ) : null}
    </dl>
  );
}
