"use server";
// The editor's timeline-event actions: save (create or edit) and submit / withdraw.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { actorOf, currentOrigin, keptValues, refusedRecordRef } from "@/lib/auth/action-helpers";
import { guardedAction, type ActionState } from "@/lib/auth/guard";
import { createTimelineEvent, transitionTimelineEvent, updateTimelineEvent, type TimelineChangeResult } from "@/lib/data/timeline";
import { calendarDateIn } from "@/lib/domain/dates";
import { missingChoices } from "@/lib/data/form-options";
import { timelineEventInputSchema } from "@/lib/domain/figure-schema";
import { messages } from "@/lib/domain/messages";
import { idSchema, parseRecordRef, versionSchema } from "@/lib/domain/record-ref";

const strings = {
  invalid: "Some fields need attention. Your input is kept; correct the marked fields and save again.",
  conflict: "Someone else changed this event since you opened it. Your input is still in the form; reload the event to see their version.",
  notFound: "This event does not exist or is not yours to change.",
  forbidden: "You cannot do this with the event in its current state.",
  invalidTransition: "This step is not available any more: the event's status has changed. Reload the page.",
  versionMissing: "This form is out of date. Reload the page and try again.",
};

const FIELDS = ["id", "version", "occurredOn", "title", "description", "locationId", "sourceId", "sourceUrl", "sourcePublishedAt", "credibility", "verification"];

function failure(result: Exclude<TimelineChangeResult, { ok: true }>, values?: Record<string, string>): ActionState {
  const [status, message] =
    result.code === "conflict" ? [409, strings.conflict] as const
    : result.code === "not_found" ? [404, strings.notFound] as const
    : result.code === "invalid_transition" ? [409, strings.invalidTransition] as const
    : [403, strings.forbidden] as const;
  return { ok: false, status, message, values };
}

function afterChange() {
  revalidatePath("/editor/events");
  revalidatePath("/review");
  revalidatePath("/timeline");
}

export const saveTimelineEventAction = guardedAction("timelineEvents.save", async (user, _previous: ActionState, formData: FormData) => {
  const values = keptValues(formData, FIELDS);
  const ref = parseRecordRef(formData);
  if (!ref.ok) return refusedRecordRef(ref, values);
  const parsed = timelineEventInputSchema(calendarDateIn(new Date())).safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, status: 422, message: strings.invalid, errors: z.flattenError(parsed.error).fieldErrors, values };
  const missing = await missingChoices(parsed.data);
  if (missing.length) {
    const errors = Object.fromEntries(missing.map((field) => [field, [messages.errors.invalidChoice]]));
    return { ok: false, status: 422, message: strings.invalid, errors, values };
  }
  const actor = { ...actorOf(user), role: user.role };
  if (ref.ref.mode === "create") {
    const event = await createTimelineEvent(actor, parsed.data, await currentOrigin());
    afterChange();
    return { ok: true, status: 200, redirectTo: `/editor/events/${event.id}?saved=1` };
  }
  const { id, version } = ref.ref;
  const result = await updateTimelineEvent(actor, id, { ...parsed.data, version }, await currentOrigin());
  if (!result.ok) return failure(result, values);
  afterChange();
  return { ok: true, status: 200, redirectTo: `/editor/events/${id}?saved=1` };
});

const workflowSchema = z.object({
  id: idSchema,
  version: versionSchema,
  action: z.enum(["submit", "withdraw", "revise"]),
});

export const timelineEventWorkflowAction = guardedAction("timelineEvents.workflow", async (user, _previous: ActionState, formData: FormData) => {
  const parsed = workflowSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, status: 422, message: strings.versionMissing };
  const { id, version, action } = parsed.data;
  const result = await transitionTimelineEvent({ ...actorOf(user), role: user.role }, id, action, version, null, await currentOrigin());
  if (!result.ok) return failure(result);
  afterChange();
  return { ok: true, status: 200, redirectTo: `/editor/events/${id}?done=${action}` };
});
