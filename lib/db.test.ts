// Without DATABASE_READ_URL, public reads (readPrisma) go through the primary's own client and pool;
// a malformed DATABASE_READ_URL is refused with a message that names it.
import { afterEach, describe, expect, it } from "vitest";
import { databaseEnv } from "@/lib/env";
import { replicaReached } from "@/lib/data/replica";
import { prisma, readPrisma } from "./db";

const cached = globalThis as unknown as { prisma?: object; readPrisma?: object };
const saved = process.env.DATABASE_READ_URL;
afterEach(() => {
  if (saved === undefined) delete process.env.DATABASE_READ_URL;
  else process.env.DATABASE_READ_URL = saved;
});

describe("readPrisma", () => {
  it("is the primary client when DATABASE_READ_URL is unset: no second pool", async () => {
    delete process.env.DATABASE_READ_URL;
    const readPid = (await readPrisma.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`)[0]!.pid;
    expect(cached.prisma).toBeDefined();
    expect(cached.readPrisma).toBeUndefined();
    // One connection in the pool while idle: the same backend serves both.
    const pid = (await prisma.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`)[0]!.pid;
    expect(readPid).toBe(pid);
  });

  it("without a replica, every data version counts as reached at once (no polling)", async () => {
    delete process.env.DATABASE_READ_URL;
    expect(await replicaReached(Number.MAX_SAFE_INTEGER, 0)).toBe(true);
  });

  it("refuses a DATABASE_READ_URL that is not a postgresql:// address", () => {
    process.env.DATABASE_READ_URL = "mysql://replica.example.org/ledger";
    expect(() => databaseEnv()).toThrow(/DATABASE_READ_URL must be a postgresql:\/\/ connection string/);
  });
});
