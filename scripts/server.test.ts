// The production server (scripts/server.mjs + proxy.ts) over real HTTP, on this file's database,
// with low rate limits: what an attacker's script sees. Builds the app first if its sources changed.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createUser } from "@/lib/data/users";
import { buildIfNeeded } from "./lib/build";
import { startProductionServer, type ProductionServer } from "./lib/production-server";

const ROOT = path.resolve(import.meta.dirname, "..");
const PASSWORD = "a long enough test password 7";
const LIMITS = { actions: 3, posts: 10, routes: 5 };
let base = "";
// What the proxy has counted for this test's address (127.0.0.1) so far.
const counted = { posts: 0, routes: 0 };
let server: ProductionServer | undefined;

beforeAll(async () => {
  await buildIfNeeded(ROOT, () => {});
  server = await startProductionServer({
    TRUST_PROXY: "false",
    RATE_LIMIT_ACTIONS_PER_USER: String(LIMITS.actions),
    RATE_LIMIT_POSTS_PER_ADDRESS: String(LIMITS.posts),
    RATE_LIMIT_ROUTES_PER_ADDRESS: String(LIMITS.routes),
    RATE_LIMIT_WINDOW_SECONDS: "600",
  });
  base = server.base;
}, 900_000);

afterAll(() => server?.stop());

function createEditor(email: string) {
  return createUser(null, { email, name: email, organisation: "Test", role: "editor", password: PASSWORD }, null, {
    mustChangePassword: false,
  });
}

/** Signs in through next-auth's endpoints; answers the cookies of the session. */
async function signIn(email: string): Promise<string> {
  counted.routes += 1;
  counted.posts += 1;
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookies.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password: PASSWORD, json: "true" }),
  });
  const all = [...cookies, ...response.headers.getSetCookie().map((c) => c.split(";")[0])].join("; ");
  expect(all).toContain("session-token");
  return all;
}

function actionId(module: string, exportName: string): string {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const entry = Object.entries(manifest.node).find(([, e]) => e.filename === module && e.exportedName === exportName);
  if (!entry) throw new Error(`${exportName} is not in the build`);
  return entry[0];
}

function callAction(id: string, pathname: string, headers: Record<string, string>) {
  counted.posts += 1;
  return fetch(`${base}${pathname}`, {
    method: "POST",
    redirect: "manual",
    headers: { "Next-Action": id, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", ...headers },
    body: "[]",
  });
}

describe("the production server", () => {
  it("answers 400 to a path with malformed percent-encoding", async () => {
    for (const target of ["/figures/%", "/sources/%FF", "/%E0%A4%A"]) {
      const response = await fetch(`${base}${target}`);
      expect(response.status, target).toBe(400);
      expect(await response.text()).toMatch(/malformed percent-encoding/);
    }
  });

  it("refuses a cross-origin server-action POST with 403, with or without a forged X-Forwarded-Host, and changes nothing", async () => {
    const created = await createEditor("victim@example.org");
    if (!created.ok) throw new Error("could not create the user");
    const cookie = await signIn("victim@example.org");
    const openSessions = () => prisma.userSession.count({ where: { userId: created.userId, endedAt: null } });
    expect(await openSessions()).toBe(1);
    const id = actionId("app/[locale]/(site)/account/actions.ts", "signOutEverywhereAction");
    const forgeries: Array<Record<string, string>> = [
      { "X-Forwarded-Host": "evil.example" },
      { "X-Forwarded-Host": "evil.example", "X-Forwarded-Proto": "http" },
      {},
    ];
    for (const forged of forgeries) {
      counted.posts -= 1; // refused by the server before the proxy counts it
      const response = await callAction(id, "/account", { Cookie: cookie, Origin: "http://evil.example", ...forged });
      expect(response.status).toBe(403);
      expect(await response.text()).toMatch(/another site/);
    }
    expect(await openSessions()).toBe(1);
    // The same request from the app's own origin does what the forged ones could not.
    const own = await callAction(id, "/account", { Cookie: cookie, Origin: base });
    expect(own.status).toBeLessThan(400);
    expect(await openSessions()).toBe(0);
  });

  it("answers 413 to a body over the limit: JSON to route handlers, text otherwise", async () => {
    const big = "x".repeat(4 * 1024 * 1024);
    const api = await fetch(`${base}/api/auth/callback/credentials`, { method: "POST", body: big });
    expect(api.status).toBe(413);
    expect(api.headers.get("content-type")).toMatch(/application\/json/);
    expect(((await api.json()) as { message: string }).message).toMatch(/too large/);
    // Without a declared length (chunked), counted as it arrives.
    const chunk = new TextEncoder().encode("y".repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 4 * 1024 * 1024) return controller.close();
        sent += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const id = actionId("app/[locale]/(site)/admin/locations/actions.ts", "importLocationsAction");
    const chunked = await fetch(`${base}/admin/locations`, {
      method: "POST",
      body: stream,
      duplex: "half",
      headers: { "Next-Action": id, "Content-Type": "text/plain;charset=UTF-8", Origin: base },
    } as RequestInit);
    expect(chunked.status).toBe(413);
    expect(await chunked.text()).toMatch(/too large/);
    // A small chunked body still reaches the action (which refuses the signed-out caller itself).
    const small = await fetch(`${base}/admin/locations`, {
      method: "POST",
      body: new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode("[]"));
          controller.close();
        },
      }),
      duplex: "half",
      headers: { "Next-Action": id, "Content-Type": "text/plain;charset=UTF-8", Origin: base },
    } as RequestInit);
    counted.posts += 1; // this one reached the proxy; the refused ones above did not
    expect(small.status).toBe(200);
    expect(await small.text()).toContain('"status":401');
    const page = await fetch(`${base}/admin/locations`, { method: "POST", body: big, headers: { "Next-Action": "x" } });
    expect(page.status).toBe(413);
    expect(await page.text()).toMatch(/too large: at most 3 MB/);
  });

  it("sends a per-request CSP nonce that Next.js puts on its scripts, and the other security headers", async () => {
    const [first, second] = await Promise.all([fetch(`${base}/sources`), fetch(`${base}/sources`)]);
    const policy = first!.headers.get("content-security-policy") ?? "";
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce).toBeTruthy();
    expect(second!.headers.get("content-security-policy")).not.toContain(nonce);
    const html = await first!.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(first!.headers.get("x-frame-options")).toBe("DENY");
    expect(first!.headers.get("permissions-policy")).toContain("camera=()");
    expect(first!.headers.get("strict-transport-security")).toBeNull();
  });

  // Rate limits, in this order: the POST counter per address is shared by everything below.
  it("limits a user's server actions: 429 with the seconds to wait, in the action's answer", async () => {
    const created = await createEditor("limited@example.org");
    expect(created.ok).toBe(true);
    const cookie = await signIn("limited@example.org"); // POST 1 of the address
    const id = actionId("app/[locale]/(site)/admin/users/actions.ts", "createUserAction");
    const before = await prisma.user.count();
    const answers: string[] = [];
    for (let i = 0; i < LIMITS.actions + 1; i++) {
      answers.push(await (await callAction(id, "/admin/users", { Cookie: cookie, Origin: base })).text());
    }
    for (const answer of answers.slice(0, LIMITS.actions)) expect(answer).toContain('"status":403');
    expect(answers.at(-1)).toContain('"status":429');
    expect(answers.at(-1)).toMatch(/"retryAfterSeconds":\d+/);
    expect(await prisma.user.count()).toBe(before);
  });

  it("limits POSTs per address at the edge: 429 with Retry-After", async () => {
    // The sign-in and the action calls above were POSTs from this address too.
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < LIMITS.posts; i++) {
      last = await fetch(`${base}/`, { method: "POST", body: "" });
      statuses.push(last.status);
    }
    const used = counted.posts;
    expect(used).toBeLessThan(LIMITS.posts);
    expect(statuses.slice(0, LIMITS.posts - used)).not.toContain(429);
    expect(statuses.slice(LIMITS.posts - used)).toEqual(Array(used).fill(429));
    expect(statuses).toHaveLength(LIMITS.posts);
    expect(last!.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(await last!.text()).toMatch(/Too many requests/);
  });

  it("limits route handlers per address: 429 JSON with Retry-After", async () => {
    const statuses: number[] = [];
    let last: Response | undefined;
    // The sign-ins' GET /api/auth/csrf were route-handler requests of this address too.
    const left = LIMITS.routes - counted.routes;
    expect(left).toBeGreaterThan(0);
    for (let i = 0; i < left + 1; i++) {
      last = await fetch(`${base}/download/no-such-indicator`);
      statuses.push(last.status);
    }
    expect(statuses).toEqual([...Array(left).fill(404), 429]);
    expect(Number(last!.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await last!.json()).toMatchObject({ error: "too_many_requests" });
    // The public API counts against the same allowance: refused by proxy.ts's shared counter (the
    // edge's own count of API reads, scripts/lib/api-limit.mjs, is at one here), readable cross-origin.
    const api = await fetch(`${base}/api/v1/figures?limit=1`);
    expect(api.status).toBe(429);
    expect(Number(api.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(api.headers.get("access-control-allow-origin")).toBe("*");
    expect(await api.json()).toMatchObject({ error: "too_many_requests" });
    // Health checks are not limited.
    expect((await fetch(`${base}/api/health`)).status).toBe(200);
  });
});

describe("language routing at the edge", () => {
  it("keeps a page's rewritten address out of its headers, so a long query still gets an answer clients can read", async () => {
    const response = await fetch(`${base}/casualties?q=${"é".repeat(3000)}`);
    expect(response.status).toBeLessThan(500);
    expect(response.headers.get("x-middleware-rewrite")).toBeNull();
    expect(response.headers.get("content-language") ?? "").not.toContain("uk");
  });

  it("answers each language at its address, and redirects a first visit by Accept-Language", async () => {
    const uk = await fetch(`${base}/uk/sources`, { headers: { "Accept-Language": "uk" } });
    expect(uk.status).toBe(200);
    expect(await uk.text()).toContain('<html lang="uk"');
    const first = await fetch(`${base}/sources?x=1`, { headers: { "Accept-Language": "uk-UA,uk;q=0.9" }, redirect: "manual" });
    expect(first.status).toBe(307);
    expect(first.headers.get("location")).toMatch(/\/uk\/sources\?x=1$/);
    // A chosen language wins over the browser's, and only an explicit choice sets the cookie.
    const chosen = await fetch(`${base}/sources`, { headers: { "Accept-Language": "uk", Cookie: "NEXT_LOCALE=en" }, redirect: "manual" });
    expect(chosen.status).toBe(200);
    expect(chosen.headers.get("set-cookie")).toBeNull();
    const english = await fetch(`${base}/en/sources`, { headers: { "Accept-Language": "uk" }, redirect: "manual" });
    expect(english.headers.get("location")).toMatch(/\/sources$/);
    expect(english.headers.get("set-cookie")).toMatch(/NEXT_LOCALE=en/);
  });
});
