"use server";
// The reviewer's actions on figures and timeline events: publish, reject (with a reason), send
// back to the editor with a comment, retract a published item (with a public reason).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { actorOf, currentOrigin } from "@/lib/auth/action-helpers";
import { guardedAction, type ActionState } from "@/lib/auth/guard";
import { transitionFigure } from "@/lib/data/figures";
import { transitionTimelineEvent } from "@/lib/data/timeline";
import type { SessionUser } from "@/lib/data/sessions";
import { idSchema } from "@/lib/domain/record-ref";
import { statusChangeSchema } from "@/lib/domain/status-change";

const strings = {
  invalid: "Some fields need attention.",
  conflict: "Someone changed this meanwhile. Reload the page to see its current state.",
  notFound: "This does not exist any more.",
  forbidden: "You cannot do this: only reviewers publish, reject and retract.",
  invalidTransition: "This step is not available: the status has changed. Reload the page.",
  fourEyes: "You entered or changed the values of this item: another reviewer must publish it (four-eyes rule).",
  done: { publish: "Published.", reject: "Rejected; the editor sees your reason.", return: "Sent back to the editor with your comment.", retract: "Retracted; the reason is shown publicly." },
};

const reviewActions = ["publish", "reject", "return", "retract"] as const;

type Transition = typeof transitionFigure | typeof transitionTimelineEvent;

export const reviewFigureAction = guardedAction("figures.review", (user, _previous: ActionState, formData: FormData) =>
  review(user, formData, transitionFigure, [`/figures/${formData.get("id")}`, "/", "/timeline"]),
);

export const reviewTimelineEventAction = guardedAction("timelineEvents.review", (user, _previous: ActionState, formData: FormData) =>
  review(user, formData, transitionTimelineEvent, ["/timeline", "/", "/editor/events"]),
);

/** Publish, reject, send back or retract a figure or a timeline event. */
async function review(user: SessionUser, formData: FormData, transition: Transition, paths: string[]): Promise<ActionState> {
  const id = idSchema.safeParse(formData.get("id"));
  const parsed = statusChangeSchema().safeParse(Object.fromEntries(formData));
  if (!id.success || !parsed.success) {
    return { ok: false, status: 422, message: strings.invalid, errors: parsed.success ? {} : z.flattenError(parsed.error).fieldErrors, values: { reason: String(formData.get("reason") ?? "") } };
  }
  const action = parsed.data.action;
  if (!(reviewActions as readonly string[]).includes(action)) return { ok: false, status: 403, message: strings.forbidden };
  const result = await transition({ ...actorOf(user), role: user.role }, id.data, action, parsed.data.version, parsed.data.reason ?? null, await currentOrigin());
  if (!result.ok) {
    const status = result.code === "conflict" || result.code === "invalid_transition" ? 409 : result.code === "not_found" ? 404 : 403;
    const message = result.code === "conflict" ? strings.conflict
      : result.code === "not_found" ? strings.notFound
      : result.code === "invalid_transition" ? strings.invalidTransition
      : result.code === "four_eyes" ? strings.fourEyes
      : strings.forbidden;
    return { ok: false, status, code: result.code, message, values: { reason: String(formData.get("reason") ?? "") } };
  }
  revalidatePath("/review");
  revalidatePath("/editor");
  for (const path of paths) revalidatePath(path);
  return { ok: true, status: 200, message: strings.done[action as (typeof reviewActions)[number]] };
}
