// What a pending step (lib/domain/pending-steps.ts) allows, used by the guard: while a step is
// pending, pages other than the step's own redirect to it, and server actions other than the
// step's own (and signing out) are refused with the code "pending_<step>".
import type { PendingStep } from "@/lib/domain/pending-steps";
import type { MutationName } from "./mutations";

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

/** Whether a page may be shown while `step` is pending (only the step's own page). */
export function pageAllowedDuring(step: PendingStep, path: string): boolean {
  return path.split("?")[0] === PENDING_STEPS[step].page;
}

export function actionAllowedDuring(step: PendingStep, action: MutationName): boolean {
  return PENDING_STEPS[step].actions.includes(action);
}
