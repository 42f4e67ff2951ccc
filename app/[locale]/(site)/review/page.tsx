import { FigureSummary } from "@/components/figures/figure-summary";
import { ReviewButtons } from "@/components/forms/review-buttons";
import { DataTable } from "@/components/ui/data-table";
import { requirePageRole } from "@/lib/auth/guard";
import { ReviewBatch } from "@/components/import/review-batch";
import { batchesInReview, batchFiguresInReview } from "@/lib/data/figure-import";
import { parsePage } from "@/lib/domain/paging";
import { parseRecordId } from "@/lib/domain/record-ref";
import { reviewQueue } from "@/lib/data/figures";
import { submittedTimelineEvents } from "@/lib/data/timeline";
import { formatGrade, type Credibility } from "@/lib/domain/grades";
import { Link } from "@/lib/i18n/navigation";
import { formatEstimate } from "@/lib/domain/qualifiers";
import { enteredTextLang, indicatorText, placeName, placeText, type LocalizedText } from "@/lib/domain/localized";
import { DataLang, entered } from "@/components/ui/data-text";
import type { ReactNode } from "react";
import { reviewFigureAction, reviewImportBatchAction, reviewTimelineEventAction } from "./actions";
import { pageWords, titleMetadata } from "@/lib/i18n/page-words";
import { PageIntro } from "@/components/ui/page-intro";

export const dynamic = "force-dynamic";

export const generateMetadata = titleMetadata("review.title");

export default async function ReviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageRole("reviewer", "/review");
  const [queue, events, batches] = await Promise.all([reviewQueue(), submittedTimelineEvents(), batchesInReview()]);
  // Each batch's figures a page at a time: `?batch=<id>&page=N` pages that batch, the others show their first page.
  const params = await searchParams;
  const pagedBatch = parseRecordId(typeof params.batch === "string" ? params.batch : "");
  const batchPages = await Promise.all(batches.map((b) => batchFiguresInReview(b.id, b.id === pagedBatch ? parsePage(params.page) : 1)));
  const { t, locale, messages: words, format } = await pageWords("review");
  // A name in the reader's language, or its English fallback marked lang="en" (t.rich's tags).
  const inLang = (lang: LocalizedText["lang"]) =>
    function InLang(chunks: ReactNode) {
      return <DataLang lang={lang}>{chunks}</DataLang>;
    };
  const itemHeading = (figure: {
    id: number;
    indicator: Parameters<typeof indicatorText>[0];
    location: Parameters<typeof placeText>[0];
  }) => {
    const indicator = indicatorText(figure.indicator, "name", locale);
    const place = placeText(figure.location, locale);
    return t.rich("item", {
      id: String(figure.id),
      indicator: indicator.text,
      place: place.text,
      indicatorLang: inLang(indicator.lang),
      placeLang: inLang(place.lang),
    });
  };
  const eventHeading = (event: { id: number; title: string }) =>
    t.rich("event", { id: String(event.id), title: event.title, entered: entered(event.title) });
  const enteredBy = (author: { name: string; organisation: string | null } | null) =>
    author?.organisation
      ? t("enteredByOrg", { name: author.name, organisation: author.organisation })
      : t("enteredBy", { name: author?.name ?? "—" });
  return (
    <>
      <PageIntro t={t} />
      {batches.length ? (
        <>
          <h2>{t("batchesTitle")}</h2>
          <p className="muted">{t("batchLede")}</p>
          {batches.map((batch, i) => (
            <ReviewBatch
              key={batch.id}
              batch={batch}
              figures={batchPages[i]!}
              action={reviewImportBatchAction}
              figureAction={reviewFigureAction}
              user={user}
            />
          ))}
        </>
      ) : null}
      <h2>{t("figuresTitle")}</h2>
      {queue.length === 0 ? <p className="empty-state">{t("empty")}</p> : null}
      {queue.map(({ figure, competing }) => {
        const headingId = `review-${figure.id}`;
        return (
          <article key={figure.id} className="card review-item" aria-labelledby={headingId}>
            <h2 id={headingId}>{itemHeading(figure)}</h2>
            <p className="card__meta">
              {enteredBy(figure.author)} · <Link href={`/editor/figures/${figure.id}`}>{t("edit")}</Link>
            </p>
            <div className="review-grid">
              <FigureSummary figure={figure} />
              <div>
                <h3>{t("competing")}</h3>
                {competing.length === 0 ? (
                  <p className="muted">{t("noCompeting")}</p>
                ) : (
                  <DataTable
                    caption={t("competing")}
                    captionHidden
                    scroll={false}
                    rows={competing}
                    rowKey={(c) => c.id}
                    columns={[
                      {
                        header: t("asOf"),
                        className: "date",
                        cell: (c) => <Link href={`/figures/${c.id}`}>{format.dayShort(c.asOf)}</Link>,
                      },
                      { header: t("source"), cell: (c) => c.source.name },
                      {
                        header: t("grade"),
                        cell: (c) => <span className="grade">{formatGrade(c.source.reliability, c.credibility as Credibility)}</span>,
                      },
                      { header: t("estimate"), cell: (c) => formatEstimate(c, format, words) },
                    ]}
                  />
                )}
              </div>
            </div>
            <ReviewButtons action={reviewFigureAction} user={user} record={figure} />
            <p className="muted small">{t("verification", { status: words.verification[figure.verification] })}</p>
          </article>
        );
      })}
      <h2>{t("eventsTitle")}</h2>
      {events.length === 0 ? <p className="empty-state">{t("noEvents")}</p> : null}
      {events.map((event) => {
        const headingId = `review-event-${event.id}`;
        return (
          <article key={`event-${event.id}`} className="card review-item" aria-labelledby={headingId}>
            <h3 id={headingId}>{eventHeading(event)}</h3>
            <p className="card__meta">
              {t("eventMeta", {
                date: format.day(event.occurredOn),
                place: placeName(event.location, locale),
                source: event.source.name,
                grade: formatGrade(event.source.reliability, event.credibility as Credibility),
              })}
              {" · "}
              {enteredBy(event.author)}
            </p>
            {event.description ? <p lang={enteredTextLang(event.description)}>{event.description}</p> : null}
            <ReviewButtons action={reviewTimelineEventAction} user={user} record={event} />
          </article>
        );
      })}
    </>
  );
}
