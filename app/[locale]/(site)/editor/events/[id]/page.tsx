import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { TimelineEventForm } from "@/components/forms/timeline-event-form";
import { EditorRecordHeader } from "@/components/forms/editor-record-header";
import { requireRecordPage, type RecordPageProps } from "@/lib/auth/record-page";
import { entered } from "@/components/ui/data-text";
import { canEditRecord } from "@/lib/domain/permissions";
import { figureFormOptions } from "@/lib/data/form-options";
import { getTimelineEventForEditor } from "@/lib/data/timeline";
import { saveTimelineEventAction, timelineEventWorkflowAction } from "../actions";
import type { Locale } from "@/lib/i18n/routing";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("editor.event");
  return { title: t("metaTitle") };
}

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

export default async function EditEventPage(props: RecordPageProps) {
  const page = await requireRecordPage(props, "editor", "/editor/events", (id, user) => getTimelineEventForEditor(user, id));
  const { user, record: event } = page;
  const t = await getTranslations("editor.event");
  const { places, sources } = await figureFormOptions((await getLocale()) as Locale, event.sourceId);
  const reason = event.statusReason;
  // What the reviewer wrote, as they wrote it (marked with its language).
  const reviewerSaid =
    reason && (event.status === "draft" || event.status === "rejected") ? t.rich("reason", { reason, entered: entered(reason) }) : null;
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
      <EditorRecordHeader page={page} back="/editor/events" t={t} reviewerSaid={reviewerSaid} stepAction={timelineEventWorkflowAction} />
      {canEditRecord(user, event) ? (
        <TimelineEventForm action={saveTimelineEventAction} options={{ places, sources }} initial={initial} />
      ) : (
        <p className="muted">{t("readOnly")}</p>
      )}
    </>
  );
}
