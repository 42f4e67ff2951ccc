// The per-address limit on public API reads at the edge: which requests count, and the 429 after the allowance.
import { describe, expect, it } from "vitest";
import { clientAddress, createApiReadLimiter, isApiRead } from "./api-limit.mjs";

describe("the limit on API reads at the edge", () => {
  it("counts GET and HEAD of /api/v1 only", () => {
    expect(isApiRead({ method: "GET", url: "/api/v1/figures?limit=5" })).toBe(true);
    expect(isApiRead({ method: "HEAD", url: "/api/v1" })).toBe(true);
    expect(isApiRead({ method: "GET", url: "/api/v1?x=1" })).toBe(true);
    expect(isApiRead({ method: "OPTIONS", url: "/api/v1/figures" })).toBe(false);
    expect(isApiRead({ method: "GET", url: "/api/v10" })).toBe(false);
    expect(isApiRead({ method: "GET", url: "/api/health" })).toBe(false);
    expect(isApiRead({ method: "GET", url: "/figures/1" })).toBe(false);
  });

  it("allows the configured reads per address and window, then says how long to wait", async () => {
    const limiter = createApiReadLimiter({ RATE_LIMIT_ROUTES_PER_ADDRESS: "3", RATE_LIMIT_WINDOW_SECONDS: "60" });
    const verdicts = [];
    for (let i = 0; i < 4; i++) verdicts.push(await limiter.consume("203.0.113.7"));
    expect(verdicts.slice(0, 3)).toEqual([null, null, null]);
    expect(verdicts[3]).toBeGreaterThan(0);
    expect(verdicts[3]).toBeLessThanOrEqual(60);
    // Another address has its own allowance.
    expect(await limiter.consume("203.0.113.8")).toBeNull();
  });

  it("reads the client address as proxy.ts does: the last X-Forwarded-For entry", () => {
    expect(clientAddress({ "x-forwarded-for": "198.51.100.1, 203.0.113.7" })).toBe("203.0.113.7");
    expect(clientAddress({})).toBe("unknown");
  });
});
