import { describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { createRateLimiter } from "./rate-limits";

describe("rate limits (PostgreSQL store)", () => {
  it("allows the limit, then refuses with the seconds until the window ends", async () => {
    const limiter = createRateLimiter("test-sequential", 3, 60);
    for (let i = 0; i < 3; i++) expect(await limiter.consume("user:1")).toEqual({ allowed: true });
    const refused = await limiter.consume("user:1");
    expect(refused.allowed).toBe(false);
    if (!refused.allowed) {
      expect(refused.retryAfterSeconds).toBeGreaterThanOrEqual(1);
      expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60);
    }
    // Another key and another limit count on their own.
    expect(await limiter.consume("user:2")).toEqual({ allowed: true });
    expect(await createRateLimiter("test-other", 3, 60).consume("user:1")).toEqual({ allowed: true });
    // The counters are in the database, where every instance of the app sees them.
    const row = await prisma.rateLimit.findUnique({ where: { key: "test-sequential:user:1" } });
    expect(row?.points).toBe(4);
  });

  it("counts concurrent requests atomically: of 30 at once exactly the limit get through", async () => {
    const limiter = createRateLimiter("test-concurrent", 5, 60);
    const verdicts = await Promise.all(Array.from({ length: 30 }, () => limiter.consume("address:203.0.113.9")));
    expect(verdicts.filter((v) => v.allowed)).toHaveLength(5);
  });

  it("shares counters between limiter instances (as between instances of the app)", async () => {
    const a = createRateLimiter("test-shared", 4, 60);
    const b = createRateLimiter("test-shared", 4, 60);
    expect(await a.consume("k")).toEqual({ allowed: true });
    expect(await b.consume("k")).toEqual({ allowed: true });
    expect(await a.consume("k")).toEqual({ allowed: true });
    expect(await b.consume("k")).toEqual({ allowed: true });
    expect((await a.consume("k")).allowed).toBe(false);
  });

  it("counts with one statement per request (proxy.ts waits for it on every request it limits)", async () => {
    void prisma.rateLimit; // creates the client behind the lazy one
    const client = (globalThis as unknown as { prisma: typeof prisma }).prisma;
    const statements = vi.spyOn(client, "$queryRaw");
    const deletes = vi.spyOn(client.rateLimit, "deleteMany");
    const upserts = vi.spyOn(client.rateLimit, "upsert");
    try {
      const limiter = createRateLimiter("test-statements", 2, 60);
      const verdicts = [await limiter.consume("k"), await limiter.consume("k"), await limiter.consume("k")];
      expect(verdicts.map((v) => v.allowed)).toEqual([true, true, false]);
      expect(statements).toHaveBeenCalledTimes(3);
      expect(deletes).not.toHaveBeenCalled();
      expect(upserts).not.toHaveBeenCalled();
    } finally {
      vi.restoreAllMocks();
    }
  });

  it("starts a new window when the old one has ended", async () => {
    const limiter = createRateLimiter("test-window", 1, 1);
    expect(await limiter.consume("k")).toEqual({ allowed: true });
    expect((await limiter.consume("k")).allowed).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await limiter.consume("k")).toEqual({ allowed: true });
  });
});
