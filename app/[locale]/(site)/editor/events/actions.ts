"use server";
// The editor's timeline-event actions: save (create or edit) and submit / withdraw.
import { defineEditorStepAction } from "@/lib/actions/editor-step";
import { alwaysCreates, defineAction, saveByRef } from "@/lib/actions/define-action";
import { missingChoices } from "@/lib/data/form-options";
import { createTimelineEvent, transitionTimelineEvent, updateTimelineEvent } from "@/lib/data/timeline";
import { calendarDateIn } from "@/lib/domain/dates";
import { timelineEventInputSchema } from "@/lib/domain/figure-schema";

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

export const timelineEventWorkflowAction = defineEditorStepAction("timelineEvents.workflow", {
  revalidate,
  transition: transitionTimelineEvent,
  editPage: "/editor/events",
});
