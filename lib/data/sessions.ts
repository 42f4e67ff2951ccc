import "server-only";
// Signed-in sessions. A session works while its row is not ended, its user is active, it is
// within its absolute lifetime and it was used within the idle timeout.
import { randomBytes } from "node:crypto";
import { prisma } from "@/lib/db";
import type { PendingStep } from "@/lib/domain/roles";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Tx } from "./audit";

export type SessionEndReason = "sign_out" | "sign_out_everywhere" | "disabled" | "role_changed" | "password_reset" | "second_factor_reset" | "idle" | "expired";

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

export async function resolveSession(sessionId: string, settings: SessionSettings, now = new Date()): Promise<SessionUser | null> {
  const session = await prisma.userSession.findUnique({
    where: { id: sessionId },
    include: {
      user: { select: { id: true, email: true, name: true, organisation: true, role: true, isActive: true, secondFactor: { select: { enabledAt: true } } } },
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
  const { id, email, name, organisation, role, secondFactor } = session.user;
  const pendingStep = role === "admin" && !secondFactor?.enabledAt ? "enrol_totp" : null;
  return { id, email, name, organisation, role, sessionId, pendingStep };
}

export async function endSession(sessionId: string, reason: SessionEndReason, now = new Date()) {
  await prisma.userSession.updateMany({ where: { id: sessionId, endedAt: null }, data: { endedAt: now, endReason: reason } });
}

/** Ends every open session of a user; returns how many were open. */
export async function endAllSessions(tx: Tx, userId: number, reason: SessionEndReason, now = new Date()) {
  const { count } = await tx.userSession.updateMany({ where: { userId, endedAt: null }, data: { endedAt: now, endReason: reason } });
  return count;
}
