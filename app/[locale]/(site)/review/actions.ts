"use server";
// The reviewer's actions on figures and timeline events: publish, reject (with a reason), send
// back to the editor with a comment, retract a published item (with a public reason).
import { defineAction, type ActionContext } from "@/lib/actions/define-action";
import { z } from "zod";
import { reviewBatch } from "@/lib/data/figure-import";
import { transitionFigure } from "@/lib/data/figures";
import { transitionTimelineEvent } from "@/lib/data/timeline";
import { idSchema } from "@/lib/domain/record-ref";
import { optionalTextField } from "@/lib/domain/form-fields";
import { REASON_MAX_LENGTH, statusChangeSchema, type StatusChangeInput } from "@/lib/domain/status-change";

const REVIEW_ACTIONS = ["publish", "reject", "return", "retract"] as const;
type ReviewAction = (typeof REVIEW_ACTIONS)[number];
const isReviewAction = (action: StatusChangeInput["action"]): action is ReviewAction =>
  (REVIEW_ACTIONS as readonly string[]).includes(action);

type Transition = typeof transitionFigure | typeof transitionTimelineEvent;

/** Publish, reject, send back or retract a figure or a timeline event. */
function review(transition: Transition, paths: (id: number) => string[]) {
  return {
    ref: "existing" as const,
    input: () => statusChangeSchema(),
    keep: ["reason"],
    revalidate: ["/review", "/editor", "/"],
    body: async ({ actor, input, ref, origin }: ActionContext<StatusChangeInput, "existing">) => {
      const action = input.action;
      if (!isReviewAction(action)) return { ok: false as const, code: "forbidden" };
      const result = await transition(actor, ref.id, action, ref.version, input.reason ?? null, await origin());
      return result.ok ? { ok: true as const, code: action, revalidate: paths(ref.id) } : result;
    },
  };
}

export const reviewFigureAction = defineAction(
  "figures.review",
  review(transitionFigure, (id) => [`/figures/${id}`, "/timeline"]),
);

export const reviewTimelineEventAction = defineAction(
  "timelineEvents.review",
  review(transitionTimelineEvent, () => ["/timeline", "/editor/events"]),
);

/**
 * Publish, reject or send back every submitted figure of an import batch: each figure goes
 * through the same step as above (its own rules, four-eyes included, its own revision and audit
 * event); the answer counts those done and those refused.
 */
export const reviewImportBatchAction = defineAction("imports.review", {
  input: (_user, messages) =>
    z
      .object({ batch: idSchema, action: z.enum(["publish", "reject", "return"]), reason: optionalTextField(REASON_MAX_LENGTH, messages) })
      .superRefine((input, ctx) => {
        if (input.action !== "publish" && input.reason === null) {
          ctx.addIssue({ code: "custom", path: ["reason"], message: messages.errors.reasonRequired[input.action] });
        }
      }),
  keep: ["reason"],
  revalidate: ["/review", "/editor", "/", "/timeline"],
  body: async ({ actor, input, origin }) => {
    const result = await reviewBatch(actor, input.batch, input.action, input.reason ?? null, await origin());
    if (!result.ok) return result;
    return {
      ok: true,
      code: `batch_${input.action}`,
      params: { done: result.done, fourEyes: result.fourEyes, refused: result.refused },
      revalidate: [`/editor/import/${input.batch}`],
    };
  },
});
