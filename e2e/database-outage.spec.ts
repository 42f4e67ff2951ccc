// While the database is down, pages, downloads and the public API answer 503 with Retry-After and say the data
// is temporarily unavailable (never a 500), and they recover by themselves once it is back.
// This spec runs its own app on its own embedded PostgreSQL, which it stops and starts again,
// so the shared e2e server's database is never disturbed.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { expect, test } from "@playwright/test";
import { PrismaClient } from "../lib/generated/prisma/client";
import { migrateDatabase } from "../lib/migrations/roles";
import { seedDemoData } from "../prisma/seed/seed";
import { freePort, startEmbeddedPostgres, type Database } from "../scripts/lib/postgres";

const ROOT = path.resolve(import.meta.dirname, "..");
const PAGES = ["/", "/casualties", "/sources", "/timeline"];
const DOWNLOAD = "/download/remaining-population?place=UA14&view=claims";

let parent: string;
let dbPort: number;
let database: Database | undefined;
let app: ChildProcess | undefined;
let baseURL: string;

const startDatabase = () => startEmbeddedPostgres({ dir: path.join(parent, "pg"), port: dbPort, database: "outage", persistent: true });

test.describe.configure({ mode: "serial", timeout: 180_000 });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  parent = await mkdtemp(path.join(os.tmpdir(), "crisis-ledger-outage-"));
  dbPort = await freePort();
  database = await startDatabase();
  // Migrations as the owner role, the app as the least-privilege role, as `npm start` does.
  await migrateDatabase(database);
  const nextAuthSecret = randomBytes(32).toString("base64url");
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url, max: 2 }) });
  await seedDemoData(prisma, { authSecret: nextAuthSecret });
  await prisma.$disconnect();
  const port = await freePort();
  baseURL = `http://127.0.0.1:${port}`;
  // The production build the shared e2e server made (playwright.config.ts builds it first).
  app = spawn(process.execPath, [path.join(ROOT, "scripts", "server.mjs")], {
    cwd: ROOT,
    stdio: "ignore",
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: database.url,
      NEXTAUTH_SECRET: nextAuthSecret,
      NEXTAUTH_URL: baseURL,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  await expect.poll(async () => (await fetch(`${baseURL}/api/health`).catch(() => null))?.status ?? 0, { timeout: 60_000 }).toBe(200);
});

test.afterAll(async () => {
  if (app && app.exitCode === null) {
    app.kill("SIGTERM");
    await new Promise((resolve) => app?.once("exit", resolve));
  }
  await database?.stop().catch(() => {});
  if (parent) await rm(parent, { recursive: true, force: true });
});

test("pages and downloads answer 503 with Retry-After while the database is down, and recover after", async ({ page }) => {
  for (const url of [...PAGES, DOWNLOAD]) expect((await fetch(`${baseURL}${url}`)).status, url).toBe(200);

  await database!.stop();
  for (const url of PAGES) {
    const response = await fetch(`${baseURL}${url}`);
    expect(response.status, url).toBe(503);
    expect(Number(response.headers.get("retry-after")), `${url}: Retry-After`).toBeGreaterThan(0);
    expect(await response.text(), url).toContain("temporarily unavailable");
  }
  const csv = await fetch(`${baseURL}${DOWNLOAD}`);
  expect(csv.status).toBe(503);
  expect(Number(csv.headers.get("retry-after"))).toBeGreaterThan(0);
  expect(await csv.text()).toContain("temporarily unavailable");

  // The public API says so in JSON, never with an HTML page (a query no one asked before: nothing cached).
  const api = await fetch(`${baseURL}/api/v1/figures?place=UA14&limit=7`, { headers: { Accept: "text/html" } });
  expect(api.status).toBe(503);
  expect(api.headers.get("content-type")).toMatch(/^application\/json/);
  expect(Number(api.headers.get("retry-after"))).toBeGreaterThan(0);
  expect(await api.json()).toMatchObject({ error: "unavailable" });

  // What a reader sees: a page that says so, in the site's frame.
  const shown = await page.goto(`${baseURL}/sources`);
  expect(shown?.status()).toBe(503);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("temporarily unavailable");

  database = await startDatabase();
  for (const url of [...PAGES, DOWNLOAD, "/api/v1/figures?place=UA14&limit=7"]) {
    await expect.poll(async () => (await fetch(`${baseURL}${url}`)).status, { message: url, timeout: 30_000 }).toBe(200);
  }
});
