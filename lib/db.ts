// The one Prisma client of the process, on the PrismaPg driver adapter with explicit pool
// settings. Cached on globalThis so dev-mode reloads do not open a second pool.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

function createClient() {
  const { DATABASE_URL, DATABASE_POOL_MAX } = env();
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

const globalForPrisma = globalThis as unknown as { prisma?: ReturnType<typeof createClient> };

export const prisma = globalForPrisma.prisma ?? createClient();
if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = prisma;
