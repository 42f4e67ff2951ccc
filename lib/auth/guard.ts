import "server-only";
// The one gate every protected page, server action and route handler goes through: a session
// that still works, an active user, and a role at least the one required, all re-read from the
// database on each request. Unknown or missing role = no access. The proxy is never the check.
import { forbidden } from "next/navigation";
import { getLocale } from "next-intl/server";
import { NextResponse } from "next/server";
import { consumeRateLimit } from "@/lib/data/rate-limits";
import type { SessionUser } from "@/lib/data/sessions";
import { describeAnswer } from "@/lib/domain/action-messages";
import type { ActionState, GuardCode } from "@/lib/domain/action-state";
import type { Role } from "@/lib/domain/enums";
import { roleAtLeast } from "@/lib/domain/roles";
import { localePath, redirectIn } from "@/lib/i18n/redirect";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/routing";
import { getCurrentUser } from "./current-user";
import { MUTATIONS, type MutationName } from "./mutations";
import { actionAllowedDuring, pageAllowedDuring, PENDING_STEPS } from "./pending-steps";

// Answers carry codes (lib/domain/action-state.ts GuardCode), which the forms put in the reader's
// words; route handlers answer JSON with a message in English (machine-facing, like the API's).
const words = (code: GuardCode) => describeAnswer({ ok: false, code }).notice;

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
  // The page's language is kept: a Ukrainian page sends to the Ukrainian sign-in (and back to itself).
  const requested = await getLocale();
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  if (!user) redirectIn(locale, `/signin?callbackUrl=${encodeURIComponent(localePath(path, locale))}`);
  if (user.pendingStep && !pageAllowedDuring(user.pendingStep, path)) redirectIn(locale, PENDING_STEPS[user.pendingStep].page);
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
    if (!user) return { ok: false, status: 401, code: "signed_out" };
    // Counted before the role check: hammering actions one may not use is hammering too.
    const limit = await consumeRateLimit("actionsPerUser", `user:${user.id}`);
    if (!limit.allowed) {
      return {
        ok: false,
        status: 429,
        code: "too_many",
        retryAfterSeconds: limit.retryAfterSeconds,
        params: { seconds: limit.retryAfterSeconds },
      };
    }
    if (!roleAtLeast(user.role, required)) return { ok: false, status: 403, code: "forbidden" };
    if (user.pendingStep && !actionAllowedDuring(user.pendingStep, name)) {
      return { ok: false, status: 403, code: `pending_${user.pendingStep}` };
    }
    if (readsForm && !(args[1] instanceof FormData)) return { ok: false, status: 422, code: "malformed" };
    return handler(user, ...args);
  };
}

/** For route handlers: the user, or a 401/403 JSON response to return as is. */
export async function requireApiRole(role: Role): Promise<SessionUser | NextResponse> {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: "unauthorized", message: words("signed_out") }, { status: 401 });
  if (!roleAtLeast(user.role, role)) return NextResponse.json({ error: "forbidden", message: words("forbidden") }, { status: 403 });
  if (user.pendingStep) {
    const body = { error: `pending_${user.pendingStep}`, step: user.pendingStep, message: words(`pending_${user.pendingStep}`) };
    return NextResponse.json(body, { status: 403 });
  }
  return user;
}
