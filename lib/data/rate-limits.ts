import "server-only";
// Rate limits (rate-limiter-flexible): a fixed window of RATE_LIMIT_WINDOW_SECONDS per limit and
// key, counted in PostgreSQL (table rate_limit, one statement per request) so every instance of the
// app shares the same counters. While the database cannot be reached, each instance counts in
// memory instead (the library's insurance limiter), so a database outage neither lifts the limits
// nor turns every request into an error.
import { RateLimiterMemory, RateLimiterPrisma, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { prisma } from "@/lib/db";
import { rateLimitEnv } from "@/lib/env";

/**
 * The library's Prisma store, counting with one statement instead of two. RateLimiterPrisma deletes
 * the key's expired row and then upserts, two round trips one after the other on every request that
 * proxy.ts limits (every API read among them); this restarts an expired window inside the same
 * INSERT ... ON CONFLICT, as the library's own PostgreSQL store does. Atomic like the original: the
 * row is locked by the conflict, so concurrent requests are all counted. `_upsert` is the store's
 * hook (RateLimiterStoreAbstract calls it with the key, the points and the window in ms, and reads
 * `points` and `expire` of the row it returns); lib/data/rate-limits.test.ts checks the limit, the
 * windows, atomicity under concurrency and the counters shared between instances.
 */
class RateLimiterPrismaOneStatement extends RateLimiterPrisma {
  async _upsert(key: string, points: number, msDuration: number, forceExpire = false): Promise<{ points: number; expire: Date | null }> {
    const now = new Date();
    const expire = msDuration > 0 ? new Date(now.getTime() + msDuration) : null;
    const [row] = await prisma.$queryRaw<Array<{ points: number; expire: Date | null }>>`
      INSERT INTO rate_limit (key, points, expire) VALUES (${key}, ${points}, ${expire}::timestamptz)
      ON CONFLICT (key) DO UPDATE SET
        points = CASE WHEN ${forceExpire}::boolean OR rate_limit.expire <= ${now}::timestamptz THEN EXCLUDED.points
          ELSE rate_limit.points + EXCLUDED.points END,
        expire = CASE WHEN ${forceExpire}::boolean OR rate_limit.expire <= ${now}::timestamptz THEN EXCLUDED.expire
          ELSE rate_limit.expire END
      RETURNING points, expire`;
    return row!;
  }
}

export type RateLimitName = "actionsPerUser" | "postsPerAddress" | "routesPerAddress";

export type RateLimitVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface RateLimiter {
  consume(key: string): Promise<RateLimitVerdict>;
}

/** A limiter of `points` requests per `durationSeconds` for each key; `name` keeps limits apart. */
export function createRateLimiter(name: string, points: number, durationSeconds: number): RateLimiter {
  const limiter: RateLimiterAbstract = new RateLimiterPrismaOneStatement({
    storeClient: prisma,
    tableName: "rateLimit", // the Prisma model RateLimit
    keyPrefix: name,
    points,
    duration: durationSeconds,
    insuranceLimiter: new RateLimiterMemory({ keyPrefix: name, points, duration: durationSeconds }),
  });
  return {
    async consume(key) {
      try {
        await limiter.consume(key.slice(0, 200));
        return { allowed: true };
      } catch (error) {
        // The library rejects with the counter's state when the limit is exceeded; anything else is a bug.
        if (!(error instanceof RateLimiterRes)) throw error;
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)) };
      }
    },
  };
}

const globalForLimits = globalThis as unknown as { rateLimiters?: Map<RateLimitName, RateLimiter> };

/** Counts one request against the configured limit `name` for `key` (a user id or a client address). */
export function consumeRateLimit(name: RateLimitName, key: string): Promise<RateLimitVerdict> {
  globalForLimits.rateLimiters ??= new Map();
  let limiter = globalForLimits.rateLimiters.get(name);
  if (!limiter) {
    const config = rateLimitEnv();
    const points = {
      actionsPerUser: config.RATE_LIMIT_ACTIONS_PER_USER,
      postsPerAddress: config.RATE_LIMIT_POSTS_PER_ADDRESS,
      routesPerAddress: config.RATE_LIMIT_ROUTES_PER_ADDRESS,
    }[name];
    limiter = createRateLimiter(name, points, config.RATE_LIMIT_WINDOW_SECONDS);
    globalForLimits.rateLimiters.set(name, limiter);
  }
  return limiter.consume(key);
}
