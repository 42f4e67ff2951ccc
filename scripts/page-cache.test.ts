// The page cache across instances: two production servers (scripts/server.mjs) on this file's
// database, as behind a load balancer. A page kept by B is dropped within 1 s of a change committed
// elsewhere (here, plain SQL as the app role, as an operator's script would write), and a
// signed-in request is never answered from the cache. Builds the app first if its sources changed.
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createUser } from "@/lib/data/users";
import { DEFAULT_PLACE } from "@/lib/domain/filters";
import { seedDemoData } from "@/prisma/seed/seed";
import { buildIfNeeded } from "./lib/build";
import { startProductionServer, type ProductionServer } from "./lib/production-server";

const ROOT = path.resolve(import.meta.dirname, "..");
const PASSWORD = "a long enough test password 7";
const servers: ProductionServer[] = [];
let a = "";
let b = "";

async function start(): Promise<string> {
  const server = await startProductionServer({ PAGE_CACHE_MB: "32" });
  servers.push(server);
  return server.base;
}

beforeAll(async () => {
  await buildIfNeeded(ROOT, () => {});
  await seedDemoData(prisma, { authSecret: process.env.NEXTAUTH_SECRET });
  [a, b] = await Promise.all([start(), start()]);
}, 900_000);

afterAll(() => Promise.all(servers.map((server) => server.stop())));

async function read(base: string, url: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}${url}`, { headers });
  const text = await response.text();
  const nonce = /'nonce-([^']+)'/.exec(response.headers.get("content-security-policy") ?? "")?.[1];
  return { status: response.status, cache: response.headers.get("x-cache"), text, nonce };
}

/** A page of B after its answer is kept (the cache stores it once the response has finished). */
async function warm(base: string, url: string) {
  // The instance serves from its cache only once its LISTEN is in place.
  await expect.poll(async () => (await read(base, url)).cache, { timeout: 10_000 }).toBe("hit");
}

describe("the page cache on two instances", () => {
  it("serves B's kept page until a figure changes, then the new page within 1 s", async () => {
    const first = await read(b, "/casualties");
    expect(first.status).toBe(200);
    await warm(b, "/casualties");
    const hit = await read(b, "/casualties");
    expect(hit.cache).toBe("hit");
    expect(hit.nonce).toBeTruthy();
    expect(hit.text).toContain(`nonce="${hit.nonce}"`);
    const again = await read(b, "/casualties");
    expect(again.nonce).not.toBe(hit.nonce);
    expect(hit.text).not.toMatch(/987[,\s\u202f\u00a0]?654/);
    await warm(a, "/casualties");

    // A new claim, published by plain SQL as the app role: the latest of its source at the default place.
    const sql = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await sql.connect();
    let committed: number;
    try {
      const { rows } = await sql.query<{ id: number }>(
        `SELECT f.id FROM figure f JOIN indicator i ON i.id = f.indicator_id JOIN location l ON l.id = f.location_id
         WHERE i.domain = 'casualties' AND l.pcode = $1 AND f.status = 'published' AND f.sex IS NULL AND f.age_group IS NULL
           AND f.population_group IS NULL AND NOT f.no_information ORDER BY f.as_of DESC, f.id LIMIT 1`,
        [DEFAULT_PLACE],
      );
      expect(rows).toHaveLength(1);
      await sql.query(
        `INSERT INTO figure (indicator_id, location_id, source_id, as_of, low, best, high, qualifier, credibility, verification,
                             status, published_at, updated_at)
         SELECT indicator_id, location_id, source_id, current_date, 987654, 987654, 987654, 'exact', credibility, verification,
                'published', now(), now()
         FROM figure WHERE id = $1`,
        [rows[0]!.id],
      );
      committed = Date.now();
    } finally {
      await sql.end();
    }
    for (const base of [b, a]) {
      let page = await read(base, "/casualties");
      while (!/987[,\s\u202f\u00a0]?654/.test(page.text)) {
        expect(Date.now() - committed, `${base} still serves the old page`).toBeLessThan(1_000);
        await new Promise((resolve) => setTimeout(resolve, 25));
        page = await read(base, "/casualties");
      }
      expect(page.cache).not.toBe("hit");
      // The new page is kept in turn.
      await warm(base, "/casualties");
    }
  });

  it("never answers a signed-in request from the cache, nor gives its page to anyone else", async () => {
    const staff = {
      email: "cache-staff@example.org",
      name: "Cache Staff Person",
      organisation: "Test",
      role: "editor" as const,
      password: PASSWORD,
    };
    const created = await createUser(null, staff, null, { mustChangePassword: false });
    expect(created.ok).toBe(true);
    const csrf = await fetch(`${b}/api/auth/csrf`);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const cookies = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
    const signIn = await fetch(`${b}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookies.join("; ") },
      body: new URLSearchParams({ csrfToken, email: "cache-staff@example.org", password: PASSWORD, json: "true" }),
    });
    const cookie = [...cookies, ...signIn.headers.getSetCookie().map((c) => c.split(";")[0])].join("; ");
    expect(cookie).toContain("next-auth.session-token=");

    // The cookie is a live session (public pages no longer show the name: the menu asks /api/session).
    const session = (await (await fetch(`${b}/api/session`, { headers: { Cookie: cookie } })).json()) as { user: { name: string } | null };
    expect(session.user?.name).toBe("Cache Staff Person");
    await warm(b, "/");
    for (let i = 0; i < 3; i++) {
      const staff = await read(b, "/", { Cookie: cookie });
      expect(staff.status).toBe(200);
      expect(staff.cache).toBeNull();
    }
    // The staff render was not kept: readers still get the anonymous page.
    const reader = await read(b, "/");
    expect(reader.cache).toBe("hit");
    expect(reader.text).not.toContain("Cache Staff Person");
    expect(reader.text).toContain("Sign in");
  });
});
