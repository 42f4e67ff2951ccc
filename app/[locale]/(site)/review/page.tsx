import type { Metadata } from "next";
import Link from "next/link";
import { FigureSummary } from "@/components/figures/figure-summary";
import { WorkflowButton } from "@/components/forms/workflow-button";
import { requirePageRole } from "@/lib/auth/guard";
import { canPerform, workflowDenial } from "@/lib/domain/permissions";
import { batchesInReview } from "@/lib/data/figure-import";
import { reviewQueue } from "@/lib/data/figures";
import { submittedTimelineEvents } from "@/lib/data/timeline";
import { formatGrade, type Credibility } from "@/lib/domain/grades";
import { messages } from "@/lib/domain/messages";
import { formatEstimate } from "@/lib/domain/qualifiers";
import { reviewFigureAction, reviewImportBatchAction, reviewTimelineEventAction } from "./actions";

export const dynamic = "force-dynamic";

const strings = {
  title: "Review",
  lede: "Submitted figures, oldest first. Beside each: the published claims of other sources for the same indicator and place within a month, so disagreements are visible before you publish.",
  empty: "Nothing is waiting for review.",
  item: (id: number, indicator: string, place: string) => `Figure ${id}: ${indicator}, ${place}`,
  enteredBy: (name: string, org: string | null) => `Entered by ${name}${org ? ` (${org})` : ""}`,
  competing: "Published claims it sits beside",
  noCompeting: "No other published claim for this indicator and place within a month of this date.",
  asOf: "As of",
  source: "Source",
  grade: "Grade",
  estimate: "Estimate",
  verification: (status: string) => `Verification status: ${status}`,
  publish: "Publish",
  reject: "Reject",
  rejectReason: "Reason for rejecting (the editor sees it)",
  sendBack: "Send back to the editor",
  sendBackReason: "What should the editor change?",
  fourEyes: "You entered or changed its values: another reviewer must publish it (four-eyes rule).",
  edit: "Open in the editor",
  figuresTitle: "Figures",
  eventsTitle: "Timeline events",
  noEvents: "No timeline event is waiting for review.",
  event: (id: number, title: string) => `Event ${id}: ${title}`,
  batchesTitle: "Imports",
  batch: (id: number, file: string) => `Import ${id}: ${file}`,
  batchMeta: (n: number, by: string) => `${n.toLocaleString("en-GB")} figure${n === 1 ? "" : "s"} waiting for review, imported by ${by}`,
  batchLede: "Each figure is still checked on its own (four-eyes rule included) and recorded in its own history.",
  publishAll: "Publish all",
  rejectAll: "Reject all",
  sendBackAll: "Send all back to the editor",
  openBatch: "Open the import",
  eventMeta: (date: string, place: string, source: string, grade: string) => `${date} · ${place} · ${source} (${grade})`,
};

export const metadata: Metadata = { title: strings.title };

export default async function ReviewPage() {
  const user = await requirePageRole("reviewer", "/review");
  const [queue, events, batches] = await Promise.all([reviewQueue(), submittedTimelineEvents(), batchesInReview()]);
  return (
    <>
      <h1>{strings.title}</h1>
      <p className="lede">{strings.lede}</p>
      {batches.length ? (
        <>
          <h2>{strings.batchesTitle}</h2>
          <p className="muted">{strings.batchLede}</p>
          {batches.map((batch) => {
            const headingId = `review-batch-${batch.id}`;
            const fields = { batch: batch.id };
            return (
              <article key={batch.id} className="card review-item" aria-labelledby={headingId}>
                <h3 id={headingId}>{strings.batch(batch.id, batch.fileName)}</h3>
                <p className="card__meta">
                  {strings.batchMeta(batch.submitted, batch.createdBy?.name ?? "—")} ·{" "}
                  <Link href={`/editor/import/${batch.id}`}>{strings.openBatch}</Link>
                </p>
                <div className="workflow">
                  <WorkflowButton
                    action={reviewImportBatchAction}
                    fields={{ ...fields, action: "publish" }}
                    label={strings.publishAll}
                    primary
                  />
                  <WorkflowButton
                    action={reviewImportBatchAction}
                    fields={{ ...fields, action: "reject" }}
                    label={strings.rejectAll}
                    reasonLabel={strings.rejectReason}
                  />
                  <WorkflowButton
                    action={reviewImportBatchAction}
                    fields={{ ...fields, action: "return" }}
                    label={strings.sendBackAll}
                    reasonLabel={strings.sendBackReason}
                  />
                </div>
              </article>
            );
          })}
        </>
      ) : null}
      <h2>{strings.figuresTitle}</h2>
      {queue.length === 0 ? <p className="empty-state">{strings.empty}</p> : null}
      {queue.map(({ figure, competing }) => {
        const fields = { id: figure.id, version: figure.version };
        const headingId = `review-${figure.id}`;
        return (
          <article key={figure.id} className="card review-item" aria-labelledby={headingId}>
            <h2 id={headingId}>{strings.item(figure.id, figure.indicator.name, figure.location.nameEn)}</h2>
            <p className="card__meta">
              {strings.enteredBy(figure.author?.name ?? "—", figure.author?.organisation ?? null)} ·{" "}
              <Link href={`/editor/figures/${figure.id}`}>{strings.edit}</Link>
            </p>
            <div className="review-grid">
              <FigureSummary figure={figure} />
              <div>
                <h3>{strings.competing}</h3>
                {competing.length === 0 ? (
                  <p className="muted">{strings.noCompeting}</p>
                ) : (
                  <table className="data">
                    <caption className="visually-hidden">{strings.competing}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{strings.asOf}</th>
                        <th scope="col">{strings.source}</th>
                        <th scope="col">{strings.grade}</th>
                        <th scope="col">{strings.estimate}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {competing.map((c) => (
                        <tr key={c.id}>
                          <td className="date">
                            <Link href={`/figures/${c.id}`}>{c.asOf.toISOString().slice(0, 10)}</Link>
                          </td>
                          <td>{c.source.name}</td>
                          <td>
                            <span className="grade">{formatGrade(c.source.reliability, c.credibility as Credibility)}</span>
                          </td>
                          <td>{formatEstimate(c)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
              </div>
            </div>
            <div className="workflow">
              {workflowDenial(user, figure, "publish") === "four_eyes" ? (
                <p className="muted">{strings.fourEyes}</p>
              ) : canPerform(user, figure, "publish") ? (
                <WorkflowButton action={reviewFigureAction} fields={{ ...fields, action: "publish" }} label={strings.publish} primary />
              ) : null}
              {canPerform(user, figure, "return") ? (
                <WorkflowButton
                  action={reviewFigureAction}
                  fields={{ ...fields, action: "return" }}
                  label={strings.sendBack}
                  reasonLabel={strings.sendBackReason}
                />
              ) : null}
              {canPerform(user, figure, "reject") ? (
                <WorkflowButton
                  action={reviewFigureAction}
                  fields={{ ...fields, action: "reject" }}
                  label={strings.reject}
                  reasonLabel={strings.rejectReason}
                />
              ) : null}
            </div>
            <p className="muted small">{strings.verification(messages.verification[figure.verification])}</p>
          </article>
        );
      })}
      <h2>{strings.eventsTitle}</h2>
      {events.length === 0 ? <p className="empty-state">{strings.noEvents}</p> : null}
      {events.map((event) => {
        const fields = { id: event.id, version: event.version };
        const headingId = `review-event-${event.id}`;
        return (
          <article key={`event-${event.id}`} className="card review-item" aria-labelledby={headingId}>
            <h3 id={headingId}>{strings.event(event.id, event.title)}</h3>
            <p className="card__meta">
              {strings.eventMeta(
                event.occurredOn.toISOString().slice(0, 10),
                event.location.nameEn,
                event.source.name,
                formatGrade(event.source.reliability, event.credibility as Credibility),
              )}
              {" · "}
              {strings.enteredBy(event.author?.name ?? "—", event.author?.organisation ?? null)}
            </p>
            {event.description ? <p>{event.description}</p> : null}
            <div className="workflow">
              {workflowDenial(user, event, "publish") === "four_eyes" ? (
                <p className="muted">{strings.fourEyes}</p>
              ) : canPerform(user, event, "publish") ? (
                <WorkflowButton
                  action={reviewTimelineEventAction}
                  fields={{ ...fields, action: "publish" }}
                  label={strings.publish}
                  primary
                />
              ) : null}
              {canPerform(user, event, "return") ? (
                <WorkflowButton
                  action={reviewTimelineEventAction}
                  fields={{ ...fields, action: "return" }}
                  label={strings.sendBack}
                  reasonLabel={strings.sendBackReason}
                />
              ) : null}
              {canPerform(user, event, "reject") ? (
                <WorkflowButton
                  action={reviewTimelineEventAction}
                  fields={{ ...fields, action: "reject" }}
                  label={strings.reject}
                  reasonLabel={strings.rejectReason}
                />
              ) : null}
            </div>
          </article>
        );
      })}
    </>
  );
}
