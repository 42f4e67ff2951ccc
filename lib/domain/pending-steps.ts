// Steps a signed-in user must finish before anything else: changing a password an administrator
// set, and (for admins) enrolling a second factor. Pure: lib/data/sessions.ts decides the step
// from the user's row; lib/auth/pending-steps.ts says which page and actions each step allows.
// Extension point: add a step to PendingStep, say here when it applies, and give it its page
// and actions in PENDING_STEPS (lib/auth/pending-steps.ts).
import type { Role } from "./enums";

export type PendingStep = "change_password" | "enrol_totp";

/** What is read from the user's row to decide. */
export interface PendingStepFacts {
  mustChangePassword: boolean;
  role: Role;
  /** An enabled (confirmed) second factor. */
  hasSecondFactor: boolean;
}

/**
 * The first step the user must finish, or null. Order matters when several apply: the
 * password first (an admin-set password is known to someone else), then the second factor.
 */
export function pendingStepOf(user: PendingStepFacts): PendingStep | null {
  if (user.mustChangePassword) return "change_password";
  if (user.role === "admin" && !user.hasSecondFactor) return "enrol_totp";
  return null;
}
