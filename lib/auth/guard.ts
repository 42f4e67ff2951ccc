import "server-only";
// The one gate every protected page, server action and route handler goes through: a session
// that still works, an active user, and a role at least the one required, all re-read from the
// database on each request. Unknown or missing role = no access. The proxy is never the check.
import { forbidden, redirect } from "next/navigation";
import { NextResponse } from "next/server";
import { consumeRateLimit } from "@/lib/data/rate-limits";
import type { SessionUser } from "@/lib/data/sessions";
import type { ActionState } from "@/lib/domain/action-state";
import type { Role } from "@/lib/domain/enums";
import type { PendingStep } from "@/lib/domain/pending-steps";
import { roleAtLeast } from "@/lib/domain/roles";
import { getCurrentUser } from "./current-user";
import { MUTATIONS, type MutationName } from "./mutations";
import { actionAllowedDuring, pageAllowedDuring, PENDING_STEPS } from "./pending-steps";

const strings = {
  signedOut: "Your session has ended. Sign in again to continue; what you entered is still in the form.",
  forbidden: "Your role does not allow this.",
  malformed: "This request did not come from the app's form. Reload the page and try again.",
  pendingStep: {
    change_password: "Change your password first: the one you have was set by an administrator.",
    enrol_totp: "Set up two-factor authentication first (Your account › Two-factor authentication).",
  } satisfies Record<PendingStep, string>,
  tooMany: (seconds: number) => `Too many changes in a short time. Nothing was saved; try again in ${seconds} seconds.`,
};

export type { ActionState };

/** Where a signed-in user goes first: the page of a pending step (pending-steps.ts), or null. */
export function pendingStepPage(user: SessionUser): string | null {
  return user.pendingStep ? PENDING_STEPS[user.pendingStep].page : null;
}

/**
 * For pages: redirects a signed-out visitor to sign-in, a user with a pending step (e.g. a
 * password to change) to that step's page, and answers 403 to a role too small.
 */
export async function requirePageRole(role: Role, path: string): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(path)}`);
  if (user.pendingStep && !pageAllowedDuring(user.pendingStep, path)) redirect(PENDING_STEPS[user.pendingStep].page);
  if (!roleAtLeast(user.role, role)) forbidden();
  return user;
}

/**
 * Wraps a server action: the session and role are checked before the action's own code runs,
 * with the role taken from the mutation registry, and each user's actions are rate-limited.
 */
export function guardedAction<Args extends unknown[]>(
  name: MutationName,
  handler: (user: SessionUser, ...args: Args) => Promise<ActionState>,
): (...args: Args) => Promise<ActionState> {
  const required = MUTATIONS[name].role;
  // A handler declared as (user, previousState, formData) reads a form. Anyone can post other
  // arguments to an action's endpoint (JSON instead of a form, none at all): refuse those here
  // rather than let `formData.get` throw (a 500).
  const readsForm = handler.length >= 3;
  return async (...args: Args) => {
    const user = await getCurrentUser();
    if (!user) return { ok: false, status: 401, message: strings.signedOut };
    // Counted before the role check: hammering actions one may not use is hammering too.
    const limit = await consumeRateLimit("actionsPerUser", `user:${user.id}`);
    if (!limit.allowed) {
      return { ok: false, status: 429, retryAfterSeconds: limit.retryAfterSeconds, message: strings.tooMany(limit.retryAfterSeconds) };
    }
    if (!roleAtLeast(user.role, required)) return { ok: false, status: 403, message: strings.forbidden };
    if (user.pendingStep && !actionAllowedDuring(user.pendingStep, name)) {
      return { ok: false, status: 403, code: `pending_${user.pendingStep}`, message: strings.pendingStep[user.pendingStep] };
    }
    if (readsForm && !(args[1] instanceof FormData)) return { ok: false, status: 422, message: strings.malformed };
    return handler(user, ...args);
  };
}

/** For route handlers: the user, or a 401/403 JSON response to return as is. */
export async function requireApiRole(role: Role): Promise<SessionUser | NextResponse> {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: "unauthorized", message: strings.signedOut }, { status: 401 });
  if (!roleAtLeast(user.role, role)) return NextResponse.json({ error: "forbidden", message: strings.forbidden }, { status: 403 });
  if (user.pendingStep) {
    const body = { error: `pending_${user.pendingStep}`, step: user.pendingStep, message: strings.pendingStep[user.pendingStep] };
    return NextResponse.json(body, { status: 403 });
  }
  return user;
}
