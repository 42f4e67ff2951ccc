// /api/health: the primary, and the read replica when DATABASE_READ_URL names one (public pages
// read it, so an unreachable replica makes the instance unhealthy).
import { afterEach, describe, expect, it } from "vitest";
import { freePort } from "@/scripts/lib/postgres";
import { GET } from "./route";

const saved = process.env.DATABASE_READ_URL;
afterEach(async () => {
  const cached = globalThis as unknown as { readPrisma?: { $disconnect(): Promise<void> } };
  await cached.readPrisma?.$disconnect();
  delete cached.readPrisma;
  if (saved === undefined) delete process.env.DATABASE_READ_URL;
  else process.env.DATABASE_READ_URL = saved;
});

describe("GET /api/health", () => {
  it("without a replica: ok, and no replica fields", async () => {
    delete process.env.DATABASE_READ_URL;
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "ok" });
  });

  it("with a replica that cannot be reached: 503, replica unreachable", async () => {
    const url = new URL(process.env.DATABASE_URL!);
    url.port = String(await freePort()); // nothing listens there
    process.env.DATABASE_READ_URL = url.toString();
    const response = await GET();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "degraded", database: "ok", replica: "unreachable", replicaLagSeconds: null });
  });
});
