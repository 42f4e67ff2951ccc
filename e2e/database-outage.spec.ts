// While the database is down, pages, downloads and the public API answer 503 with Retry-After and say the data
// is temporarily unavailable (never a 500), and they recover by themselves once it is back.
// This spec runs its own app on its own embedded PostgreSQL, which it stops and starts again,
// so the shared e2e server's database is never disturbed.
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
import { startProductionServer, type ProductionServer } from "../scripts/lib/production-server";

const PAGES = ["/", "/casualties", "/sources", "/timeline"];
const DOWNLOADS = ["/download/remaining-population?place=UA14&view=claims", "/download/figures.csv?place=UA14", "/download/figures.xlsx"];

let parent: string;
let dbPort: number;
let database: Database | undefined;
let server: ProductionServer | undefined;
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
  // The production build the shared e2e server made (playwright.config.ts builds it first).
  server = await startProductionServer(
    { DATABASE_URL: database.url, NEXTAUTH_SECRET: nextAuthSecret },
    { stdio: "ignore", healthTimeoutMs: 60_000 },
  );
  baseURL = server.base;
});

test.afterAll(async () => {
  await server?.stop();
  await database?.stop().catch(() => {});
  if (parent) await rm(parent, { recursive: true, force: true });
});

test("pages and downloads answer 503 with Retry-After while the database is down, and recover after", async ({ page }) => {
  for (const url of [...PAGES, ...DOWNLOADS]) expect((await fetch(`${baseURL}${url}`)).status, url).toBe(200);

  await database!.stop();
  for (const url of PAGES) {
    const response = await fetch(`${baseURL}${url}`);
    expect(response.status, url).toBe(503);
    expect(Number(response.headers.get("retry-after")), `${url}: Retry-After`).toBeGreaterThan(0);
    expect(await response.text(), url).toContain("temporarily unavailable");
  }
  for (const url of DOWNLOADS) {
    const download = await fetch(`${baseURL}${url}`);
    expect(download.status, url).toBe(503);
    expect(Number(download.headers.get("retry-after")), `${url}: Retry-After`).toBeGreaterThan(0);
    expect(await download.text(), url).toContain("temporarily unavailable");
  }

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
  // ... in the reader's language.
  expect((await page.goto(`${baseURL}/uk/sources`))?.status()).toBe(503);
  await expect(page.locator("html")).toHaveAttribute("lang", "uk");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Дані тимчасово недоступні");

  database = await startDatabase();
  for (const url of [...PAGES, ...DOWNLOADS, "/api/v1/figures?place=UA14&limit=7"]) {
    await expect.poll(async () => (await fetch(`${baseURL}${url}`)).status, { message: url, timeout: 30_000 }).toBe(200);
  }
});
