import "server-only";
// Signing in with email and password: throttling per account and per client address (each
// attempt counted before its password is checked; the policy is in throttle-policy.ts), the
// same answer for a wrong email, a wrong password and a disabled account, a new session on
// success, and every attempt in the audit log.
import { hashPassword, verifyPassword } from "@/lib/data/password";
import { isKnownAddress, openSignInSession, recordSignInAttempt } from "@/lib/data/sessions";
import type { AuditAction } from "@/lib/domain/audit-actions";
import { admitAttempt, refundAttempt, type ThrottleKey } from "@/lib/data/sign-in-throttle";
import { findUserForSignIn } from "@/lib/data/users";
import { ACCOUNT_LIMITS, ADDRESS_LIMITS } from "@/lib/domain/throttle-policy";
import { checkSecondFactor } from "./second-factor";
import { describeOrigin, type RequestOrigin } from "./request-origin";
import { sessionSettings } from "./settings";

export type SignInResult =
  | { ok: true; userId: number; sessionId: string }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "code_required" | "code_invalid" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

let dummyHash: Promise<string> | undefined;
/** Verified against when the account does not exist, so a wrong email takes as long as a wrong password. */
function hashForMissingAccount() {
  dummyHash ??= hashPassword("no account has this password");
  return dummyHash;
}

/**
 * The counters an attempt is checked against: its client address (hard block), then the
 * account's delay. A known address (one this account signed in from before) has a delay
 * counter of its own, so failures from other addresses never slow the owner down there.
 */
export function throttleKeys(email: string, origin: RequestOrigin, knownAddress: boolean): ThrottleKey[] {
  return [
    { key: `address:${origin.address}`, limits: ADDRESS_LIMITS },
    { key: knownAddress ? `account:${email}|${origin.address}` : `account:${email}`, limits: ACCOUNT_LIMITS },
  ];
}

/** `now`: when the attempt arrived, for the throttle (tests pass one to make simultaneous arrivals exact). */
export async function signInWithPassword(
  input: { email: string; password: string; code?: string },
  origin: RequestOrigin,
  now = new Date(),
): Promise<SignInResult> {
  const email = input.email.trim().toLowerCase();
  const where = describeOrigin(origin);
  const audit = (action: AuditAction, userId: number | null, reason?: string) =>
    recordSignInAttempt({
      actor: userId ? { id: userId, email } : null,
      action,
      entityType: "user",
      entityId: userId,
      after: { email, ...(reason ? { reason } : {}) },
      origin: where,
    });

  const user = email ? await findUserForSignIn(email) : null;
  // Asked for a missing account too (id 0 has no sessions), so the answer takes as long either way.
  const known = (await isKnownAddress(user?.id ?? 0, origin.address, now)) && !!user && origin.address !== "unknown";
  const keys = throttleKeys(email, origin, known);
  // Counted before the password is checked (atomically, per key): of many concurrent attempts
  // only as many are checked as the policy allows. A success gives its count back below.
  const admission = await admitAttempt(keys, now);
  if (!admission.admitted) {
    await audit("auth.sign_in_throttled", null);
    return { ok: false, reason: "throttled", retryAfterSeconds: Math.ceil(admission.retryAfterMs / 1000) };
  }

  const passwordOk = await verifyPassword(user?.passwordHash ?? (await hashForMissingAccount()), input.password);
  if (!user || !passwordOk || !user.isActive) {
    await audit("auth.sign_in_failed", user?.id ?? null, !user ? "unknown_account" : !passwordOk ? "wrong_password" : "account_disabled");
    return { ok: false, reason: "invalid" };
  }

  // The second factor, when the user has one. The attempt was counted above, so a wrong or
  // reused code is throttled exactly like a wrong password (its count is not given back).
  const second = await checkSecondFactor(user.id, input.code);
  if (!second.ok) {
    if (second.reason === "code_invalid") {
      await audit("auth.sign_in_failed", user.id, second.detail);
    } else {
      // The password was right and no code was sent yet: asking for one is not a failure.
      await refundAttempt(keys);
      await audit("auth.sign_in_code_required", user.id);
    }
    return { ok: false, reason: second.reason };
  }

  // Success path (password and any second factor right): give the attempt's count back, open a session.
  await refundAttempt(keys);
  const sessionId = await openSignInSession({ id: user.id, email }, sessionSettings(), where, second.method);
  return { ok: true, userId: user.id, sessionId };
}
