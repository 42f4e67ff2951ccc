// The per-address limit on public API reads at the edge (scripts/server.mjs), counted in this
// process's memory: answers served from the page cache never reach proxy.ts (whose counters are in
// PostgreSQL, shared by every instance), so without this a client could read a cached answer
// without any limit. Every GET/HEAD of /api/v1 counts here, with the same allowance as proxy.ts's
// per-address limit on route handlers (RATE_LIMIT_ROUTES_PER_ADDRESS per RATE_LIMIT_WINDOW_SECONDS);
// those that reach the app count there as well.
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

const API_READ = /^\/api\/v1(\/|\?|$)/;

/** @param {{ method?: string, url?: string }} req */
export function isApiRead(req) {
  return (req.method === "GET" || req.method === "HEAD") && API_READ.test(req.url ?? "");
}

/** @param {string | undefined} value @param {number} fallback */
function positive(value, fallback) {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? n : fallback;
}

/** @param {Record<string, string | undefined>} env */
export function createApiReadLimiter(env) {
  const limiter = new RateLimiterMemory({
    keyPrefix: "apiReads",
    points: positive(env.RATE_LIMIT_ROUTES_PER_ADDRESS, 300),
    duration: positive(env.RATE_LIMIT_WINDOW_SECONDS, 60),
  });
  return {
    /**
     * Counts one read for `address`: null when allowed, else the seconds to wait.
     * @param {string} address
     * @returns {Promise<number | null>}
     */
    async consume(address) {
      try {
        await limiter.consume(address.slice(0, 200));
        return null;
      } catch (error) {
        if (!(error instanceof RateLimiterRes)) throw error;
        return Math.max(1, Math.ceil(error.msBeforeNext / 1000));
      }
    },
  };
}

/** The client address as proxy.ts reads it (lib/auth/request-origin.ts): the last X-Forwarded-For entry. */
/** @param {import("node:http").IncomingHttpHeaders} headers */
export function clientAddress(headers) {
  const value = headers["x-forwarded-for"];
  const entries = (Array.isArray(value) ? value.join(",") : (value ?? ""))
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return entries.at(-1) ?? "unknown";
}

/**
 * The same 429 as proxy.ts's for route handlers.
 * @param {import("node:http").ServerResponse} res
 * @param {number} seconds
 */
export function tooManyApiReads(res, seconds) {
  const message = `Too many requests from your address. Try again in ${seconds} seconds.`;
  res.writeHead(429, {
    "Content-Type": "application/json",
    "Retry-After": String(seconds),
    "Cache-Control": "no-store",
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Expose-Headers": "Retry-After",
  });
  res.end(JSON.stringify({ error: "too_many_requests", message, retryAfterSeconds: seconds }));
}
