import "server-only";
// Sign-in attempt counters, kept in PostgreSQL so throttling survives restarts and holds across
// app instances. The rules are in lib/domain/throttle-policy.ts; here each attempt is counted by
// one atomic statement per key, before the password is checked, so concurrent attempts cannot
// all read "no wait yet" and go ahead together.
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { waitTable, type ThrottleLimits } from "@/lib/domain/throttle-policy";

export interface ThrottleKey {
  key: string;
  limits: ThrottleLimits;
}

export type Admission = { admitted: true } | { admitted: false; retryAfterMs: number };

/**
 * Counts one attempt against `key` unless a wait is running. Counting and the check are one
 * INSERT ... ON CONFLICT DO UPDATE ... WHERE: PostgreSQL locks the row, evaluates the WHERE on
 * its latest version, and RETURNING yields a row only when the attempt was counted. A refused
 * attempt changes nothing, so it does not lengthen the wait.
 */
async function admitOne({ key, limits }: ThrottleKey, now: Date): Promise<boolean> {
  const waits = waitTable(limits);
  const forget = `${limits.forgetAfterMs} milliseconds`;
  const count = (old: string) => Prisma.sql`CASE WHEN ${Prisma.raw(old)}.last_fail_at < ${now}::timestamptz - ${forget}::interval
    THEN 1 ELSE ${Prisma.raw(old)}.failures + 1 END`;
  const waitAfter = (n: Prisma.Sql) => Prisma.sql`(${waits}::int[])[LEAST(${n}, cardinality(${waits}::int[]))]`;
  // No wait: NULL rather than `now`, as concurrent requests' clocks differ by a few ms and an
  // attempt stamped a little earlier must not be refused by a zero wait.
  const until = (n: Prisma.Sql) =>
    Prisma.sql`CASE WHEN ${waitAfter(n)} = 0 THEN NULL ELSE ${now}::timestamptz + make_interval(secs => ${waitAfter(n)}) END`;
  // In SET, t.* is the row as it was; the WHERE is evaluated on the locked, latest version.
  const rows = await prisma.$queryRaw<Array<{ failures: number }>>`
    INSERT INTO sign_in_throttle AS t (key, failures, first_fail_at, last_fail_at, blocked_until)
    VALUES (${key}, 1, ${now}, ${now}, ${until(Prisma.sql`1`)})
    ON CONFLICT (key) DO UPDATE SET
      failures = ${count("t")},
      first_fail_at = CASE WHEN t.last_fail_at < ${now}::timestamptz - ${forget}::interval
        THEN ${now}::timestamptz ELSE t.first_fail_at END,
      last_fail_at = ${now},
      blocked_until = ${until(count("t"))}
    WHERE t.blocked_until IS NULL OR t.blocked_until <= ${now}::timestamptz
    RETURNING t.failures`;
  return rows.length === 1;
}

/** Time left of the wait on any of the keys, in ms. */
async function remainingWait(keys: string[], now: Date): Promise<number> {
  const rows = await prisma.signInThrottle.findMany({ where: { key: { in: keys } }, select: { blockedUntil: true } });
  return Math.max(1000, ...rows.map((r) => (r.blockedUntil ? r.blockedUntil.getTime() - now.getTime() : 0)));
}

/**
 * Counts the attempt against each key in turn and stops at the first that refuses it (the
 * keys before it keep the count: a refused attempt is still a failure of that address).
 */
export async function admitAttempt(keys: ThrottleKey[], now = new Date()): Promise<Admission> {
  for (const key of keys) {
    if (!(await admitOne(key, now))) return { admitted: false, retryAfterMs: await remainingWait([key.key], now) };
  }
  return { admitted: true };
}

/**
 * Gives a successful attempt's count back. Only the count: a running wait stays, so a success
 * never opens the door to attempts made in parallel with it.
 */
export async function refundAttempt(keys: ThrottleKey[]): Promise<void> {
  await prisma.signInThrottle.updateMany({
    where: { key: { in: keys.map((k) => k.key) }, failures: { gt: 0 } },
    data: { failures: { decrement: 1 } },
  });
}
