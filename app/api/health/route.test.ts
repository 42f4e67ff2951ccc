// The health endpoint against a PostgreSQL that this test stops and starts again: 200 while it
// runs, 503 with "unreachable" while it is down, 200 again once it is back, with no restart of
// the app's database client in between.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { freePort, startEmbeddedPostgres, type Database } from "@/scripts/lib/postgres";

let parent: string;
let port: number;
let server: Database;
let GET: () => Promise<Response>;

async function startServer() {
  return startEmbeddedPostgres({ dir: path.join(parent, "pg"), port, database: "health", persistent: true });
}

beforeAll(async () => {
  // A private temp folder (mode 700): as root the data then lives elsewhere (server.dataDir).
  parent = await mkdtemp(path.join(os.tmpdir(), "crisis-ledger-health-"));
  port = await freePort();
  server = await startServer();
  process.env.DATABASE_URL = server.url;
  ({ GET } = await import("./route"));
});

afterAll(async () => {
  await server?.stop();
  await rm(parent, { recursive: true, force: true });
  if (server?.dataDir) await rm(server.dataDir, { recursive: true, force: true });
});

describe("GET /api/health", () => {
  it("answers 200 with the database ok while it runs", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "ok" });
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("answers 503 with the database unreachable while it is down, and recovers by itself", async () => {
    await server.stop();
    const down = await GET();
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ status: "degraded", database: "unreachable" });

    server = await startServer();
    const up = await GET();
    expect(up.status).toBe(200);
    expect(await up.json()).toEqual({ status: "ok", database: "ok" });
  });
});

describe("GET /api/health with a read replica (DATABASE_READ_URL)", () => {
  // Public pages read the replica, so an unreachable one makes the instance unhealthy.
  afterEach(async () => {
    const cached = globalThis as unknown as { readPrisma?: { $disconnect(): Promise<void> } };
    await cached.readPrisma?.$disconnect();
    delete cached.readPrisma;
    delete process.env.DATABASE_READ_URL;
  });

  it("answers 503 with the replica unreachable while it is down; the primary is still ok", async () => {
    const url = new URL(server.url);
    url.port = String(await freePort()); // nothing listens there
    process.env.DATABASE_READ_URL = url.toString();
    const response = await GET();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "degraded", database: "ok", replica: "unreachable", replicaLagSeconds: null });
  });

  it("reports the replica ok with its lag when it answers (here a primary stands in: never behind)", async () => {
    process.env.DATABASE_READ_URL = server.url;
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "ok", replica: "ok", replicaLagSeconds: 0 });
  });
});
