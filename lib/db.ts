// The Prisma clients of the process, on the PrismaPg driver adapter with explicit pool settings:
// `prisma` on the primary (DATABASE_URL) for everything, and `readPrisma` for public reads, on a
// streaming replica when DATABASE_READ_URL is set (else it is the primary client). Created on
// first use (so `next build` can import pages without a database) and cached on globalThis so
// dev-mode reloads do not open a second pool.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseEnv } from "@/lib/env";

function createClient(connectionString: string, max: number) {
  const adapter = new PrismaPg({
    connectionString,
    max,
    // Fail fast when the database is down, so /api/health can answer 503 promptly; a broken
    // connection is dropped from the pool and the next query opens a fresh one.
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
  });
  return new PrismaClient({ adapter });
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient; readPrisma?: PrismaClient; bulkPool?: pg.Pool };

function client(): PrismaClient {
  if (!globalForPrisma.prisma) {
    const { DATABASE_URL, DATABASE_POOL_MAX } = databaseEnv();
    globalForPrisma.prisma = createClient(DATABASE_URL, DATABASE_POOL_MAX);
  }
  return globalForPrisma.prisma;
}

function readClient(): PrismaClient {
  if (globalForPrisma.readPrisma) return globalForPrisma.readPrisma;
  const { DATABASE_READ_URL, DATABASE_POOL_MAX } = databaseEnv();
  // No replica: public reads share the primary's client and pool.
  if (!DATABASE_READ_URL) return client();
  globalForPrisma.readPrisma = createClient(DATABASE_READ_URL, DATABASE_POOL_MAX);
  return globalForPrisma.readPrisma;
}

/** Resolves the real client on each use, so importing this module opens no connection. */
function lazy(resolve: () => PrismaClient): PrismaClient {
  return new Proxy({} as PrismaClient, {
    get(_target, property) {
      const real = resolve();
      const value = Reflect.get(real, property, real) as unknown;
      return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(real) : value;
    },
  });
}

/** The primary: every write, staff page, session, throttle and read-your-own-write check. */
export const prisma: PrismaClient = lazy(client);

/**
 * Public reads only (published data): the replica when DATABASE_READ_URL is set, which may lag
 * the primary by up to a second or so, else the primary client itself. Never for a read that
 * must see a write just made (a staff page, a check before a write, a session).
 */
export const readPrisma: PrismaClient = lazy(readClient);

/** Whether public reads go to a replica (DATABASE_READ_URL is set), which may lag the primary. */
export function hasReadReplica(): boolean {
  return Boolean(databaseEnv().DATABASE_READ_URL);
}

/** How many connections the bulk pool may open (the import's preview keeps up to three statements in flight). */
const BULK_POOL_MAX = 3;

/**
 * A plain `pg` pool on the primary, only for statements whose parameters are megabytes (the bulk
 * import's chunks of rows): Prisma's raw queries turn every parameter into JSON and parse it back on
 * the way to the driver, ~0.65 s of Node's time for 100,000 rows (`npm run bench:import`). Created on
 * first use, at most BULK_POOL_MAX connections beside DATABASE_POOL_MAX; idle ones close after 10 s
 * and never keep the process alive.
 */
export function bulkPool(): pg.Pool {
  if (!globalForPrisma.bulkPool) {
    const { DATABASE_URL } = databaseEnv();
    const pool = new pg.Pool({
      connectionString: DATABASE_URL,
      max: BULK_POOL_MAX,
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 10_000,
      allowExitOnIdle: true,
    });
    // An idle connection that breaks (the server restarts) leaves the pool; the next query opens another.
    pool.on("error", () => undefined);
    globalForPrisma.bulkPool = pool;
  }
  return globalForPrisma.bulkPool;
}
