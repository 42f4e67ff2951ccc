"use server";
// The editor's timeline-event actions: save (create or edit) and submit / withdraw.
import { alwaysCreates, defineAction, saveByRef } from "@/lib/actions/define-action";
import { missingChoices } from "@/lib/data/form-options";
import { createTimelineEvent, transitionTimelineEvent, updateTimelineEvent } from "@/lib/data/timeline";
import { calendarDateIn } from "@/lib/domain/dates";
import { timelineEventInputSchema } from "@/lib/domain/figure-schema";
import { editorWorkflowSchema } from "@/lib/domain/status-change";

const revalidate = ["/editor/events", "/review", "/timeline"];

export const saveTimelineEventAction = defineAction("timelineEvents.save", {
  ref: "create-or-update",
  input: (_user, messages) => timelineEventInputSchema(calendarDateIn(new Date()), messages),
  keep: [
    "id",
    "version",
    "occurredOn",
    "title",
    "description",
    "locationId",
    "sourceId",
    "sourceUrl",
    "sourcePublishedAt",
    "credibility",
    "verification",
  ],
  missingChoices: (input) => missingChoices(input),
  revalidate,
  body: async (ctx) => {
    const result = await saveByRef(ctx, alwaysCreates(createTimelineEvent), updateTimelineEvent);
    return result.ok ? { ok: true, redirectTo: `/editor/events/${result.record.id}?saved=1` } : result;
  },
});

export const timelineEventWorkflowAction = defineAction("timelineEvents.workflow", {
  ref: "existing",
  input: editorWorkflowSchema,
  revalidate,
  body: async ({ actor, input, ref, origin }) => {
    const result = await transitionTimelineEvent(actor, ref.id, input.action, ref.version, null, await origin());
    return result.ok ? { ok: true, redirectTo: `/editor/events/${ref.id}?done=${input.action}` } : result;
  },
});
