// User administration against PostgreSQL: audit with before and after, sessions ended by
// changes that alter what a user may do, and the last active admin protected.
import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { verifyPassword } from "./password";
import { resolveSession, createSession } from "./sessions";
import { changeOwnPassword, changeRole, createUser, endUserSessions, resetPassword, setUserActive } from "./users";

const settings = { idleMs: 30 * 60_000, absoluteMs: 12 * 3_600_000 };
let admin: { id: number; email: string };

beforeEach(async () => {
  await prisma.userSession.deleteMany();
  await prisma.user.updateMany({ data: { isActive: false, role: "editor" } });
  const existing = await prisma.user.findUnique({ where: { email: "root@example.org" } });
  const root = existing
    ? await prisma.user.update({ where: { id: existing.id }, data: { isActive: true, role: "admin" } })
    : await prisma.user.create({ data: { email: "root@example.org", name: "Root", role: "admin" } });
  admin = { id: root.id, email: root.email };
});

async function newUser(email: string, role: "editor" | "reviewer" | "admin" = "editor") {
  const input = { email, name: email, organisation: null, role, password: "a long and good passphrase" };
  const result = await createUser(admin, input, "test", { mustChangePassword: true });
  if (!result.ok) throw new Error(result.code);
  return result.userId;
}

const openSession = (userId: number) => prisma.$transaction((tx) => createSession(tx, userId, settings, "test"));

describe("user administration", () => {
  it("creates a user with a hashed password and an audit event without the hash", async () => {
    const id = await newUser("new@example.org", "reviewer");
    const user = await prisma.user.findUniqueOrThrow({ where: { id } });
    expect(await verifyPassword(user.passwordHash!, "a long and good passphrase")).toBe(true);
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { action: "user.created", entityId: String(id) } });
    expect(event.actorId).toBe(admin.id);
    expect(event.after).toMatchObject({ email: "new@example.org", role: "reviewer" });
    expect(JSON.stringify(event.after)).not.toContain("argon2");
  });

  it("refuses a second account with the same email in any case", async () => {
    await newUser("dup@example.org");
    const input = { email: "dup@example.org", name: "x", organisation: null, role: "editor" as const, password: "a long passphrase" };
    const again = await createUser(admin, input, "test", { mustChangePassword: true });
    expect(again).toEqual({ ok: false, code: "email_taken" });
  });

  it.each([
    ["changing the role", (id: number) => changeRole(admin, id, "reviewer", "test"), "role_changed"],
    ["disabling", (id: number) => setUserActive(admin, id, false, "test"), "disabled"],
    ["resetting the password", (id: number) => resetPassword(admin, id, "another good passphrase", "test"), "password_reset"],
    ["ending all sessions", (id: number) => endUserSessions(admin, id, "test"), "sign_out_everywhere"],
  ] as const)("ends the user's sessions at once when %s", async (_label, change, reason) => {
    const id = await newUser(`s-${reason}@example.org`);
    const sessionId = await openSession(id);
    expect(await resolveSession(sessionId, settings)).toMatchObject({ id, role: "editor" });
    expect(await change(id)).toEqual({ ok: true, userId: id });
    expect(await resolveSession(sessionId, settings)).toBeNull();
    expect((await prisma.userSession.findUniqueOrThrow({ where: { id: sessionId } })).endReason).toBe(reason);
  });

  it("records before and after of a role change", async () => {
    const id = await newUser("promote@example.org");
    await changeRole(admin, id, "admin", "test");
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { action: "user.role_changed", entityId: String(id) } });
    expect(event.before).toMatchObject({ role: "editor" });
    expect(event.after).toMatchObject({ role: "admin", endedSessions: 0 });
  });

  it("never lets the last active admin be demoted or disabled", async () => {
    expect(await changeRole(admin, admin.id, "editor", "test")).toEqual({ ok: false, code: "last_admin" });
    expect(await setUserActive(admin, admin.id, false, "test")).toEqual({ ok: false, code: "last_admin" });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({ role: "admin", isActive: true });
    // With a second admin, the first may step down.
    const second = await newUser("second-admin@example.org", "admin");
    expect(await changeRole(admin, admin.id, "reviewer", "test")).toEqual({ ok: true, userId: admin.id });
    expect(await setUserActive(admin, second, false, "test")).toEqual({ ok: false, code: "last_admin" });
  });

  it("keeps one admin when two admins demote each other at the same time", async () => {
    const other = await newUser("rival@example.org", "admin");
    const results = await Promise.all([changeRole(admin, other, "editor", "test"), changeRole(admin, admin.id, "editor", "test")]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await prisma.user.count({ where: { role: "admin", isActive: true } })).toBe(1);
  });

  it("reports a missing user as not found", async () => {
    expect(await changeRole(admin, 999_999, "editor", "test")).toEqual({ ok: false, code: "not_found" });
  });
});

describe("sessions", () => {
  it("end after the idle timeout and after the absolute lifetime", async () => {
    const id = await newUser("idle@example.org");
    const now = Date.now();
    const idle = await openSession(id);
    expect(await resolveSession(idle, settings, new Date(now + 29 * 60_000))).not.toBeNull();
    // Used at +29 min: the idle clock restarted there.
    expect(await resolveSession(idle, settings, new Date(now + 50 * 60_000))).not.toBeNull();
    expect(await resolveSession(idle, settings, new Date(now + 90 * 60_000))).toBeNull();

    const busy = await openSession(id);
    // A request every 20 minutes keeps it from idling, but not beyond 12 hours.
    for (let minute = 20; minute < 12 * 60; minute += 20) {
      expect(await resolveSession(busy, settings, new Date(now + minute * 60_000))).not.toBeNull();
    }
    expect(await resolveSession(busy, settings, new Date(now + 12 * 3_600_000 + 1000))).toBeNull();
    expect((await prisma.userSession.findUniqueOrThrow({ where: { id: busy } })).endReason).toBe("expired");
  });

  it("stop working for a disabled user and read the role fresh each time", async () => {
    const id = await newUser("fresh@example.org");
    const sessionId = await openSession(id);
    await prisma.user.update({ where: { id }, data: { role: "reviewer" } });
    expect(await resolveSession(sessionId, settings)).toMatchObject({ role: "reviewer" });
    await prisma.user.update({ where: { id }, data: { isActive: false } });
    expect(await resolveSession(sessionId, settings)).toBeNull();
  });

  it("are unknown for a made-up id", async () => {
    expect(await resolveSession("made-up", settings)).toBeNull();
  });
});

describe("a user's own password", () => {
  const PASSWORD = "a long and good passphrase";
  const asActor = async (id: number) => ({ id, email: (await prisma.user.findUniqueOrThrow({ where: { id } })).email });

  it("is to be changed first when an admin created the account or reset the password, but not after a bootstrap", async () => {
    const id = await newUser("flagged@example.org");
    const sessionId = await openSession(id);
    expect(await resolveSession(sessionId, settings)).toMatchObject({ id, pendingStep: "change_password" });

    const bootInput = { email: "boot@example.org", name: "Boot", organisation: null, role: "admin" as const, password: PASSWORD };
    const boot = await createUser(null, bootInput, "cli", { mustChangePassword: false });
    if (!boot.ok) throw new Error(boot.code);
    // Not asked to change the password; an admin without a second factor must still enrol one.
    expect(await resolveSession(await openSession(boot.userId), settings)).toMatchObject({ pendingStep: "enrol_totp" });

    expect(await resetPassword(admin, boot.userId, "another good passphrase", "test")).toMatchObject({ ok: true });
    expect(await resolveSession(await openSession(boot.userId), settings)).toMatchObject({ pendingStep: "change_password" });
  });

  it("is refused with a wrong current password, changing nothing and ending no session", async () => {
    const id = await newUser("wrong-current@example.org");
    const [current, other] = [await openSession(id), await openSession(id)];
    const input = { currentPassword: "not my password", newPassword: "my very own new passphrase" };
    const result = await changeOwnPassword(await asActor(id), current, input, "test");
    expect(result).toEqual({ ok: false, code: "wrong_password" });
    const user = await prisma.user.findUniqueOrThrow({ where: { id } });
    expect(await verifyPassword(user.passwordHash!, PASSWORD)).toBe(true);
    expect(user.mustChangePassword).toBe(true);
    expect(await resolveSession(other, settings)).not.toBeNull();
    expect(await prisma.auditEvent.count({ where: { action: "user.password_change_failed", entityId: String(id) } })).toBe(1);
  });

  it("changes with the right current password, ends every other session, keeps this one, clears the flag and is audited", async () => {
    const id = await newUser("changer@example.org");
    const [current, other1, other2] = [await openSession(id), await openSession(id), await openSession(id)];
    const input = { currentPassword: PASSWORD, newPassword: "my very own new passphrase" };
    const result = await changeOwnPassword(await asActor(id), current, input, "test");
    expect(result).toEqual({ ok: true, endedSessions: 2 });
    const user = await prisma.user.findUniqueOrThrow({ where: { id } });
    expect(await verifyPassword(user.passwordHash!, "my very own new passphrase")).toBe(true);
    expect(user.mustChangePassword).toBe(false);
    expect(await resolveSession(current, settings)).toMatchObject({ id, pendingStep: null });
    expect(await resolveSession(other1, settings)).toBeNull();
    expect(await resolveSession(other2, settings)).toBeNull();
    expect((await prisma.userSession.findUniqueOrThrow({ where: { id: other1 } })).endReason).toBe("password_changed");
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { action: "user.password_changed", entityId: String(id) } });
    expect(event.actorId).toBe(id);
    expect(event.before).toMatchObject({ mustChangePassword: true });
    expect(event.after).toMatchObject({ mustChangePassword: false, endedSessions: 2 });
    expect(JSON.stringify([event.before, event.after])).not.toContain("argon2");
  });
});
