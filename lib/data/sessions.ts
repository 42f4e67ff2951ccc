import "server-only";
// Signed-in sessions. A session works while its row is not ended, its user is active, it is
// within its absolute lifetime and it was used within the idle timeout.
import { randomBytes } from "node:crypto";
import { prisma } from "@/lib/db";
import { pendingStepOf, type PendingStep } from "@/lib/domain/pending-steps";
import type { Role } from "@/lib/generated/prisma/enums";
import { recordAudit, type AuditEntry, type Tx } from "./audit";

export type SessionEndReason =
  | "sign_out"
  | "sign_out_everywhere"
  | "disabled"
  | "role_changed"
  | "password_reset"
  | "password_changed"
  | "second_factor_reset"
  | "idle"
  | "expired";

export interface SessionSettings {
  idleMs: number;
  absoluteMs: number;
}

/** The user a valid session belongs to, read fresh from the database on every request. */
export interface SessionUser {
  id: number;
  email: string;
  name: string;
  organisation: string | null;
  role: Role;
  sessionId: string;
  /** A step to finish before anything else (lib/domain/pending-steps.ts), or null. */
  pendingStep: PendingStep | null;
}

/** lastSeenAt is refreshed at most this often, to spare a write on every request. */
const TOUCH_EVERY_MS = 60_000;

export async function createSession(tx: Tx, userId: number, settings: SessionSettings, origin: string | null, now = new Date()) {
  const id = randomBytes(32).toString("base64url");
  await tx.userSession.create({
    data: { id, userId, createdAt: now, lastSeenAt: now, expiresAt: new Date(now.getTime() + settings.absoluteMs), origin },
  });
  return id;
}

/**
 * A successful sign-in: a new session, the user's last sign-in time and the audit entry, in one
 * transaction (so a session never exists without its audit entry). Returns the session id.
 */
export function openSignInSession(
  user: { id: number; email: string },
  settings: SessionSettings,
  origin: string | null,
  secondFactor: string,
): Promise<string> {
  return prisma.$transaction(async (tx) => {
    const id = await createSession(tx, user.id, settings, origin);
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
    await recordAudit(tx, {
      actor: user,
      action: "auth.signed_in",
      entityType: "user",
      entityId: user.id,
      origin,
      after: { email: user.email, secondFactor },
    });
    return id;
  });
}

/**
 * A sign-in attempt that opens no session (refused, failed, or waiting for a code): only its
 * audit entry. maxWait: a burst of attempts queues for the pool's connections instead of failing with a 500.
 */
export async function recordSignInAttempt(entry: AuditEntry): Promise<void> {
  await prisma.$transaction((tx) => recordAudit(tx, entry), { maxWait: 10_000 });
}

/** Who an account is and what it may do: what a session resolves to, and the start of every user listing (users.ts). */
export const ACCOUNT_FIELDS = {
  id: true,
  email: true,
  name: true,
  organisation: true,
  role: true,
  isActive: true,
  mustChangePassword: true,
} as const;

export async function resolveSession(sessionId: string, settings: SessionSettings, now = new Date()): Promise<SessionUser | null> {
  const session = await prisma.userSession.findUnique({
    where: { id: sessionId },
    include: {
      user: {
        select: { ...ACCOUNT_FIELDS, secondFactor: { select: { enabledAt: true } } },
      },
    },
  });
  if (!session || session.endedAt || !session.user.isActive) return null;
  const ended: SessionEndReason | null =
    now >= session.expiresAt ? "expired" : now.getTime() - session.lastSeenAt.getTime() > settings.idleMs ? "idle" : null;
  if (ended) {
    await prisma.userSession.updateMany({ where: { id: sessionId, endedAt: null }, data: { endedAt: now, endReason: ended } });
    return null;
  }
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await prisma.userSession.update({ where: { id: sessionId }, data: { lastSeenAt: now } });
  }
  const { id, email, name, organisation, role, mustChangePassword, secondFactor } = session.user;
  const pendingStep = pendingStepOf({ mustChangePassword, role, hasSecondFactor: !!secondFactor?.enabledAt });
  return { id, email, name, organisation, role, sessionId, pendingStep };
}

export async function endSession(sessionId: string, reason: SessionEndReason, now = new Date()) {
  await prisma.userSession.updateMany({ where: { id: sessionId, endedAt: null }, data: { endedAt: now, endReason: reason } });
}

/** Ends every open session of a user (but `keep`, if given); returns how many were open. */
export async function endAllSessions(tx: Tx, userId: number, reason: SessionEndReason, now = new Date(), keep?: string) {
  const { count } = await tx.userSession.updateMany({
    where: { userId, endedAt: null, ...(keep ? { id: { not: keep } } : {}) },
    data: { endedAt: now, endReason: reason },
  });
  return count;
}

/** How long a successful sign-in makes its client address a known one for the account. */
export const KNOWN_ADDRESS_DAYS = 90;

/**
 * Whether the user signed in successfully from this client address within KNOWN_ADDRESS_DAYS
 * (sessions keep "address user-agent" as their origin). Sign-in throttling gives such an
 * address its own counter, so failures from elsewhere cannot delay the owner there.
 */
export async function isKnownAddress(userId: number, address: string, now = new Date()): Promise<boolean> {
  const since = new Date(now.getTime() - KNOWN_ADDRESS_DAYS * 24 * 3600_000);
  const rows = await prisma.$queryRaw<Array<{ known: boolean }>>`
    SELECT EXISTS (
      SELECT 1 FROM user_session
      WHERE user_id = ${userId} AND created_at >= ${since} AND (origin = ${address} OR starts_with(origin, ${`${address} `}))
    ) AS known`;
  return rows[0]?.known === true;
}
