import "server-only";
// Rate limits (rate-limiter-flexible): a fixed window of RATE_LIMIT_WINDOW_SECONDS per limit and
// key, counted in PostgreSQL (table rate_limit, one upsert per request) so every instance of the
// app shares the same counters. While the database cannot be reached, each instance counts in
// memory instead (the library's insurance limiter), so a database outage neither lifts the limits
// nor turns every request into an error.
import { RateLimiterMemory, RateLimiterPrisma, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { prisma } from "@/lib/db";
import { rateLimitEnv } from "@/lib/env";

export type RateLimitName = "actionsPerUser" | "postsPerAddress" | "routesPerAddress";

export type RateLimitVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface RateLimiter {
  consume(key: string): Promise<RateLimitVerdict>;
}

/** A limiter of `points` requests per `durationSeconds` for each key; `name` keeps limits apart. */
export function createRateLimiter(name: string, points: number, durationSeconds: number): RateLimiter {
  const limiter: RateLimiterAbstract = new RateLimiterPrisma({
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
