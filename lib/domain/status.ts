// The editorial workflow of figures and timeline events, as data. Every transition is named by
// the action a person takes; each action starts from exactly one status. Who may take it is
// part of the same table, so the permission check and the state machine cannot drift apart.
// Ownership ("an editor may only withdraw their own submission") is a question for permissions.ts.
//
// Verification (reported / corroborated / verified / disputed) is a separate, free choice of
// the editor and reviewer, not a workflow: see VERIFICATION_STATUSES in enums.ts and
// `messages.verification` for its labels.
//
// No words here (they are in messages.ts, which imports these types); the form's schema for a
// status change is in status-change.ts.
import type { WorkflowAuditStep } from "./audit-actions";
import { ROLES, isOneOf, type PublicationStatus, type Role } from "./enums";

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
