// The classifier against the errors a real outage produces: a PostgreSQL that this test stops
// (not the shared test server), reached through the app's own Prisma client.
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, startEmbeddedPostgres, type Database } from "@/scripts/lib/postgres";
import { databaseUnavailableResponse, isDatabaseUnavailable } from "./availability";

let parent: string;
let server: Database | undefined;
let prisma: (typeof import("@/lib/db"))["prisma"];

const errorOf = (work: () => Promise<unknown>) =>
  work().then(
    () => null,
    (error: unknown) => error,
  );

beforeAll(async () => {
  parent = await mkdtemp(path.join(os.tmpdir(), "crisis-ledger-availability-"));
  await chmod(parent, 0o755);
  const port = await freePort();
  server = await startEmbeddedPostgres({ dir: path.join(parent, "pg"), port, database: "availability", persistent: false });
  process.env.DATABASE_URL = server.url;
  ({ prisma } = await import("@/lib/db"));
});

afterAll(async () => {
  await server?.stop().catch(() => {});
  await rm(parent, { recursive: true, force: true });
});

describe("isDatabaseUnavailable", () => {
  it("is false for errors of a working database: bad SQL, a missing table", async () => {
    const syntax = await errorOf(() => prisma.$queryRawUnsafe("SELEC 1"));
    const missing = await errorOf(() => prisma.user.findMany());
    expect(syntax).toBeInstanceOf(Error);
    expect(missing).toBeInstanceOf(Error);
    expect(isDatabaseUnavailable(syntax)).toBe(false);
    expect(isDatabaseUnavailable(missing)).toBe(false);
    expect(isDatabaseUnavailable(new Error("boom"))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });

  it("is true for what queries, model reads and transactions throw while the database is down", async () => {
    await prisma.$queryRaw`SELECT 1`;
    await server!.stop();
    server = undefined;
    const errors = [
      await errorOf(() => prisma.$queryRaw`SELECT 1`),
      await errorOf(() => prisma.user.findMany()),
      await errorOf(() => prisma.$transaction(async (tx) => tx.$queryRaw`SELECT 1`)),
    ];
    for (const error of errors) {
      expect(error).toBeInstanceOf(Error);
      expect(isDatabaseUnavailable(error), String(error)).toBe(true);
    }
  });

  it("knows the driver's low-level shapes too (socket errors, PostgreSQL shutting down)", () => {
    expect(isDatabaseUnavailable(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }))).toBe(true);
    const shutdown = Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" });
    expect(isDatabaseUnavailable(shutdown)).toBe(true);
    expect(isDatabaseUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isDatabaseUnavailable(new Error("wrapped", { cause: { kind: "ConnectionClosed" } }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("duplicate key"), { code: "23505" }))).toBe(false);
  });

  it("the route handlers' answer is a 503 with Retry-After", async () => {
    const response = databaseUnavailableResponse();
    expect(response.status).toBe(503);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await response.text()).toContain("temporarily unavailable");
  });
});
