// Sign-in against PostgreSQL: generic failures, disabled accounts, throttling per account and
// per address (kept in the database), and an audit event for every attempt.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { hashPassword } from "@/lib/data/password";
import { signInWithPassword } from "./sign-in";
import { ADDRESS_MAX_FAILURES } from "@/lib/domain/throttle-policy";

const PASSWORD = "a long and good passphrase";
const origin = (address: string) => ({ address, userAgent: "vitest" });

beforeAll(async () => {
  const passwordHash = await hashPassword(PASSWORD);
  await prisma.user.createMany({
    data: [
      { email: "ed@example.org", name: "Ed", role: "editor", passwordHash },
      { email: "gone@example.org", name: "Gone", role: "editor", passwordHash, isActive: false },
      { email: "victim@example.org", name: "Victim", role: "editor", passwordHash },
      { email: "other@example.org", name: "Other", role: "editor", passwordHash },
    ],
  });
});

describe("signInWithPassword", () => {
  it("signs in with the right password, creating a session, whatever the email's case", async () => {
    const result = await signInWithPassword({ email: " Ed@Example.org ", password: PASSWORD }, origin("10.0.0.1"));
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    const session = await prisma.userSession.findUniqueOrThrow({ where: { id: result.sessionId } });
    expect(session.endedAt).toBeNull();
    expect((await prisma.user.findUniqueOrThrow({ where: { email: "ed@example.org" } })).lastSignInAt).not.toBeNull();
  });

  it("gives a new session at each sign-in", async () => {
    const a = await signInWithPassword({ email: "ed@example.org", password: PASSWORD }, origin("10.0.0.1"));
    const b = await signInWithPassword({ email: "ed@example.org", password: PASSWORD }, origin("10.0.0.1"));
    expect(a.ok && b.ok && a.sessionId !== b.sessionId).toBe(true);
  });

  it("answers the same for a wrong password, an unknown email and a disabled account", async () => {
    const wrong = await signInWithPassword({ email: "ed@example.org", password: "not the password" }, origin("10.0.0.2"));
    const unknown = await signInWithPassword({ email: "nobody@example.org", password: PASSWORD }, origin("10.0.0.2"));
    const disabled = await signInWithPassword({ email: "gone@example.org", password: PASSWORD }, origin("10.0.0.2"));
    expect([wrong, unknown, disabled]).toEqual([
      { ok: false, reason: "invalid" },
      { ok: false, reason: "invalid" },
      { ok: false, reason: "invalid" },
    ]);
  });

  it("records every attempt in the audit log", async () => {
    const events = await prisma.auditEvent.findMany({ where: { action: { startsWith: "auth." } }, orderBy: { id: "asc" } });
    const reasons = events.filter((e) => e.action === "auth.sign_in_failed").map((e) => (e.after as { reason: string }).reason);
    expect(reasons).toEqual(["wrong_password", "unknown_account", "account_disabled"]);
    expect(events.filter((e) => e.action === "auth.signed_in")).toHaveLength(3);
    expect(events.every((e) => e.origin?.startsWith("10.0.0."))).toBe(true);
  });

  it("throttles an account after repeated failures, even from many addresses, then blocks it", async () => {
    const results = [];
    for (let i = 0; i < 6; i++) {
      results.push(await signInWithPassword({ email: "victim@example.org", password: `guess ${i}` }, origin(`192.0.2.${i}`)));
    }
    expect(results.slice(0, 3).map((r) => r.ok === false && r.reason)).toEqual(["invalid", "invalid", "invalid"]);
    // After the third failure the account must wait (4 s); the right password does not get through either.
    expect(results[3]).toMatchObject({ ok: false, reason: "throttled" });
    const blocked = await signInWithPassword({ email: "victim@example.org", password: PASSWORD }, origin("192.0.2.99"));
    expect(blocked).toMatchObject({ ok: false, reason: "throttled" });
    // Another account from the same addresses is not affected.
    expect(await signInWithPassword({ email: "other@example.org", password: PASSWORD }, origin("192.0.2.1"))).toMatchObject({ ok: true });
    expect(await prisma.auditEvent.count({ where: { action: "auth.sign_in_throttled" } })).toBeGreaterThanOrEqual(3);
  });

  it("blocks an address that fails on many accounts (password spraying)", async () => {
    const address = "198.51.100.7";
    let last;
    for (let i = 0; i <= ADDRESS_MAX_FAILURES; i++) {
      last = await signInWithPassword({ email: `spray${i}@example.org`, password: "Winter2023!!" }, origin(address));
    }
    expect(last).toMatchObject({ ok: false, reason: "throttled" });
    expect(await signInWithPassword({ email: "other@example.org", password: PASSWORD }, origin(address))).toMatchObject({
      ok: false,
      reason: "throttled",
    });
    expect(await signInWithPassword({ email: "other@example.org", password: PASSWORD }, origin("198.51.100.8"))).toMatchObject({
      ok: true,
    });
  });

  it("keeps the counters in PostgreSQL, and a block ends by itself", async () => {
    // Three failures counted (the refused attempts were not), and a wait set after the third.
    const row = await prisma.signInThrottle.findUniqueOrThrow({ where: { key: "account:victim@example.org" } });
    expect(row.failures).toBe(3);
    expect(row.blockedUntil).not.toBeNull();
    await prisma.signInThrottle.update({ where: { key: row.key }, data: { blockedUntil: new Date(Date.now() - 1000) } });
    expect(await signInWithPassword({ email: "victim@example.org", password: PASSWORD }, origin("192.0.2.50"))).toMatchObject({ ok: true });
    // The success gave its own count back; the earlier failures still count (no reset by a success).
    expect((await prisma.signInThrottle.findUniqueOrThrow({ where: { key: row.key } })).failures).toBe(row.failures);
  });
});
