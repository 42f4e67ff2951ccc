// The editorial workflow of figures and timeline events, as data. Every transition is named by
// the action a person takes; each action starts from exactly one status. Who may take it is
// part of the same table, so the permission check and the state machine cannot drift apart.
// Ownership ("an editor may only withdraw their own submission") is a question for lib/auth.
//
// Verification (reported / corroborated / verified / disputed) is a separate, free choice of
// the editor and reviewer, not a workflow: see VERIFICATION_STATUSES in enums.ts and
// `messages.verification` for its labels.
import { z } from "zod";
import type { WorkflowAuditStep } from "./audit-actions";
import { ROLES, isOneOf, type PublicationStatus, type Role } from "./enums";
import { optionalTextField, versionField, whenFieldsParsed } from "./form-fields";
import { messages, type Messages } from "./messages";

export const PUBLICATION_ACTIONS = ["submit", "withdraw", "publish", "reject", "return", "revise", "retract"] as const;
export type PublicationAction = (typeof PUBLICATION_ACTIONS)[number];

export interface Transition {
  from: PublicationStatus;
  to: PublicationStatus;
  /** A reason is stored with the change and shown to the editor (and, for a retraction, the public). */
  needsReason: boolean;
  roles: readonly Role[];
  /** The word recorded in FigureRevision.action. */
  recordedAs: WorkflowAuditStep;
}

const EVERYONE: readonly Role[] = ROLES;
const REVIEWERS: readonly Role[] = ["reviewer", "admin"];

export const TRANSITIONS = {
  submit: { from: "draft", to: "submitted", needsReason: false, roles: EVERYONE, recordedAs: "submitted" },
  withdraw: { from: "submitted", to: "draft", needsReason: false, roles: EVERYONE, recordedAs: "withdrawn" },
  publish: { from: "submitted", to: "published", needsReason: false, roles: REVIEWERS, recordedAs: "published" },
  reject: { from: "submitted", to: "rejected", needsReason: true, roles: REVIEWERS, recordedAs: "rejected" },
  return: { from: "submitted", to: "draft", needsReason: true, roles: REVIEWERS, recordedAs: "returned" },
  revise: { from: "rejected", to: "draft", needsReason: false, roles: EVERYONE, recordedAs: "revised" },
  retract: { from: "published", to: "retracted", needsReason: true, roles: REVIEWERS, recordedAs: "retracted" },
} as const satisfies Record<PublicationAction, Transition>;

export type ReasonedAction = {
  [A in PublicationAction]: (typeof TRANSITIONS)[A]["needsReason"] extends true ? A : never;
}[PublicationAction];

export function isPublicationAction(value: unknown): value is PublicationAction {
  return isOneOf(PUBLICATION_ACTIONS, value);
}

export function canTransition(from: PublicationStatus, action: PublicationAction): boolean {
  return TRANSITIONS[action].from === from;
}

/** The status after `action`, or null when the action is not available from `from`. */
export function nextStatus(from: PublicationStatus, action: PublicationAction): PublicationStatus | null {
  return canTransition(from, action) ? TRANSITIONS[action].to : null;
}

export function needsReason(action: PublicationAction): action is ReasonedAction {
  return TRANSITIONS[action].needsReason;
}

/** Deny by default: an unknown role (or none) may do nothing. */
export function roleMayPerform(role: string | null | undefined, action: PublicationAction): boolean {
  return isOneOf(ROLES, role) && TRANSITIONS[action].roles.includes(role);
}

/** The actions `role` may take on a record in `status`, in workflow order (for buttons). */
export function availableActions(status: PublicationStatus, role: string | null | undefined): PublicationAction[] {
  return PUBLICATION_ACTIONS.filter((action) => canTransition(status, action) && roleMayPerform(role, action));
}

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
    .superRefine((input, ctx) => {
      if (needsReason(input.action) && input.reason === null) {
        ctx.addIssue({ code: "custom", path: ["reason"], message: t.errors.reasonRequired[input.action] });
      }
    }, { when: whenFieldsParsed("action", "reason") });
}

/** An editor's step on their own record (the record's id and version are parsed by record-ref.ts). */
export const editorWorkflowSchema = z.object({ action: z.enum(["submit", "withdraw", "revise"]) });

export type StatusChangeInput = z.output<ReturnType<typeof statusChangeSchema>>;
