import "server-only";
// Users and their administration. Every change is written with its audit event (before and
// after) in one transaction; changes that alter what a user may do end their sessions.
import { hashPassword, verifyPassword } from "./password";
import { prisma } from "@/lib/db";
import { isUniqueViolation } from "./prisma-errors";
import type { Prisma, User } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import type { CreateUserInput } from "@/lib/domain/user-schema";
import type { AuditAction } from "@/lib/domain/audit-actions";
import { recordAudit, type Actor, type Tx } from "./audit";
import { ACCOUNT_FIELDS, endAllSessions, type SessionEndReason } from "./sessions";
import { changeVersioned, prismaStore, type RecordStore } from "./versioned";

export type UserChangeResult = { ok: true; userId: number } | { ok: false; code: "not_found" | "last_admin" | "email_taken" };

const publicFields = { ...ACCOUNT_FIELDS, lastSignInAt: true, createdAt: true } as const;

export async function listUsers() {
  const users = await prisma.user.findMany({
    select: {
      ...publicFields,
      secondFactor: { select: { enabledAt: true } },
      _count: { select: { sessions: { where: { endedAt: null } } } },
    },
    orderBy: [{ isActive: "desc" }, { role: "desc" }, { email: "asc" }],
  });
  return users.map(({ _count, secondFactor, ...user }) => ({
    ...user,
    openSessions: _count.sessions,
    secondFactor: !!secondFactor?.enabledAt,
  }));
}
export type UserListItem = Awaited<ReturnType<typeof listUsers>>[number];

export function findUserForSignIn(email: string) {
  return prisma.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, email: true, role: true, isActive: true, passwordHash: true },
  });
}

/** Locks the active admins (so two admins cannot demote each other at once) and counts them. */
async function lockActiveAdmins(tx: Tx): Promise<number[]> {
  const rows = await tx.$queryRaw<Array<{ id: number }>>`
    SELECT id FROM app_user WHERE role = 'admin' AND is_active ORDER BY id FOR UPDATE`;
  return rows.map((r) => r.id);
}

async function isLastActiveAdmin(tx: Tx, userId: number) {
  const admins = await lockActiveAdmins(tx);
  return admins.length === 1 && admins[0] === userId;
}

type UserSnapshot = {
  id: number;
  email: string;
  name: string;
  organisation: string | null;
  role: Role;
  isActive: boolean;
  mustChangePassword: boolean;
};

function snapshotOf(user: UserSnapshot) {
  const { id, email, name, organisation, role, isActive, mustChangePassword } = user;
  return { id, email, name, organisation, role, isActive, mustChangePassword };
}

/**
 * Creates an account. `mustChangePassword`: the password was chosen by someone else (an admin
 * in /admin/users), so the user must replace it at first sign-in; not for the first admin's
 * own bootstrap (`npm run user:create`).
 */
export async function createUser(
  actor: Actor | null,
  input: CreateUserInput,
  origin: string | null,
  options: { mustChangePassword: boolean },
): Promise<UserChangeResult> {
  const passwordHash = await hashPassword(input.password);
  try {
    return await prisma.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          email: input.email,
          name: input.name,
          organisation: input.organisation,
          role: input.role,
          passwordHash,
          mustChangePassword: options.mustChangePassword,
        },
      });
      await recordAudit(tx, { actor, action: "user.created", entityType: "user", entityId: user.id, after: snapshotOf(user), origin });
      return { ok: true as const, userId: user.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, code: "email_taken" };
    throw error;
  }
}

/**
 * Users change through the shared versioned change (versioned.ts) under this lock: the user's row
 * and every active admin's, in id order (the order lockActiveAdmins takes), so two admins demoting
 * each other queue instead of deadlocking. The admin screens read no version: a change applies to
 * the current one.
 */
const userStore: RecordStore<User, Prisma.UserUpdateManyMutationInput> = {
  ...prismaStore<User, Prisma.UserUpdateManyMutationInput>((tx) => tx.user),
  lock: async (tx, id) => {
    const rows = await tx.$queryRaw<Array<{ id: number }>>`
      SELECT id FROM app_user WHERE id = ${id} OR (role = 'admin' AND is_active) ORDER BY id FOR UPDATE`;
    return rows.some((r) => r.id === id) ? tx.user.findUnique({ where: { id } }) : null;
  },
};

/** Shared shape of the changes below: lock, check, update, end sessions, audit. */
async function changeUser(
  actor: Actor,
  userId: number,
  origin: string | null,
  options: {
    action: AuditAction;
    /** true when the change would leave no active admin if `userId` is the last one. */
    removesAdmin: (user: { role: Role; isActive: boolean }) => boolean;
    data: Prisma.UserUpdateManyMutationInput;
    endSessions?: SessionEndReason;
  },
): Promise<UserChangeResult> {
  const result = await changeVersioned<User, Prisma.UserUpdateManyMutationInput, { ok: false; code: "last_admin" }>(
    userStore,
    userId,
    null,
    async (before, tx) => {
      const lastAdmin = options.removesAdmin(before) && (await isLastActiveAdmin(tx, userId));
      return lastAdmin ? { ok: false, code: "last_admin" } : null;
    },
    () => ({
      data: options.data,
      record: async (tx, before, after) => {
        const endedSessions = options.endSessions ? await endAllSessions(tx, userId, options.endSessions) : 0;
        await recordAudit(tx, {
          actor,
          action: options.action,
          entityType: "user",
          entityId: userId,
          origin,
          before: snapshotOf(before as User),
          after: { ...snapshotOf(after as User), ...(options.endSessions ? { endedSessions } : {}) },
        });
      },
    }),
  );
  // No version was given, so under the lock there is no conflict to answer.
  if (!result.ok && result.code === "conflict") throw new Error(`user ${userId} changed under its row lock`);
  return result.ok ? { ok: true, userId } : result;
}

export function changeRole(actor: Actor, userId: number, role: Role, origin: string | null) {
  return changeUser(actor, userId, origin, {
    action: "user.role_changed",
    removesAdmin: (u) => u.role === "admin" && u.isActive && role !== "admin",
    data: { role },
    endSessions: "role_changed",
  });
}

export function setUserActive(actor: Actor, userId: number, active: boolean, origin: string | null) {
  return changeUser(actor, userId, origin, {
    action: active ? "user.enabled" : "user.disabled",
    removesAdmin: (u) => !active && u.role === "admin" && u.isActive,
    data: { isActive: active },
    ...(active ? {} : { endSessions: "disabled" as const }),
  });
}

export async function resetPassword(actor: Actor, userId: number, password: string, origin: string | null) {
  const passwordHash = await hashPassword(password);
  return changeUser(actor, userId, origin, {
    action: "user.password_reset",
    removesAdmin: () => false,
    // An admin chose it, so the user must replace it at their next sign-in.
    data: { passwordHash, mustChangePassword: true },
    endSessions: "password_reset",
  });
}

/** Sign-out everywhere: for a user by an admin, or by users for themselves. */
export function endUserSessions(actor: Actor, userId: number, origin: string | null) {
  return changeUser(actor, userId, origin, {
    action: "user.sessions_ended",
    removesAdmin: () => false,
    data: {},
    endSessions: "sign_out_everywhere",
  });
}

export type OwnPasswordResult = { ok: true; endedSessions: number } | { ok: false; code: "wrong_password" | "not_found" };

/**
 * A user changes their own password: the current one must be right. Ends every other session
 * of the user (the one making the change stays), clears the "must change" flag, and is audited,
 * all in one transaction under the row lock (two changes at once cannot both check the old hash).
 */
export async function changeOwnPassword(
  actor: Actor,
  sessionId: string,
  input: { currentPassword: string; newPassword: string },
  origin: string | null,
): Promise<OwnPasswordResult> {
  const passwordHash = await hashPassword(input.newPassword);
  let endedSessions = 0;
  const result = await changeVersioned<User, Prisma.UserUpdateManyMutationInput, { ok: false; code: "wrong_password" }>(
    userStore,
    actor.id,
    null,
    async (before, tx) => {
      if (!before.isActive) return { ok: false, code: "not_found" };
      if (before.passwordHash && (await verifyPassword(before.passwordHash, input.currentPassword))) return null;
      // The refusal commits, and the failed attempt with it.
      await recordAudit(tx, { actor, action: "user.password_change_failed", entityType: "user", entityId: actor.id, origin });
      return { ok: false, code: "wrong_password" };
    },
    () => ({
      data: { passwordHash, mustChangePassword: false },
      record: async (tx, before, after) => {
        endedSessions = await endAllSessions(tx, actor.id, "password_changed", new Date(), sessionId);
        await recordAudit(tx, {
          actor,
          action: "user.password_changed",
          entityType: "user",
          entityId: actor.id,
          origin,
          before: snapshotOf(before as User),
          after: { ...snapshotOf(after as User), endedSessions },
        });
      },
    }),
    { timeout: 15_000 },
  );
  if (!result.ok && result.code === "conflict") throw new Error(`user ${actor.id} changed under its row lock`);
  return result.ok ? { ok: true, endedSessions } : result;
}
