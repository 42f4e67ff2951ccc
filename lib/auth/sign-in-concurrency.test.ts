// Sign-in throttling under concurrency, against PostgreSQL: of many simultaneous attempts no
// more passwords are checked than the policy allows, the right password does not get through
// while the account waits, and failures from other addresses do not delay a known address.
// Passwords checked are counted through the audit log (one auth.signed_in or auth.sign_in_failed
// per checked password; a refused attempt is auth.sign_in_throttled).
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { hashPassword } from "@/lib/data/password";
import { signInWithPassword } from "./sign-in";
import { ACCOUNT_FREE_ATTEMPTS, ACCOUNT_LIMITS, ADDRESS_MAX_FAILURES } from "@/lib/domain/throttle-policy";

const PASSWORD = "a long and good passphrase";
const origin = (address: string) => ({ address, userAgent: "vitest" });

async function checkedPasswords(filter: { email?: string; addressPrefix?: string }) {
  const events = await prisma.auditEvent.findMany({ where: { action: { in: ["auth.signed_in", "auth.sign_in_failed"] } } });
  return events.filter(
    (e) =>
      (!filter.email || (e.after as { email?: string } | null)?.email === filter.email) &&
      (!filter.addressPrefix || e.origin?.startsWith(filter.addressPrefix)),
  ).length;
}

/**
 * 50 sign-ins at once: wrong passwords and (unless rightAt is -1) the right one in the middle.
 * They run concurrently against the database; all are stamped with the same arrival time, so
 * how fast this machine happens to be cannot let a wait run out in the middle of the burst.
 */
function burst(email: string, address: (i: number) => string, rightAt = 25, now = new Date()) {
  return Promise.all(
    Array.from({ length: 50 }, (_, i) =>
      signInWithPassword({ email, password: i === rightAt ? PASSWORD : `wrong guess ${i}` }, origin(address(i)), now),
    ),
  );
}

beforeAll(async () => {
  const passwordHash = await hashPassword(PASSWORD);
  await prisma.user.createMany({
    data: ["target", "delayed", "sprayed", "owner"].map((name) => ({
      email: `${name}@example.org`,
      name,
      role: "editor" as const,
      passwordHash,
    })),
  });
});

describe("sign-in throttling under concurrency", () => {
  it("checks at most the free attempts of 50 simultaneous sign-ins to one account", async () => {
    const results = await burst("target@example.org", (i) => `192.0.2.${i}`);
    const checked = await checkedPasswords({ email: "target@example.org" });
    expect(checked).toBeGreaterThanOrEqual(1);
    expect(checked).toBeLessThanOrEqual(ACCOUNT_FREE_ATTEMPTS);
    expect(results.filter((r) => !r.ok && r.reason === "throttled")).toHaveLength(50 - checked);
  });

  it("does not let the right password through while the account waits, and does not lengthen the wait", async () => {
    // The state the policy leaves after 8 failed attempts: a wait of a few minutes.
    const blockedUntil = new Date(Date.now() + 1000 * ACCOUNT_LIMITS.waitAfter(8));
    await prisma.signInThrottle.create({ data: { key: "account:delayed@example.org", failures: 8, blockedUntil } });
    const results = await burst("delayed@example.org", (i) => `198.18.0.${i}`);
    expect(results.every((r) => !r.ok && r.reason === "throttled")).toBe(true);
    expect(await checkedPasswords({ email: "delayed@example.org" })).toBe(0);
    const row = await prisma.signInThrottle.findUniqueOrThrow({ where: { key: "account:delayed@example.org" } });
    expect(row).toMatchObject({ failures: 8, blockedUntil });
  });

  it("checks at most the per-address limit of 50 simultaneous sign-ins from one address", async () => {
    const address = "203.0.113.77";
    const now = new Date();
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        signInWithPassword({ email: `someone${i}@example.org`, password: "Winter2023!!" }, origin(address), now),
      ),
    );
    const checked = await checkedPasswords({ addressPrefix: `${address} ` });
    expect(checked).toBe(ADDRESS_MAX_FAILURES);
    expect(results.filter((r) => !r.ok && r.reason === "throttled")).toHaveLength(50 - checked);
    // The address is blocked for every account, the right password included; other addresses are not.
    const sprayed = (from: string) => signInWithPassword({ email: "sprayed@example.org", password: PASSWORD }, origin(from));
    expect(await sprayed(address)).toMatchObject({ ok: false, reason: "throttled" });
    expect(await sprayed("203.0.113.78")).toMatchObject({ ok: true });
  });

  it("does not delay the owner at an address they signed in from before, whatever other addresses try", async () => {
    const home = "100.64.0.1";
    expect(await signInWithPassword({ email: "owner@example.org", password: PASSWORD }, origin(home))).toMatchObject({ ok: true });
    const now = new Date();
    const attack = await burst("owner@example.org", (i) => `100.64.1.${i}`, -1, now);
    expect(attack.filter((r) => !r.ok && r.reason === "throttled").length).toBeGreaterThanOrEqual(50 - ACCOUNT_FREE_ATTEMPTS);
    // A second later, elsewhere the account still waits; at home its owner signs in at once.
    const later = new Date(now.getTime() + 1000);
    const owner = (from: string, password = PASSWORD) => signInWithPassword({ email: "owner@example.org", password }, origin(from), later);
    expect(await owner("100.64.2.1")).toMatchObject({ ok: false, reason: "throttled" });
    expect(await owner(home)).toMatchObject({ ok: true });
    // The known address is throttled on its own counter: guessing from there is slowed down too.
    const before = await checkedPasswords({ addressPrefix: `${home} ` });
    await Promise.all(Array.from({ length: 20 }, (_, i) => owner(home, `guess ${i}`)));
    expect((await checkedPasswords({ addressPrefix: `${home} ` })) - before).toBeLessThanOrEqual(ACCOUNT_FREE_ATTEMPTS);
  });
});
