// The one Prisma client of the process, on the PrismaPg driver adapter with explicit pool
// settings. Created on first use (so `next build` can import pages without a database) and
// cached on globalThis so dev-mode reloads do not open a second pool.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseEnv } from "@/lib/env";

function createClient() {
  const { DATABASE_URL, DATABASE_POOL_MAX } = databaseEnv();
  const adapter = new PrismaPg({
    connectionString: DATABASE_URL,
    max: DATABASE_POOL_MAX,
    // Fail fast when the database is down, so /api/health can answer 503 promptly; a broken
    // connection is dropped from the pool and the next query opens a fresh one.
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
  });
  return new PrismaClient({ adapter });
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function client(): PrismaClient {
  globalForPrisma.prisma ??= createClient();
  return globalForPrisma.prisma;
}

export const prisma: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const real = client();
    const value = Reflect.get(real, property, real) as unknown;
    return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(real) : value;
  },
});
