// npm start: the whole app from one command.
//   1. the database: DATABASE_URL when set (nothing is started), else an embedded PostgreSQL
//      whose data is kept in .data/postgres (EMBEDDED_POSTGRES_DIR) across restarts;
//   2. pending migrations applied as the owner role (MIGRATION_DATABASE_URL), the app role granted
//      its privileges; the app server and the seed only ever use the app role (DATABASE_URL);
//   3. the demo data seeded once (unless DEMO_DATA=off, or NODE_ENV=production without DEMO_DATA=on);
//   4. a production build made if the sources changed since the last one;
//   5. `next start` on PORT (3000). Ctrl-C stops the app, then the database.
import { spawn } from "node:child_process";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import { migrateDatabase } from "../lib/migrations/roles";
import { seedDemoData } from "../prisma/seed/seed";
import { authSecret } from "./lib/auth-secret";
import { buildIfNeeded } from "./lib/build";
import { demoDataWanted } from "./lib/demo";
import { StartupError } from "./lib/pg-cluster";
import { openAppDatabase, type Database } from "./lib/postgres";

const ROOT = path.resolve(import.meta.dirname, "..");
const log = (line: string) => console.log(`[crisis-ledger] ${line}`);

let db: Database | undefined;

async function seedIfWanted(url: string) {
  if (!demoDataWanted()) {
    log("Demo data is off (DEMO_DATA=off or NODE_ENV=production): nothing seeded.");
    return;
  }
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 2 }) });
  try {
    const result = await seedDemoData(prisma, { authSecret: await authSecret(ROOT) });
    log(result.seeded ? "Demo data loaded." : "Demo data is already there.");
  } finally {
    await prisma.$disconnect();
  }
}

async function main() {
  const port = Number(process.env.PORT ?? 3000);
  let shuttingDown = false;

  const stopDatabase = async () => {
    if (db?.embedded) log("Stopping the embedded PostgreSQL...");
    await db?.stop();
  };

  // Ctrl-C before the app is up: still stop the database cleanly.
  const earlyExit = () => {
    shuttingDown = true;
    void stopDatabase().finally(() => process.exit(130));
  };
  process.once("SIGINT", earlyExit);
  process.once("SIGTERM", earlyExit);

  db = await openAppDatabase(ROOT, (line) => process.env.DEBUG_POSTGRES && log(line));
  const dataDir = db.dataDir ?? "";
  const where = dataDir.startsWith(ROOT + path.sep) ? path.relative(ROOT, dataDir) : dataDir;
  log(db.embedded ? `Embedded PostgreSQL is running (data in ${where}).` : "Using the database in DATABASE_URL.");
  const applied = await migrateDatabase(db);
  log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database schema is up to date.");
  await seedIfWanted(db.url);
  await buildIfNeeded(ROOT, log);
  if (shuttingDown) return;

  process.removeListener("SIGINT", earlyExit);
  process.removeListener("SIGTERM", earlyExit);

  const app = spawn(process.execPath, [path.join(ROOT, "scripts", "server.mjs")], {
    cwd: ROOT,
    stdio: "inherit",
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: db.url,
      NEXTAUTH_SECRET: await authSecret(ROOT),
      // next-auth builds its redirects from this; behind a proxy, set it to the public address.
      NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? process.env.PUBLIC_URL ?? `http://localhost:${port}`,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  log(`Crisis Ledger: http://localhost:${port}`);

  const shutdown = (signal: NodeJS.Signals) => {
    if (shuttingDown) return;
    shuttingDown = true;
    log(`${signal}: stopping the app...`);
    app.kill("SIGTERM");
  };
  process.on("SIGINT", () => shutdown("SIGINT"));
  process.on("SIGTERM", () => shutdown("SIGTERM"));

  const code = await new Promise<number>((resolve) => app.on("exit", (c) => resolve(c ?? 0)));
  await stopDatabase();
  process.exit(shuttingDown ? 0 : code);
}

/** One sentence for the user, never a stack trace (DEBUG_POSTGRES=1 shows the database's log). */
function explain(error: unknown): string {
  if (error instanceof StartupError) return error.message;
  const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
  const code = (error as { code?: string } | null)?.code;
  if (code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "28P01" || code === "3D000") {
    return `Crisis Ledger could not connect to its database (${message}): check DATABASE_URL and MIGRATION_DATABASE_URL.`;
  }
  return `Crisis Ledger could not start (${message}); set DEBUG_POSTGRES=1 for the database's log.`;
}

async function fail(error: unknown) {
  console.error(`[crisis-ledger] ${explain(error)}`);
  await db?.stop().catch(() => {});
  process.exit(1);
}

process.on("uncaughtException", (error) => void fail(error));
process.on("unhandledRejection", (error) => void fail(error));
main().catch(fail);
