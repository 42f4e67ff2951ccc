// TOTP (RFC 6238) and recovery codes, through otplib: secrets, provisioning URIs, and code
// checks at a given time. No database here: lib/auth/second-factor.ts adds the storage, the
// one-use rule and the audit.
import { createHash, randomBytes } from "node:crypto";
import { generateSecret, generateSync, generateURI, verifySync } from "otplib";
import {
  RECOVERY_CODE_COUNT,
  RECOVERY_CODE_LENGTH,
  TOTP_DIGITS,
  TOTP_PERIOD_SECONDS,
  TOTP_WINDOW_STEPS,
  recoveryCodeFromBytes,
} from "@/lib/domain/second-factor";

export const TOTP_ISSUER = "Crisis Ledger";

/** A new secret: 20 random bytes (160 bits, RFC 4226's recommendation), base32 for the apps. */
export function newTotpSecret(): string {
  return generateSecret({ length: 20 });
}

/** The otpauth:// URI an authenticator app reads from the QR code. */
export function totpUri(secret: string, accountName: string): string {
  return generateURI({ issuer: TOTP_ISSUER, label: accountName, secret, digits: TOTP_DIGITS, period: TOTP_PERIOD_SECONDS });
}

/** The time step (RFC 6238's T) at a moment. */
export function timeStepAt(nowMs: number): number {
  return Math.floor(nowMs / 1000 / TOTP_PERIOD_SECONDS);
}

/** The code an app shows at a moment (for the demo data and the tests). */
export function totpCodeAt(secret: string, nowMs: number): string {
  return generateSync({ secret, epoch: Math.floor(nowMs / 1000), digits: TOTP_DIGITS, period: TOTP_PERIOD_SECONDS });
}

/**
 * Whether `code` is the secret's code for the current step or one step either side (clock
 * drift), and for which step: the caller refuses steps already used. A malformed secret is
 * never a match.
 */
export function matchTotpCode(secret: string, code: string, nowMs: number): { ok: true; step: number } | { ok: false } {
  try {
    const result = verifySync({
      secret,
      token: code,
      epoch: Math.floor(nowMs / 1000),
      epochTolerance: TOTP_WINDOW_STEPS * TOTP_PERIOD_SECONDS,
      digits: TOTP_DIGITS,
      period: TOTP_PERIOD_SECONDS,
    });
    // otplib's result type covers HOTP too; a TOTP match always carries its time step.
    return result.valid && "timeStep" in result ? { ok: true, step: result.timeStep } : { ok: false };
  } catch {
    return { ok: false };
  }
}

/** Ten new recovery codes from the operating system's random source. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => recoveryCodeFromBytes(randomBytes(RECOVERY_CODE_LENGTH)));
}

/**
 * How a recovery code is stored. SHA-256, not argon2: each code has 80 random bits, so a stolen
 * hash cannot be searched offline anyway (argon2's slowness protects guessable passwords, not
 * random codes), and a plain digest lets sign-in find and consume a code with one atomic
 * UPDATE instead of running argon2 against each of a user's ten hashes on every attempt.
 * The input is the compact form from parseSecondFactorCode (no dashes, lower case).
 */
export function hashRecoveryCode(compactCode: string): string {
  return createHash("sha256").update(`crisis-ledger recovery code:${compactCode}`).digest("hex");
}
