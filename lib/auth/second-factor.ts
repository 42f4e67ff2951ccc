import "server-only";
// The second factor (TOTP, RFC 6238) around the password: the sign-in step after a correct
// password, enrolment with a QR code and ten recovery codes, turning it off, and an admin's
// reset. Secrets are stored encrypted (secret-box.ts); every code is usable once.
import QRCode from "qrcode";
import type { Actor } from "@/lib/data/audit";
import {
  claimTimeStep,
  consumeRecoveryCode,
  countUnusedRecoveryCodes,
  discardPendingSecret,
  enableSecondFactor,
  findSecondFactor,
  removeSecondFactor,
  storePendingSecret,
} from "@/lib/data/second-factor";
import { admitAttempt, refundAttempt } from "@/lib/data/sign-in-throttle";
import { parseSecondFactorCode } from "@/lib/domain/second-factor";
import { ACCOUNT_LIMITS } from "@/lib/domain/throttle-policy";
import { env } from "@/lib/env";
import { decryptSecret, encryptSecret, totpSecretContext } from "./secret-box";
import { hashRecoveryCode, matchTotpCode, newRecoveryCodes, newTotpSecret, totpUri } from "./totp";

export type SecondFactorCheck =
  | { ok: true; method: "none" | "totp" | "recovery_code" }
  | { ok: false; reason: "code_required" }
  | {
      ok: false;
      reason: "code_invalid";
      detail: "wrong_code" | "reused_code" | "used_recovery_code" | "malformed_code" | "unreadable_secret";
    };

function masterSecret() {
  return env().NEXTAUTH_SECRET;
}

/** Encrypts a TOTP secret for the user's row (also used by the demo seed, with its own key). */
export function sealTotpSecret(userId: number, secret: string, key = masterSecret()): string {
  return encryptSecret(key, secret, totpSecretContext(userId));
}

/**
 * The step after a correct password. A user without a second factor passes; one with it must
 * give a current TOTP code not used before, or an unused recovery code. The code's use is
 * recorded atomically, so of two parallel requests with one code only one passes.
 */
export async function checkSecondFactor(userId: number, input: string | undefined, now = new Date()): Promise<SecondFactorCheck> {
  const factor = await findSecondFactor(userId);
  if (!factor?.enabledAt) return { ok: true, method: "none" };
  if (!input?.trim()) return { ok: false, reason: "code_required" };
  const code = parseSecondFactorCode(input);
  if (code.kind === "invalid") return { ok: false, reason: "code_invalid", detail: "malformed_code" };
  if (code.kind === "recovery") {
    return (await consumeRecoveryCode(userId, hashRecoveryCode(code.code)))
      ? { ok: true, method: "recovery_code" }
      : { ok: false, reason: "code_invalid", detail: "used_recovery_code" };
  }
  const secret = decryptSecret(masterSecret(), factor.secretEncrypted, totpSecretContext(userId));
  if (!secret) return { ok: false, reason: "code_invalid", detail: "unreadable_secret" };
  const match = matchTotpCode(secret, code.code, now.getTime());
  if (!match.ok) return { ok: false, reason: "code_invalid", detail: "wrong_code" };
  return (await claimTimeStep(userId, match.step))
    ? { ok: true, method: "totp" }
    : { ok: false, reason: "code_invalid", detail: "reused_code" };
}

export interface SecondFactorStatus {
  enabled: boolean;
  enabledAt: Date | null;
  unusedRecoveryCodes: number;
}

export async function secondFactorStatus(userId: number): Promise<SecondFactorStatus> {
  const factor = await findSecondFactor(userId);
  return {
    enabled: !!factor?.enabledAt,
    enabledAt: factor?.enabledAt ?? null,
    unusedRecoveryCodes: await countUnusedRecoveryCodes(userId),
  };
}

export interface Enrolment {
  /** Base32, for typing into an app by hand. */
  secret: string;
  uri: string;
  /** The QR code of `uri`, drawn here on the server as SVG markup (no outside service). */
  qrSvg: string;
}

/**
 * The enrolment in progress for the user (started now if there is none), or null when the
 * second factor is on already. An unreadable pending secret (NEXTAUTH_SECRET changed) is replaced.
 */
export async function pendingEnrolment(user: { id: number; email: string }): Promise<Enrolment | null> {
  let stored = await storePendingSecret(user.id, sealTotpSecret(user.id, newTotpSecret()));
  if (stored.enabledAt) return null;
  let secret = decryptSecret(masterSecret(), stored.secretEncrypted, totpSecretContext(user.id));
  if (!secret) {
    await discardPendingSecret(user.id, stored.secretEncrypted);
    stored = await storePendingSecret(user.id, sealTotpSecret(user.id, newTotpSecret()));
    secret = decryptSecret(masterSecret(), stored.secretEncrypted, totpSecretContext(user.id));
    if (!secret || stored.enabledAt) return null;
  }
  const uri = totpUri(secret, user.email);
  const qrSvg = await QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return { secret, uri, qrSvg };
}

export type EnrolmentResult = { ok: true; recoveryCodes: string[] } | { ok: false; code: "wrong_code" | "not_pending" };

/** Switches the second factor on once the user shows a current code from their app; returns the recovery codes to show once. */
export async function confirmEnrolment(actor: Actor, input: string, origin: string | null, now = new Date()): Promise<EnrolmentResult> {
  const factor = await findSecondFactor(actor.id);
  if (!factor || factor.enabledAt) return { ok: false, code: "not_pending" };
  const secret = decryptSecret(masterSecret(), factor.secretEncrypted, totpSecretContext(actor.id));
  const code = parseSecondFactorCode(input);
  if (!secret) return { ok: false, code: "not_pending" };
  const match = code.kind === "totp" ? matchTotpCode(secret, code.code, now.getTime()) : { ok: false as const };
  if (!match.ok) return { ok: false, code: "wrong_code" };
  const recoveryCodes = newRecoveryCodes();
  const hashes = recoveryCodes.map((c) => hashRecoveryCode(c.replace(/-/g, "")));
  const enabled = await enableSecondFactor(actor, factor.secretEncrypted, match.step, hashes, origin);
  return enabled ? { ok: true, recoveryCodes } : { ok: false, code: "not_pending" };
}

export type TurnOffResult =
  | { ok: true }
  | { ok: false; code: "wrong_code" | "required_for_admin" | "not_enabled" }
  | { ok: false; code: "throttled"; retryAfterSeconds: number };

/**
 * A user turns their own second factor off, proving it with a current code or a recovery code. Not
 * for admins. Code attempts are counted before the code is checked, with the same growing delay
 * as sign-ins (a stolen session must not be able to guess its way out of the second factor).
 */
export async function turnOffSecondFactor(
  user: { id: number; email: string; role: string },
  input: string,
  origin: string | null,
  now = new Date(),
): Promise<TurnOffResult> {
  if (user.role === "admin") return { ok: false, code: "required_for_admin" };
  const keys = [{ key: `second-factor-off:${user.id}`, limits: ACCOUNT_LIMITS }];
  const admission = await admitAttempt(keys, now);
  if (!admission.admitted) return { ok: false, code: "throttled", retryAfterSeconds: Math.ceil(admission.retryAfterMs / 1000) };
  const check = await checkSecondFactor(user.id, input);
  if (!check.ok) return { ok: false, code: "wrong_code" };
  await refundAttempt(keys);
  if (check.method === "none") return { ok: false, code: "not_enabled" };
  const removed = await removeSecondFactor({ id: user.id, email: user.email }, user.id, origin, "self");
  return removed.ok ? { ok: true } : { ok: false, code: "not_enabled" };
}

/** An admin removes another user's second factor (lost phone): audited, and the user's sessions end. */
export function resetSecondFactor(actor: Actor, userId: number, origin: string | null) {
  return removeSecondFactor(actor, userId, origin, "admin");
}
