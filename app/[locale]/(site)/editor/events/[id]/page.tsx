import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { TimelineEventForm } from "@/components/forms/timeline-event-form";
import { WorkflowButton } from "@/components/forms/workflow-button";
import { EditorRecordHeader } from "@/components/forms/editor-record-header";
import { requireRecordPage, type RecordPageProps } from "@/lib/auth/record-page";
import { entered } from "@/components/ui/data-text";
import { canEditRecord, canPerform } from "@/lib/domain/permissions";
import { figureFormOptions, sourceOption } from "@/lib/data/form-options";
import { getTimelineEventForEditor } from "@/lib/data/timeline";
import { saveTimelineEventAction, timelineEventWorkflowAction } from "../actions";
import type { Locale } from "@/lib/i18n/routing";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("editor.event");
  return { title: t("metaTitle") };
}

const isDone = (step: string): step is "submit" | "withdraw" | "revise" => ["submit", "withdraw", "revise"].includes(step);

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

export default async function EditEventPage(props: RecordPageProps) {
  const {
    user,
    record: event,
    search,
  } = await requireRecordPage(
    props,
    "editor",
    (id) => `/editor/events/${id}`,
    (id, user) => getTimelineEventForEditor(user, id),
  );
  const { saved, done } = search;
  const t = await getTranslations("editor.event");
  const { places, sources } = await figureFormOptions((await getLocale()) as Locale);
  if (!sources.some((s) => s.id === event.sourceId)) {
    const cited = await sourceOption(event.sourceId);
    if (cited) sources.push(cited);
  }
  const fields = { id: event.id, version: event.version };
  const reason = event.statusReason;
  // What the reviewer wrote, as they wrote it (marked with its language).
  const reviewerSaid =
    reason && (event.status === "draft" || event.status === "rejected") ? t.rich("reason", { reason, entered: entered(reason) }) : null;
  const may = { submit: canPerform(user, event, "submit"), withdraw: canPerform(user, event, "withdraw") };
  const initial = {
    id: String(event.id),
    version: String(event.version),
    occurredOn: day(event.occurredOn),
    title: event.title,
    description: event.description ?? "",
    locationId: String(event.locationId),
    sourceId: String(event.sourceId),
    sourceUrl: event.sourceUrl ?? "",
    sourcePublishedAt: day(event.sourcePublishedAt),
    credibility: String(event.credibility),
    verification: event.verification,
  };
  return (
    <>
      <EditorRecordHeader
        back={{ href: "/editor/events", label: t("back") }}
        title={t("title", { id: event.id })}
        status={event.status}
        notice={saved ? t("saved") : done && isDone(done) ? t(`done.${done}`) : null}
      />
      {reviewerSaid ? <p className="notice notice--error">{reviewerSaid}</p> : null}
      <div className="workflow">
        {may.submit ? (
          <WorkflowButton action={timelineEventWorkflowAction} fields={{ ...fields, action: "submit" }} label={t("submit")} primary />
        ) : null}
        {may.withdraw ? (
          <WorkflowButton action={timelineEventWorkflowAction} fields={{ ...fields, action: "withdraw" }} label={t("withdraw")} />
        ) : null}
      </div>
      {canEditRecord(user, event) ? (
        <TimelineEventForm action={saveTimelineEventAction} options={{ places, sources }} initial={initial} />
      ) : (
        <p className="muted">{t("readOnly")}</p>
      )}
    </>
  );
}
