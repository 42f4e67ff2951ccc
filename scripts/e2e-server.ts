// The app as the end-to-end tests see it: the real production build, on a database of its own
// (created, migrated and seeded with the demo data here, dropped on exit) so the tests never
// touch the demo database of `npm start`. Playwright starts and stops this (playwright.config.ts).
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import { migrateDatabase } from "../lib/migrations/roles";
import { seedDemoData } from "../prisma/seed/seed";
import { randomBytes } from "node:crypto";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { buildIfNeeded } from "./lib/build";
import { E2E_DATABASE_FILE } from "./lib/e2e";
import { createDatabaseIfMissing, dropDatabase } from "./lib/postgres";
import { openTestServer, uniqueDatabaseName, type TestServer } from "./lib/test-server";

const ROOT = path.resolve(import.meta.dirname, "..");
const log = (line: string) => console.log(`[e2e-server] ${line}`);
const port = Number(process.env.E2E_PORT ?? 3100);

let server: TestServer | undefined;
let database: string | undefined;
let app: ChildProcess | undefined;
let stopping = false;

async function cleanUp() {
  if (stopping) return;
  stopping = true;
  if (app && app.exitCode === null) {
    app.kill("SIGTERM");
    await new Promise((resolve) => app?.once("exit", resolve));
  }
  await rm(E2E_DATABASE_FILE, { force: true });
  if (server && database) await dropDatabase(server.adminUrl, database).catch(() => {});
  await server?.stop().catch(() => {});
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => void cleanUp().finally(() => process.exit(0)));
}

async function main() {
  await buildIfNeeded(ROOT, log);
  server = await openTestServer("e2e");
  database = uniqueDatabaseName("cl_e2e");
  await createDatabaseIfMissing(server.adminUrl, database, { owner: server.owner.user });
  // Like `npm start`: migrations as the owner role, the app (and the seed) as the app role.
  const { url, migrationUrl } = server.urls(database);
  await migrateDatabase({ url, migrationUrl });
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 2 }) });
  // Made before seeding: it also encrypts the demo admin's TOTP secret.
  const nextAuthSecret = randomBytes(32).toString("base64url");
  await seedDemoData(prisma, { authSecret: nextAuthSecret });
  await prisma.$disconnect();
  log(`database ${database} ready; starting the app on port ${port}`);
  // Where the tests can reach the database directly (to check that refused actions changed nothing);
  // as the owner, which may read every table.
  await mkdir(path.dirname(E2E_DATABASE_FILE), { recursive: true });
  await writeFile(E2E_DATABASE_FILE, migrationUrl, { mode: 0o600 });
  app = spawn(process.execPath, [path.join(ROOT, "scripts", "server.mjs")], {
    cwd: ROOT,
    stdio: "inherit",
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: url,
      NEXTAUTH_SECRET: nextAuthSecret,
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      // Every test runs from one address and some hammer the actions on purpose (the authorization
      // matrix, the bad-input fuzz test): limits far above the defaults. scripts/server.test.ts
      // proves the 429s with low ones.
      RATE_LIMIT_ACTIONS_PER_USER: "100000",
      RATE_LIMIT_POSTS_PER_ADDRESS: "100000",
      RATE_LIMIT_ROUTES_PER_ADDRESS: "100000",
      ...pick(process.env, /^RATE_LIMIT_/),
    },
  });
  app.on("exit", (code) => {
    if (!stopping) {
      log(`the app exited unexpectedly (${code})`);
      void cleanUp().finally(() => process.exit(1));
    }
  });
}

main().catch(async (error: unknown) => {
  console.error(error);
  await cleanUp();
  process.exit(1);
});

/** The variables of `environment` whose names match: lets a run override the limits above. */
function pick(environment: NodeJS.ProcessEnv, pattern: RegExp): Record<string, string> {
  return Object.fromEntries(Object.entries(environment).filter((e): e is [string, string] => pattern.test(e[0]) && e[1] !== undefined));
}
