import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TimelineEventForm } from "@/components/forms/timeline-event-form";
import { WorkflowButton } from "@/components/forms/workflow-button";
import { EditorRecordHeader } from "@/components/forms/editor-record-header";
import { requirePageRole } from "@/lib/auth/guard";
import { canEditRecord, canPerform } from "@/lib/domain/permissions";
import { figureFormOptions, sourceOption } from "@/lib/data/form-options";
import { getTimelineEventForEditor } from "@/lib/data/timeline";
import { saveTimelineEventAction, timelineEventWorkflowAction } from "../actions";
import { parseRecordId } from "@/lib/domain/record-ref";

export const dynamic = "force-dynamic";

const strings = {
  title: (id: number) => `Timeline event ${id}`,
  saved: "Saved.",
  done: { submit: "Submitted for review.", withdraw: "Withdrawn: it is a draft again.", revise: "It is a draft again." } as Record<
    string,
    string
  >,
  reason: (r: string) => `A reviewer wrote: ${r}`,
  submit: "Submit for review",
  withdraw: "Withdraw the submission",
  readOnly: "This event cannot be edited in its current state.",
  back: "All timeline events",
};

export const metadata: Metadata = { title: "Edit timeline event" };

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

export default async function EditEventPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { id: rawId } = await params;
  const user = await requirePageRole("editor", `/editor/events/${rawId}`);
  const id = parseRecordId(rawId);
  const event = id !== null ? await getTimelineEventForEditor(user, id) : null;
  if (!event) notFound();
  const { saved, done } = await searchParams;
  const { places, sources } = await figureFormOptions();
  if (!sources.some((s) => s.id === event.sourceId)) {
    const cited = await sourceOption(event.sourceId);
    if (cited) sources.push(cited);
  }
  const fields = { id: event.id, version: event.version };
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
        back={{ href: "/editor/events", label: strings.back }}
        title={strings.title(event.id)}
        status={event.status}
        notice={saved ? strings.saved : done ? (strings.done[done] ?? null) : null}
      />
      {event.statusReason && (event.status === "draft" || event.status === "rejected") ? (
        <p className="notice notice--error">{strings.reason(event.statusReason)}</p>
      ) : null}
      <div className="workflow">
        {canPerform(user, event, "submit") ? (
          <WorkflowButton action={timelineEventWorkflowAction} fields={{ ...fields, action: "submit" }} label={strings.submit} primary />
        ) : null}
        {canPerform(user, event, "withdraw") ? (
          <WorkflowButton action={timelineEventWorkflowAction} fields={{ ...fields, action: "withdraw" }} label={strings.withdraw} />
        ) : null}
      </div>
      {canEditRecord(user, event) ? (
        <TimelineEventForm action={saveTimelineEventAction} options={{ places, sources }} initial={initial} />
      ) : (
        <p className="muted">{strings.readOnly}</p>
      )}
    </>
  );
}
