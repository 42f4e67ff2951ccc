// Public reads never hold more than pool size - 2 connections, and none is dropped while waiting.
import { describe, expect, it } from "vitest";
import { databaseEnv } from "@/lib/env";
import { publicRead } from "./read-slots";

describe("publicRead", () => {
  it("runs at most pool size - 2 reads at once and queues the rest without a deadline", async () => {
    const slots = databaseEnv().DATABASE_POOL_MAX - 2;
    let running = 0;
    let most = 0;
    const reads = Array.from({ length: 50 }, (_, i) =>
      publicRead(async () => {
        running++;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, 5));
        running--;
        return i;
      }),
    );
    expect(await Promise.all(reads)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(most).toBe(slots);
  });
});
