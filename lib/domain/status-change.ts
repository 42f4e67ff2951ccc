// A status change as a review form posts it, checked with the words of messages.ts. Apart from
// status.ts so the state machine imports no words (messages.ts imports its types).
import { z } from "zod";
import { optionalTextField, versionField, whenFieldsParsed } from "./form-fields";
import { messages, type Messages } from "./messages";
import { PUBLICATION_ACTIONS, needsReason } from "./status";

export const REASON_MAX_LENGTH = 2000;

/**
 * A status change as posted by a review form: the action, the reason when the action needs
 * one, and the version the person saw (optimistic concurrency). Whether the action is
 * available from the record's current status is checked against the stored record, with
 * `nextStatus`, not here.
 */
export function statusChangeSchema(t: Messages = messages) {
  return z
    .object({
      action: z.enum(PUBLICATION_ACTIONS, { error: t.errors.actionInvalid }),
      reason: optionalTextField(REASON_MAX_LENGTH, t),
      version: versionField(t),
    })
    .superRefine(
      (input, ctx) => {
        if (needsReason(input.action) && input.reason === null) {
          ctx.addIssue({ code: "custom", path: ["reason"], message: t.errors.reasonRequired[input.action] });
        }
      },
      { when: whenFieldsParsed("action", "reason") },
    );
}

export type StatusChangeInput = z.output<ReturnType<typeof statusChangeSchema>>;

/** An editor's step on their own record (the record's id and version are parsed by record-ref.ts). */
export const editorWorkflowSchema = z.object({ action: z.enum(["submit", "withdraw", "revise"]) });
