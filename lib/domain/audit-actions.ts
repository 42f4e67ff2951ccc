// Every action name the app writes to the audit log: `<entity>.<what happened>`, in the past tense
// (an event is a fact). `recordAudit` takes only these, so a new name is added here first.
// Names written before this list existed were renamed in the stored events by migration
// `20261201164500_audit_action_past_tense` (the renames are `RENAMED_AUDIT_ACTIONS`; a test checks they agree).

/**
 * The workflow steps, as figures and timeline events record them (lib/domain/status.ts `recordedAs`)
 * in the audit log and in a figure's history (figure_revision.action).
 */
export const WORKFLOW_STEPS = [
  "created",
  "updated",
  "submitted",
  "withdrawn",
  "published",
  "published_own",
  "rejected",
  "returned",
  "revised",
  "retracted",
] as const;

export const AUDIT_ACTIONS = [
  "auth.signed_in",
  "auth.sign_in_failed",
  "auth.sign_in_throttled",
  "auth.sign_in_code_required",
  "user.created",
  "user.role_changed",
  "user.enabled",
  "user.disabled",
  "user.password_reset",
  "user.sessions_ended",
  "user.password_changed",
  "user.password_change_failed",
  "user.second_factor_enabled",
  "user.second_factor_disabled",
  "user.second_factor_reset",
  "indicator.created",
  "indicator.updated",
  "location.created",
  "location.updated",
  "location.moved",
  "location.deleted",
  "location.imported",
  "source.created",
  "source.updated",
  "source.reactivated",
  "source.deactivated",
  "source.deleted",
  "source.merged",
  ...WORKFLOW_STEPS.map((step) => `figure.${step}` as const),
  "figure.deleted",
  "import_batch.applied",
  "import_batch.deleted",
  ...WORKFLOW_STEPS.map((step) => `timeline_event.${step}` as const),
  "seed.loaded",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type WorkflowAuditStep = (typeof WORKFLOW_STEPS)[number];

/** Whether a stored history step is one the pages have words for (older rows may hold others). */
export const isWorkflowStep = (step: string): step is WorkflowAuditStep => (WORKFLOW_STEPS as readonly string[]).includes(step);

/** The names written before they were all in the past tense, and what each is now. */
export const RENAMED_AUDIT_ACTIONS = {
  "auth.sign_in": "auth.signed_in",
  "user.create": "user.created",
  "user.change_role": "user.role_changed",
  "user.enable": "user.enabled",
  "user.disable": "user.disabled",
  "user.reset_password": "user.password_reset",
  "user.end_sessions": "user.sessions_ended",
  "user.change_password": "user.password_changed",
  "user.change_password_failed": "user.password_change_failed",
  "user.reset_second_factor": "user.second_factor_reset",
  "indicator.create": "indicator.created",
  "indicator.update": "indicator.updated",
  "location.create": "location.created",
  "location.update": "location.updated",
  "location.move": "location.moved",
  "location.delete": "location.deleted",
  "location.import": "location.imported",
  "source.create": "source.created",
  "source.update": "source.updated",
  "source.reactivate": "source.reactivated",
  "source.deactivate": "source.deactivated",
  "source.delete": "source.deleted",
  "source.merge": "source.merged",
  "seed.load": "seed.loaded",
} as const satisfies Record<string, AuditAction>;

export function isAuditAction(name: string): name is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(name);
}
