// The second factor against PostgreSQL: enrolment, the code step at sign-in, one use per code
// (also for two parallel requests), recovery codes once only, throttling of wrong codes like
// wrong passwords, an admin's audited reset, and the enrol_totp step of admins without one.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { resolveSession } from "@/lib/data/sessions";
import { hashPassword } from "@/lib/data/password";
import { checkSecondFactor, confirmEnrolment, pendingEnrolment, resetSecondFactor, turnOffSecondFactor } from "./second-factor";
import { signInWithPassword } from "./sign-in";
import { timeStepAt, totpCodeAt } from "./totp";

const PASSWORD = "a long and good passphrase";
const origin = (address: string) => ({ address, userAgent: "vitest" });
const settings = { idleMs: 3_600_000, absoluteMs: 3_600_000 };
const ids: Record<string, number> = {};

beforeAll(async () => {
  const passwordHash = await hashPassword(PASSWORD);
  for (const [key, role] of [
    ["ada", "admin"],
    ["eve", "editor"],
    ["rob", "reviewer"],
    ["root", "admin"],
    ["tim", "editor"],
    ["tom", "editor"],
  ] as const) {
    const user = await prisma.user.create({ data: { email: `${key}@example.org`, name: key, role, passwordHash } });
    ids[key] = user.id;
  }
});

/** Enrols a user and returns their secret, the recovery codes and when the confirming code was made. */
async function enrol(key: string) {
  const user = { id: ids[key]!, email: `${key}@example.org` };
  const enrolment = await pendingEnrolment(user);
  if (!enrolment) throw new Error("already enrolled");
  const now = Date.now();
  const result = await confirmEnrolment(user, totpCodeAt(enrolment.secret, now), "test");
  if (!result.ok) throw new Error(`enrolment failed: ${result.code}`);
  return { secret: enrolment.secret, recoveryCodes: result.recoveryCodes, confirmedAt: now };
}

describe("enrolment", () => {
  let secret = "";
  it("keeps the same pending secret across reloads, with a QR code drawn locally", async () => {
    const first = await pendingEnrolment({ id: ids.eve!, email: "eve@example.org" });
    const again = await pendingEnrolment({ id: ids.eve!, email: "eve@example.org" });
    expect(first?.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(again?.secret).toBe(first?.secret);
    expect(first?.qrSvg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(first?.uri).toContain(`secret=${first?.secret}`);
    secret = first!.secret;
    // Encrypted at rest: the database never holds the base32 secret.
    const row = await prisma.userSecondFactor.findUniqueOrThrow({ where: { userId: ids.eve! } });
    expect(row.secretEncrypted).not.toContain(secret);
    expect(row.enabledAt).toBeNull();
  });

  it("is not on until confirmed with a current code; a wrong code changes nothing", async () => {
    expect(await checkSecondFactor(ids.eve!, undefined)).toEqual({ ok: true, method: "none" });
    const wrong = await confirmEnrolment({ id: ids.eve!, email: "eve@example.org" }, "000000", "test");
    expect(wrong).toEqual({ ok: false, code: "wrong_code" });
    const tooOld = await confirmEnrolment({ id: ids.eve!, email: "eve@example.org" }, totpCodeAt(secret, Date.now() - 120_000), "test");
    expect(tooOld).toEqual({ ok: false, code: "wrong_code" });
    expect((await prisma.userSecondFactor.findUniqueOrThrow({ where: { userId: ids.eve! } })).enabledAt).toBeNull();
  });

  it("switches on with a current code and gives ten recovery codes, stored hashed, audited", async () => {
    const now = Date.now();
    const result = await confirmEnrolment({ id: ids.eve!, email: "eve@example.org" }, totpCodeAt(secret, now), "test");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.recoveryCodes).toHaveLength(10);
    const stored = await prisma.recoveryCode.findMany({ where: { userId: ids.eve! } });
    expect(stored).toHaveLength(10);
    expect(stored.every((r) => /^[0-9a-f]{64}$/.test(r.codeHash))).toBe(true);
    expect(stored.map((r) => r.codeHash)).not.toContain(result.recoveryCodes[0]!.replace(/-/g, ""));
    const row = await prisma.userSecondFactor.findUniqueOrThrow({ where: { userId: ids.eve! } });
    expect(row.enabledAt).not.toBeNull();
    // The confirming code's step counts as used.
    expect(row.lastUsedStep).toBeGreaterThanOrEqual(timeStepAt(now) - 1);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: "user.second_factor_enabled", entityId: String(ids.eve) } });
    expect(JSON.stringify([audit.before, audit.after])).not.toContain(secret);
    expect(await pendingEnrolment({ id: ids.eve!, email: "eve@example.org" })).toBeNull();
  });
});

describe("sign-in with a second factor", () => {
  let secret = "";
  let recoveryCodes: string[] = [];
  let usedStepAt = 0;
  beforeAll(async () => {
    ({ secret, recoveryCodes, confirmedAt: usedStepAt } = await enrol("rob"));
  });

  it("asks for a code after a correct password, and creates no session before it", async () => {
    const before = await prisma.userSession.count({ where: { userId: ids.rob! } });
    const result = await signInWithPassword({ email: "rob@example.org", password: PASSWORD }, origin("10.1.0.1"));
    expect(result).toEqual({ ok: false, reason: "code_required" });
    expect(await prisma.userSession.count({ where: { userId: ids.rob! } })).toBe(before);
    // A wrong password still gets the generic answer, never the code step.
    const wrong = await signInWithPassword({ email: "rob@example.org", password: "not it", code: "123456" }, origin("10.1.0.1"));
    expect(wrong).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses the code used at enrolment (same step), then signs in with a new step's code", async () => {
    const reused = await signInWithPassword(
      { email: "rob@example.org", password: PASSWORD, code: totpCodeAt(secret, usedStepAt) },
      origin("10.1.0.2"),
    );
    expect(reused).toEqual({ ok: false, reason: "code_invalid" });
    // The next step's code (accepted within the window) signs in once.
    const next = totpCodeAt(secret, usedStepAt + 30_000);
    const ok = await signInWithPassword({ email: "rob@example.org", password: PASSWORD, code: next }, origin("10.1.0.2"));
    expect(ok).toMatchObject({ ok: true });
    const again = await signInWithPassword({ email: "rob@example.org", password: PASSWORD, code: next }, origin("10.1.0.2"));
    expect(again).toEqual({ ok: false, reason: "code_invalid" });
    const events = await prisma.auditEvent.findMany({
      where: { action: "auth.sign_in_failed", entityId: String(ids.rob) },
      orderBy: { id: "asc" },
    });
    expect(events.map((e) => (e.after as { reason: string }).reason)).toEqual(["wrong_password", "reused_code", "reused_code"]);
  });

  it("lets only one of two parallel uses of one code through", async () => {
    await prisma.userSecondFactor.update({ where: { userId: ids.rob! }, data: { lastUsedStep: timeStepAt(Date.now()) - 2 } });
    const code = totpCodeAt(secret, Date.now());
    const results = await Promise.all(Array.from({ length: 4 }, () => checkSecondFactor(ids.rob!, code)));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual(Array(3).fill({ ok: false, reason: "code_invalid", detail: "reused_code" }));
  });

  it("accepts each recovery code once, in any case and spacing, also under parallel use", async () => {
    const [first, second] = recoveryCodes;
    // The failures of the tests above count against Rob's sign-in delay: this test is about codes.
    await prisma.signInThrottle.deleteMany({ where: { key: { startsWith: "account:rob@example.org" } } });
    const ok = await signInWithPassword(
      { email: "rob@example.org", password: PASSWORD, code: first!.toUpperCase().replace(/-/g, " ") },
      origin("10.1.0.3"),
    );
    expect(ok).toMatchObject({ ok: true });
    const session = ok.ok
      ? await prisma.auditEvent.findFirstOrThrow({ where: { action: "auth.signed_in" }, orderBy: { id: "desc" } })
      : null;
    expect(session?.after).toMatchObject({ secondFactor: "recovery_code" });
    expect(await signInWithPassword({ email: "rob@example.org", password: PASSWORD, code: first! }, origin("10.1.0.3"))).toEqual({
      ok: false,
      reason: "code_invalid",
    });
    const parallel = await Promise.all(Array.from({ length: 3 }, () => checkSecondFactor(ids.rob!, second!)));
    expect(parallel.filter((r) => r.ok)).toEqual([{ ok: true, method: "recovery_code" }]);
    expect(await prisma.recoveryCode.count({ where: { userId: ids.rob!, usedAt: null } })).toBe(8);
  });

  it("counts wrong codes in the sign-in throttle like wrong passwords: the right code does not get through while blocked", async () => {
    const address = origin("10.1.0.9");
    // Rob's earlier failures (one wrong password, three refused codes) are within the window already.
    await prisma.signInThrottle.deleteMany({ where: { key: "account:rob@example.org" } });
    const results = [];
    for (let i = 0; i < 5; i++) {
      results.push(await signInWithPassword({ email: "rob@example.org", password: PASSWORD, code: "000000" }, address));
    }
    expect(results.slice(0, 3).map((r) => !r.ok && r.reason)).toEqual(["code_invalid", "code_invalid", "code_invalid"]);
    expect(results[3]).toMatchObject({ ok: false, reason: "throttled" });
    const right = await signInWithPassword(
      { email: "rob@example.org", password: PASSWORD, code: totpCodeAt(secret, Date.now() + 30_000) },
      address,
    );
    expect(right).toMatchObject({ ok: false, reason: "throttled" });
    const row = await prisma.signInThrottle.findUniqueOrThrow({ where: { key: "account:rob@example.org" } });
    expect(row.failures).toBe(3);
  });
});

describe("turning off and resetting", () => {
  it("lets an editor turn it off with a current code, not with a wrong one", async () => {
    const { secret, confirmedAt } = await enrol("tim");
    const user = { id: ids.tim!, email: "tim@example.org", role: "editor" };
    expect(await turnOffSecondFactor(user, "000000", "test")).toEqual({ ok: false, code: "wrong_code" });
    expect(await turnOffSecondFactor(user, totpCodeAt(secret, confirmedAt + 30_000), "test")).toEqual({ ok: true });
    expect(await prisma.userSecondFactor.count({ where: { userId: ids.tim! } })).toBe(0);
    expect(await prisma.recoveryCode.count({ where: { userId: ids.tim! } })).toBe(0);
    expect(await prisma.auditEvent.count({ where: { action: "user.second_factor_disabled", entityId: String(ids.tim) } })).toBe(1);
  });

  it("counts wrong codes when turning it off like sign-ins: the right code waits too, and nothing is removed", async () => {
    const { secret, confirmedAt } = await enrol("tom");
    const user = { id: ids.tom!, email: "tom@example.org", role: "editor" };
    const now = new Date();
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await turnOffSecondFactor(user, "000000", "test", now));
    // Three free attempts (ACCOUNT_LIMITS), then a wait: refused without checking the code.
    expect(answers.slice(0, 3)).toEqual(Array(3).fill({ ok: false, code: "wrong_code" }));
    expect(answers[3]).toMatchObject({ ok: false, code: "throttled" });
    const right = await turnOffSecondFactor(user, totpCodeAt(secret, confirmedAt + 30_000), "test", now);
    expect(right).toMatchObject({ ok: false, code: "throttled" });
    expect(await prisma.userSecondFactor.count({ where: { userId: ids.tom!, enabledAt: { not: null } } })).toBe(1);
  });

  it("does not let an admin turn their own off", async () => {
    const { recoveryCodes } = await enrol("root");
    const result = await turnOffSecondFactor({ id: ids.root!, email: "root@example.org", role: "admin" }, recoveryCodes[0]!, "test");
    expect(result).toEqual({ ok: false, code: "required_for_admin" });
    expect(await prisma.recoveryCode.count({ where: { userId: ids.root!, usedAt: null } })).toBe(10);
  });

  it("an admin's reset removes the factor and recovery codes, ends the user's sessions, and is audited", async () => {
    const session = await prisma.userSession.create({
      data: { id: "eve-session", userId: ids.eve!, expiresAt: new Date(Date.now() + 3_600_000) },
    });
    const result = await resetSecondFactor({ id: ids.root!, email: "root@example.org" }, ids.eve!, "admin console");
    expect(result).toEqual({ ok: true });
    expect(await prisma.userSecondFactor.count({ where: { userId: ids.eve! } })).toBe(0);
    expect(await prisma.recoveryCode.count({ where: { userId: ids.eve! } })).toBe(0);
    expect((await prisma.userSession.findUniqueOrThrow({ where: { id: session.id } })).endReason).toBe("second_factor_reset");
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: "user.second_factor_reset", entityId: String(ids.eve) } });
    expect(audit).toMatchObject({ actorEmail: "root@example.org", origin: "admin console" });
    expect(audit.before).toMatchObject({ secondFactor: "totp", unusedRecoveryCodes: 10 });
    expect(audit.after).toMatchObject({ secondFactor: "none", endedSessions: 1 });
    // Eve signs in with her password alone again.
    expect(await signInWithPassword({ email: "eve@example.org", password: PASSWORD }, origin("10.2.0.1"))).toMatchObject({ ok: true });
    expect(await resetSecondFactor({ id: ids.root!, email: "root@example.org" }, 999_999, null)).toEqual({ ok: false, code: "not_found" });
  });
});

describe("the enrol_totp step", () => {
  it("is pending for an admin without a second factor only, and clears on enrolment", async () => {
    const signIn = async (email: string) => {
      const result = await signInWithPassword({ email, password: PASSWORD }, origin("10.3.0.1"));
      if (!result.ok) throw new Error(result.reason);
      return (await resolveSession(result.sessionId, settings))!;
    };
    const ada = await signIn("ada@example.org");
    expect(ada.pendingStep).toBe("enrol_totp");
    expect((await signIn("eve@example.org")).pendingStep).toBeNull();
    await enrol("ada");
    expect((await resolveSession(ada.sessionId, settings))?.pendingStep).toBeNull();
  });
});
