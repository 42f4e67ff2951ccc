// Steps a signed-in user must finish before anything else (pure rules, used by the guard):
// changing a password an administrator set, and (for admins) enrolling a second factor.
// Extension point: add a step to PendingStep and PENDING_STEPS, and say in pendingStepOf when
// it applies. While a step is pending, pages other than the step's own redirect to it, and
// server actions other than the step's own (and signing out) are refused with the code
// "pending_<step>".
import type { Role } from "@/lib/domain/enums";
import type { MutationName } from "./mutations";

export type PendingStep = "change_password" | "enrol_totp";

export interface PendingStepRule {
  /** The page where the user finishes the step. */
  page: string;
  /** The only server actions allowed meanwhile. next-auth's sign-out is not a server action and always works. */
  actions: readonly MutationName[];
}

export const PENDING_STEPS: Record<PendingStep, PendingStepRule> = {
  change_password: { page: "/account", actions: ["account.changePassword", "account.signOutEverywhere"] },
  enrol_totp: { page: "/account/two-factor", actions: ["account.confirmTotp", "account.signOutEverywhere"] },
};

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

/** Whether a page may be shown while `step` is pending (only the step's own page). */
export function pageAllowedDuring(step: PendingStep, path: string): boolean {
  return path.split("?")[0] === PENDING_STEPS[step].page;
}

export function actionAllowedDuring(step: PendingStep, action: MutationName): boolean {
  return PENDING_STEPS[step].actions.includes(action);
}
