import "server-only";
// Counters of failed sign-ins, kept in PostgreSQL so throttling survives restarts and holds
// across app instances. The rules are in lib/auth/throttle-policy.ts.
import { prisma } from "@/lib/db";
import { afterFailure, waitBeforeAttempt, type ThrottleLimits } from "@/lib/auth/throttle-policy";

export interface ThrottleKey {
  key: string;
  limits: ThrottleLimits;
}

/** The longest wait any of the keys imposes on an attempt now, in ms. */
export async function currentWait(keys: ThrottleKey[], now = new Date()): Promise<number> {
  const rows = await prisma.signInThrottle.findMany({ where: { key: { in: keys.map((k) => k.key) } } });
  return Math.max(0, ...rows.map((row) => waitBeforeAttempt(row, now)));
}

/** Counts one failure against every key; row locks keep concurrent failures from being lost. */
export async function recordFailure(keys: ThrottleKey[], now = new Date()): Promise<void> {
  await prisma.$transaction(async (tx) => {
    for (const { key, limits } of keys) {
      await tx.$executeRaw`INSERT INTO sign_in_throttle (key) VALUES (${key}) ON CONFLICT (key) DO NOTHING`;
      const [row] = await tx.$queryRaw<Array<{ failures: number; first_fail_at: Date; last_fail_at: Date; blocked_until: Date | null }>>`
        SELECT failures, first_fail_at, last_fail_at, blocked_until FROM sign_in_throttle WHERE key = ${key} FOR UPDATE`;
      const previous = row && row.failures > 0
        ? { failures: row.failures, firstFailAt: row.first_fail_at, lastFailAt: row.last_fail_at, blockedUntil: row.blocked_until }
        : null;
      const next = afterFailure(previous, now, limits);
      await tx.signInThrottle.update({ where: { key }, data: next });
    }
  });
}

export async function clearFailures(key: string): Promise<void> {
  await prisma.signInThrottle.deleteMany({ where: { key } });
}
