import "server-only";
// Storage of TOTP second factors and recovery codes. The one-use rules are single atomic
// UPDATEs, so two parallel requests with the same code cannot both pass: PostgreSQL re-checks
// the WHERE clause of the second one after the first commits.
import { prisma } from "@/lib/db";
import { recordAudit, type Actor } from "./audit";
import { endAllSessions } from "./sessions";

export interface StoredSecondFactor {
  secretEncrypted: string;
  enabledAt: Date | null;
  lastUsedStep: number | null;
}

export function findSecondFactor(userId: number): Promise<StoredSecondFactor | null> {
  return prisma.userSecondFactor.findUnique({ where: { userId }, select: { secretEncrypted: true, enabledAt: true, lastUsedStep: true } });
}

export function countUnusedRecoveryCodes(userId: number): Promise<number> {
  return prisma.recoveryCode.count({ where: { userId, usedAt: null } });
}

/**
 * Keeps `secretEncrypted` as the user's enrolment in progress unless they already have one
 * (pending or enabled); returns what is stored. So reloading the page shows the same QR code.
 */
export async function storePendingSecret(userId: number, secretEncrypted: string): Promise<StoredSecondFactor> {
  await prisma.$executeRaw`
    INSERT INTO user_second_factor (user_id, secret_encrypted) VALUES (${userId}, ${secretEncrypted}) ON CONFLICT (user_id) DO NOTHING`;
  return prisma.userSecondFactor.findUniqueOrThrow({
    where: { userId },
    select: { secretEncrypted: true, enabledAt: true, lastUsedStep: true },
  });
}

/** Drops an enrolment in progress whose secret can no longer be read (NEXTAUTH_SECRET changed). */
export async function discardPendingSecret(userId: number, secretEncrypted: string): Promise<void> {
  await prisma.userSecondFactor.deleteMany({ where: { userId, enabledAt: null, secretEncrypted } });
}

/**
 * Switches the pending enrolment on (only if it is still the secret the user confirmed a code
 * for), marks the confirming step used, and replaces the recovery codes. False when there is
 * nothing pending with that secret any more.
 */
export async function enableSecondFactor(
  actor: Actor,
  secretEncrypted: string,
  step: number,
  recoveryCodeHashes: string[],
  origin: string | null,
): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.userSecondFactor.updateMany({
      where: { userId: actor.id, enabledAt: null, secretEncrypted },
      data: { enabledAt: new Date(), lastUsedStep: step },
    });
    if (count !== 1) return false;
    await tx.recoveryCode.deleteMany({ where: { userId: actor.id } });
    await tx.recoveryCode.createMany({ data: recoveryCodeHashes.map((codeHash) => ({ userId: actor.id, codeHash })) });
    await recordAudit(tx, {
      actor,
      action: "user.second_factor_enabled",
      entityType: "user",
      entityId: actor.id,
      origin,
      after: { secondFactor: "totp", recoveryCodes: recoveryCodeHashes.length },
    });
    return true;
  });
}

/** Records `step` as used unless it (or a later step) was used already; true if this call won. */
export async function claimTimeStep(userId: number, step: number): Promise<boolean> {
  const rows = await prisma.$queryRaw<Array<{ user_id: number }>>`
    UPDATE user_second_factor SET last_used_step = ${step}
    WHERE user_id = ${userId} AND enabled_at IS NOT NULL AND (last_used_step IS NULL OR last_used_step < ${step})
    RETURNING user_id`;
  return rows.length === 1;
}

/** Marks the recovery code used; true only for the one call that found it unused. */
export async function consumeRecoveryCode(userId: number, codeHash: string): Promise<boolean> {
  const rows = await prisma.$queryRaw<Array<{ id: number }>>`
    UPDATE recovery_code SET used_at = now() WHERE user_id = ${userId} AND code_hash = ${codeHash} AND used_at IS NULL RETURNING id`;
  return rows.length === 1;
}

export type SecondFactorRemoval = { ok: true } | { ok: false; code: "not_found" | "not_enabled" };

/**
 * Removes a user's second factor and recovery codes, with an audit event: by the user (turned
 * off at /account) or by an admin (reset; the user's sessions end, as after a password reset).
 */
export async function removeSecondFactor(
  actor: Actor,
  userId: number,
  origin: string | null,
  by: "self" | "admin",
): Promise<SecondFactorRemoval> {
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, email: true } });
    if (!user) return { ok: false as const, code: "not_found" as const };
    const factor = await tx.userSecondFactor.findUnique({ where: { userId }, select: { enabledAt: true } });
    if (by === "self" && !factor?.enabledAt) return { ok: false as const, code: "not_enabled" as const };
    const unusedCodes = await tx.recoveryCode.count({ where: { userId, usedAt: null } });
    await tx.userSecondFactor.deleteMany({ where: { userId } });
    await tx.recoveryCode.deleteMany({ where: { userId } });
    const endedSessions = by === "admin" ? await endAllSessions(tx, userId, "second_factor_reset") : 0;
    await recordAudit(tx, {
      actor,
      action: by === "admin" ? "user.second_factor_reset" : "user.second_factor_disabled",
      entityType: "user",
      entityId: userId,
      origin,
      before: {
        email: user.email,
        secondFactor: factor?.enabledAt ? "totp" : factor ? "enrolment_pending" : "none",
        unusedRecoveryCodes: unusedCodes,
      },
      after: { email: user.email, secondFactor: "none", ...(by === "admin" ? { endedSessions } : {}) },
    });
    return { ok: true as const };
  });
}
