import "server-only";
// Signing in with email and password: throttling per account and per client address, the
// same answer for a wrong email, a wrong password and a disabled account, a new session on
// success, and every attempt in the audit log.
import { prisma } from "@/lib/db";
import { recordAudit } from "@/lib/data/audit";
import { createSession } from "@/lib/data/sessions";
import { clearFailures, currentWait, recordFailure, type ThrottleKey } from "@/lib/data/sign-in-throttle";
import { findUserForSignIn } from "@/lib/data/users";
import { hashPassword, verifyPassword } from "./password";
import { checkSecondFactor } from "./second-factor";
import { describeOrigin, type RequestOrigin } from "./request-origin";
import { sessionSettings } from "./settings";
import { ACCOUNT_LIMITS, ADDRESS_LIMITS } from "./throttle-policy";

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

export function throttleKeys(email: string, origin: RequestOrigin): ThrottleKey[] {
  return [
    { key: `account:${email}`, limits: ACCOUNT_LIMITS },
    { key: `address:${origin.address}`, limits: ADDRESS_LIMITS },
  ];
}

export async function signInWithPassword(input: { email: string; password: string; code?: string }, origin: RequestOrigin): Promise<SignInResult> {
  const email = input.email.trim().toLowerCase();
  const where = describeOrigin(origin);
  const keys = throttleKeys(email, origin);
  const audit = (action: string, userId: number | null, reason?: string) =>
    prisma.$transaction((tx) =>
      recordAudit(tx, { actor: userId ? { id: userId, email } : null, action, entityType: "user", entityId: userId, after: { email, ...(reason ? { reason } : {}) }, origin: where }),
    );

  const waitMs = await currentWait(keys);
  if (waitMs > 0) {
    await audit("auth.sign_in_throttled", null);
    return { ok: false, reason: "throttled", retryAfterSeconds: Math.ceil(waitMs / 1000) };
  }

  const user = email ? await findUserForSignIn(email) : null;
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await hashForMissingAccount()), input.password);
  if (!user || !passwordOk || !user.isActive) {
    await recordFailure(keys);
    await audit("auth.sign_in_failed", user?.id ?? null, !user ? "unknown_account" : !passwordOk ? "wrong_password" : "account_disabled");
    return { ok: false, reason: "invalid" };
  }

  // The second factor, when the user has one: a wrong or reused code counts like a wrong password.
  const second = await checkSecondFactor(user.id, input.code);
  if (!second.ok) {
    if (second.reason === "code_invalid") {
      await recordFailure(keys);
      await audit("auth.sign_in_failed", user.id, second.detail);
    } else {
      await audit("auth.sign_in_code_required", user.id);
    }
    return { ok: false, reason: second.reason };
  }

  const sessionId = await prisma.$transaction(async (tx) => {
    const id = await createSession(tx, user.id, sessionSettings(), where);
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
    await recordAudit(tx, {
      actor: { id: user.id, email }, action: "auth.sign_in", entityType: "user", entityId: user.id, origin: where,
      after: { email, secondFactor: second.method },
    });
    return id;
  });
  await clearFailures(`account:${email}`);
  return { ok: true, userId: user.id, sessionId };
}
