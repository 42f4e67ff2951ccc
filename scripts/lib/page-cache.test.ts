// The page cache (page-cache.mjs): what is kept and what never is, the LRU bound, the nonce rewrite,
// the HTTP validators, and invalidation, over a real HTTP server whose "renderer" stands in for
// Next.js, and the LISTEN on this test file's real database.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { randomBytes } from "node:crypto";
import { crc32, gunzipSync, gzipSync } from "node:zlib";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { DOMAINS } from "@/lib/domain/enums";
import {
  cacheKeyOf,
  crc32Combine,
  crc32CombineOp,
  gzipSegments,
  listenForDataVersion,
  materialize,
  nonceOf,
  PageCache,
  pageCacheBytes,
  splicedGzip,
  splitAtNonce,
  untilNextUtcDay,
  type Entry,
} from "./page-cache.mjs";

/** The request id header of scripts/lib/database-unavailable.mjs, under which onRequestError marks a failed render. */
const REQUEST_ID_HEADER = "x-crisis-ledger-request-id";
const get = (url: string, headers: Record<string, string> = {}) => ({ method: "GET", url, headers });

describe("what is cached", () => {
  it("keys public pages by path and query exactly as sent", () => {
    const pages = ["/", "/timeline", "/data", "/sources", "/sources/12", "/figures/abc", "/embed/casualties/civilians-killed"];
    pages.push(...DOMAINS.map((d) => `/${d}`), ...DOMAINS.map((d) => `/${d}/some-indicator`));
    for (const url of pages) expect(cacheKeyOf(get(url)), url).toBe(url);
    expect(cacheKeyOf(get("/casualties?place=UA14&b=2"))).toBe("/casualties?place=UA14&b=2");
    expect(cacheKeyOf(get("/casualties?b=2&place=UA14"))).toBe("/casualties?b=2&place=UA14");
    expect(cacheKeyOf({ method: "HEAD", url: "/", headers: {} })).toBe("/");
  });

  it("keys each language's page apart, and leaves to the language routing what it may redirect or set a cookie on", () => {
    expect(cacheKeyOf(get("/uk", { "accept-language": "uk" }))).toBe("/uk");
    expect(cacheKeyOf(get("/uk/casualties?place=UA14", { "accept-language": "uk-UA,uk;q=0.9" }))).toBe("/uk/casualties?place=UA14");
    expect(cacheKeyOf(get("/uk/embed/casualties/civilians-killed", { cookie: "NEXT_LOCALE=uk" }))).toBe(
      "/uk/embed/casualties/civilians-killed",
    );
    expect(cacheKeyOf(get("/casualties", { "accept-language": "en-GB,en;q=0.9", cookie: "a=b" }))).toBe("/casualties");
    expect(cacheKeyOf(get("/casualties", { "accept-language": "uk", cookie: "NEXT_LOCALE=en" }))).toBe("/casualties");
    // A first visit from a Ukrainian browser is redirected to /uk/casualties: not from the cache.
    expect(cacheKeyOf(get("/casualties", { "accept-language": "uk-UA,uk;q=0.9,en;q=0.8" }))).toBeNull();
    expect(cacheKeyOf(get("/", { cookie: "NEXT_LOCALE=uk" }))).toBeNull();
    // A Ukrainian page read by an English browser remembers the choice with a cookie: not from the cache.
    expect(cacheKeyOf(get("/uk/casualties", { "accept-language": "en" }))).toBeNull();
    expect(cacheKeyOf(get("/uk/casualties", { cookie: "NEXT_LOCALE=en" }))).toBeNull();
    // Not a language of the site, and /en/... (redirected to the unprefixed address): never kept.
    expect(cacheKeyOf(get("/en/casualties"))).toBeNull();
    expect(cacheKeyOf(get("/fr/casualties"))).toBeNull();
    expect(cacheKeyOf(get("/uk/editor"))).toBeNull();
  });

  it("never keys other paths, writes, signed-in requests or React Server Components requests", () => {
    const never = [
      "/api/health",
      "/api/auth/session",
      "/download/civilians-killed",
      "/editor",
      "/editor/figures/1",
      "/review",
      "/admin",
      "/admin/sources",
      "/account",
      "/signin",
      "/casualties/",
      "/figures",
      "/embed",
      "/_next/static/x.js",
      "/unknown-domain",
    ];
    for (const url of never) expect(cacheKeyOf(get(url)), url).toBeNull();
    expect(cacheKeyOf({ method: "POST", url: "/", headers: {} })).toBeNull();
    expect(cacheKeyOf({ method: "GET", url: "http://evil.example/", headers: {} })).toBeNull();
    const cookies = [
      "next-auth.session-token=abc",
      "__Secure-next-auth.session-token=abc",
      "theme=dark; next-auth.session-token.0=abc; next-auth.session-token.1=def",
    ];
    for (const cookie of cookies) expect(cacheKeyOf(get("/", { cookie })), cookie).toBeNull();
    expect(cacheKeyOf(get("/", { cookie: "next-auth.csrf-token=x; next-auth.callback-url=y" }))).toBe("/");
    for (const header of ["rsc", "next-router-state-tree", "next-router-prefetch", "next-action"]) {
      expect(cacheKeyOf(get("/casualties", { [header]: "1" })), header).toBeNull();
    }
    expect(cacheKeyOf(get("/", { authorization: "Bearer x" }))).toBeNull();
  });

  it("reads PAGE_CACHE_MB: a default, 0 to turn it off, a clear error otherwise", () => {
    expect(pageCacheBytes(undefined)).toBe(64 * 1024 * 1024);
    expect(pageCacheBytes("0")).toBe(0);
    expect(pageCacheBytes("1.5")).toBe(1.5 * 1024 * 1024);
    expect(() => pageCacheBytes("lots")).toThrow(/PAGE_CACHE_MB/);
    expect(() => pageCacheBytes("-1")).toThrow(/PAGE_CACHE_MB/);
  });
});

describe("nonces", () => {
  it("puts a new nonce wherever the render's one was, in the body and the policy", () => {
    const old = "b2xkLW5vbmNlLTEyMzQ1Ng==";
    const body = Buffer.from(`<script nonce="${old}">a</script><p>x</p><script nonce="${old}" src="/c.js"></script>`);
    const entry: Entry = {
      key: "/",
      version: "1",
      headers: { "content-security-policy": `script-src 'self' 'nonce-${old}' 'strict-dynamic'`, "content-type": "text/html" },
      segments: splitAtNonce(body, old),
      size: body.length,
    };
    const fresh = "bmV3LW5vbmNlLTY1NDMyMQ==";
    const { body: out, headers } = materialize(entry, fresh);
    expect(out.toString()).toBe(body.toString().replaceAll(old, fresh));
    expect(out.toString()).not.toContain(old);
    expect(headers["content-security-policy"]).toBe(`script-src 'self' 'nonce-${fresh}' 'strict-dynamic'`);
    expect(nonceOf(String(headers["content-security-policy"]))).toBe(fresh);
  });
});

describe("a page compressed once, without its nonce", () => {
  it("combines CRC-32s like zlib's crc32_combine", () => {
    for (const [a, b] of [
      [0, 0],
      [1, 24],
      [5000, 1],
      [70_000, 131_072],
    ] as const) {
      const left = randomBytes(a);
      const right = randomBytes(b);
      expect(crc32Combine(crc32(left), crc32(right), crc32CombineOp(b))).toBe(crc32(Buffer.concat([left, right])));
    }
  });

  it("splices each new nonce into the kept compressed segments: a valid gzip member of the page with that nonce", async () => {
    const old = "b2xkLW5vbmNlLTEyMzQ1Ng==";
    const filler = (n: number) => randomBytes(n).toString("hex");
    const script = (text: string) => `<script nonce="${old}">${text}</script>`;
    const body = Buffer.from(`<html>${script(filler(9000))}${filler(20)}${script("")}${script(filler(30_000))}</html>`);
    const zipped = await gzipSegments(splitAtNonce(body, old), 24);
    // Nothing kept depends on a nonce: the compressed segments are the same whatever the render's nonce was.
    const other = "b3RoZXItbm9uY2UtOTg3NjU=";
    const again = await gzipSegments(splitAtNonce(Buffer.from(body.toString().replaceAll(old, other)), other), 24);
    expect(Buffer.concat(again.segments)).toEqual(Buffer.concat(zipped.segments));
    const seen = new Set<string>();
    for (let i = 0; i < 3; i++) {
      const nonce = randomBytes(16).toString("base64");
      const { parts, length } = splicedGzip(zipped, Buffer.from(nonce));
      const member = Buffer.concat(parts);
      expect(member.length).toBe(length);
      // gunzip checks the CRC-32 and the length in the trailer.
      expect(gunzipSync(member).toString()).toBe(body.toString().replaceAll(old, nonce));
      seen.add(nonce);
    }
    expect(seen.size).toBe(3);
    expect(() => splicedGzip(zipped, Buffer.from("short"))).toThrow();
  });
});

describe("the LRU bound", () => {
  it("keeps at most maxBytes, dropping the least recently used page first", () => {
    const cache = new PageCache({ maxBytes: 10_000 });
    const entry = (key: string, size: number): Entry => ({ key, version: "1", headers: {}, segments: [Buffer.alloc(size)], size });
    for (let i = 0; i < 5; i++) cache.set(entry(`/p${i}`, 3_000));
    expect(cache.bytes).toBeLessThanOrEqual(10_000);
    expect(cache.get("/p0")).toBeUndefined();
    expect(cache.get("/p4")).toBeDefined();
    cache.get("/p2"); // used: now the most recent
    cache.set(entry("/p5", 3_000));
    expect(cache.get("/p2")).toBeDefined();
    expect(cache.get("/p3")).toBeUndefined();
    expect(cache.set(entry("/huge", 20_000))).toBe(false);
    expect(cache.bytes).toBeLessThanOrEqual(10_000);
    expect(new PageCache({ maxBytes: 0 }).enabled).toBe(false);
  });
});

// ---------------------------------------------------------------- over HTTP

interface Rendering {
  status?: number;
  setCookie?: boolean;
  gzip?: boolean;
  failed?: boolean;
  body?: string;
  /** Milliseconds before the answer starts, like a slow render. */
  delayMs?: number;
}

const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

/** A server with the cache in front of a renderer that stands in for Next.js (a fresh nonce per render). */
async function serve(cache: PageCache, rendering: (url: string) => Rendering = () => ({})) {
  let renders = 0;
  let requestCount = 0;
  const server = http.createServer((req, res) => {
    const id = `request-${++requestCount}`;
    req.headers[REQUEST_ID_HEADER] = id;
    const render = () => {
      renders += 1;
      const how = rendering(req.url ?? "/");
      if (how.delayMs) setTimeout(() => answer(req, res, id, how), how.delayMs);
      else answer(req, res, id, how);
    };
    if (!cache.handle(req, res, render)) render();
  });
  const answer = (req: http.IncomingMessage, res: http.ServerResponse, id: string, how: Rendering) => {
    if (how.failed) {
      const global = globalThis as unknown as Record<symbol, Set<string> | undefined>;
      (global[Symbol.for("crisis-ledger.failed-requests")] ??= new Set()).add(id);
    }
    const nonce = Buffer.from(`n${renders}-${Math.random()}`).toString("base64");
    const script = `<script nonce="${nonce}">1</script>`;
    const html = how.body ?? `<!DOCTYPE html><html><body><h1>${req.url} render ${renders}</h1>${script}</body></html>`;
    res.setHeader("Content-Security-Policy", `default-src 'self'; script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
    res.setHeader("Cache-Control", "private, no-cache, no-store, max-age=0, must-revalidate");
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.setHeader("Vary", "RSC, Accept-Encoding");
    if (how.setCookie) res.setHeader("Set-Cookie", "a=b; Path=/");
    res.statusCode = how.status ?? 200;
    if (how.gzip) {
      res.setHeader("Content-Encoding", "gzip");
      const zipped = gzipSync(html);
      res.write(zipped.subarray(0, 10));
      res.end(zipped.subarray(10));
    } else {
      res.write(html.slice(0, 20));
      res.end(html.slice(20));
    }
  };
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  servers.push(server);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    renders: () => renders,
    fetch: async (url: string, init: RequestInit = {}) => {
      const response = await fetch(`${base}${url}`, init);
      const text = await response.text();
      // A kept page is stored once its answer has finished: give the event loop a turn.
      await new Promise((resolve) => setTimeout(resolve, 20));
      return { response, text, nonce: nonceOf(response.headers.get("content-security-policy") ?? undefined) };
    },
  };
}

function listeningCache(maxBytes = 1024 * 1024) {
  const cache = new PageCache({ maxBytes, buildId: "build-1" });
  cache.connected("7");
  return cache;
}

describe("serving from the cache", () => {
  it("renders once, then serves hits, each with its own nonce in the body and the policy", async () => {
    const cache = listeningCache();
    const app = await serve(cache);
    const first = await app.fetch("/casualties?place=UA14");
    expect(first.response.headers.get("x-cache")).toBe("miss");
    expect(first.response.headers.get("cache-control")).toBe("private, no-cache");
    expect(first.text).toContain(`nonce="${first.nonce}"`);
    const second = await app.fetch("/casualties?place=UA14");
    const third = await app.fetch("/casualties?place=UA14");
    expect(app.renders()).toBe(1);
    for (const hit of [second, third]) {
      expect(hit.response.status).toBe(200);
      expect(hit.response.headers.get("x-cache")).toBe("hit");
      expect(hit.nonce).toBeTruthy();
      expect(hit.text).toContain(`nonce="${hit.nonce}"`);
      expect(hit.text).not.toContain(first.nonce);
      expect(hit.text.replaceAll(hit.nonce!, "N")).toBe(first.text.replaceAll(first.nonce!, "N"));
      expect(hit.response.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(hit.response.headers.get("etag")).toBe(first.response.headers.get("etag"));
    }
    expect(second.nonce).not.toBe(third.nonce);
    // Another query is another page.
    await app.fetch("/casualties?place=UA1");
    expect(app.renders()).toBe(2);
  });

  it("answers 304 to a matching If-None-Match, without a policy, and 200 once the version moved", async () => {
    const cache = listeningCache();
    const app = await serve(cache);
    const first = await app.fetch("/");
    const etag = first.response.headers.get("etag")!;
    expect(etag).toMatch(/^W\/"7-/);
    const revalidated = await app.fetch("/", { headers: { "If-None-Match": etag } });
    expect(revalidated.response.status).toBe(304);
    expect(revalidated.response.headers.get("content-security-policy")).toBeNull();
    cache.changed("8");
    const changed = await app.fetch("/", { headers: { "If-None-Match": etag } });
    expect(changed.response.status).toBe(200);
    expect(changed.response.headers.get("etag")).not.toBe(etag);
  });

  it("renders a page read by many at once only once: the others wait for that render", async () => {
    const cache = listeningCache();
    const app = await serve(cache, () => ({ delayMs: 300 }));
    const answers = await Promise.all(Array.from({ length: 6 }, () => app.fetch("/displacement")));
    expect(app.renders()).toBe(1);
    expect(answers.map((a) => a.response.status)).toEqual(Array(6).fill(200));
    expect(answers.map((a) => a.response.headers.get("x-cache")).sort()).toEqual(["hit", "hit", "hit", "hit", "hit", "miss"]);
    expect(new Set(answers.map((a) => a.nonce)).size).toBe(6);
    // A render that is not kept lets the waiting requests render for themselves.
    const failing = await serve(listeningCache(), () => ({ delayMs: 200, status: 404 }));
    const misses = await Promise.all(Array.from({ length: 3 }, () => failing.fetch("/figures/none")));
    expect(misses.map((a) => a.response.status)).toEqual([404, 404, 404]);
    expect(failing.renders()).toBe(3);
  });

  it("serves HEAD from a kept page without a body", async () => {
    const cache = listeningCache();
    const app = await serve(cache);
    await app.fetch("/timeline");
    const head = await app.fetch("/timeline", { method: "HEAD" });
    expect(head.response.headers.get("x-cache")).toBe("hit");
    expect(head.text).toBe("");
    expect(app.renders()).toBe(1);
  });

  it("never serves a signed-in request from the cache, nor keeps its page", async () => {
    const cache = listeningCache();
    const app = await serve(cache);
    const cookie = "next-auth.session-token=someone";
    const signedIn = await app.fetch("/", { headers: { cookie } });
    expect(signedIn.response.headers.get("x-cache")).toBeNull();
    await app.fetch("/");
    const again = await app.fetch("/", { headers: { cookie } });
    expect(again.response.headers.get("x-cache")).toBeNull();
    expect(again.text).toContain("render 3");
    expect(app.renders()).toBe(3);
  });

  it("keeps no answer that is not a complete, error-free 200 page without Set-Cookie", async () => {
    const cache = listeningCache();
    const cases: Record<string, Rendering> = {
      "/sources/404": { status: 404 },
      "/sources/cookie": { setCookie: true },
      "/sources/failed": { failed: true },
      "/sources/degraded": { body: '<html><body><!--$!--><template data-dgst="123"></template></body></html>' },
    };
    const app = await serve(cache, (url) => cases[url] ?? {});
    for (const url of Object.keys(cases)) {
      await app.fetch(url);
      const again = await app.fetch(url);
      expect(again.response.headers.get("x-cache"), url).toBe("miss");
    }
    expect(app.renders()).toBe(8);
    expect(cache.stats.stored).toBe(0);
  });

  it("keeps a compressed render decoded, and compresses a hit for a client that accepts gzip", async () => {
    const cache = listeningCache();
    const app = await serve(cache, () => ({ gzip: true }));
    const first = await app.fetch("/access", { headers: { "Accept-Encoding": "gzip" } });
    const plain = await app.fetch("/access", { headers: { "Accept-Encoding": "identity" } });
    expect(plain.response.headers.get("x-cache")).toBe("hit");
    expect(plain.response.headers.get("content-encoding")).toBeNull();
    expect(plain.text.replaceAll(plain.nonce!, "N")).toBe(first.text.replaceAll(first.nonce!, "N"));
    const zipped = await fetch(`${app.base}/access`, { headers: { "Accept-Encoding": "gzip" } });
    expect(zipped.headers.get("content-encoding")).toBe("gzip");
    const zippedNonce = nonceOf(zipped.headers.get("content-security-policy")!)!;
    const zippedText = await zipped.text();
    expect(zippedText).toContain(`nonce="${zippedNonce}"`);
    expect(zippedText.replaceAll(zippedNonce, "N")).toBe(first.text.replaceAll(first.nonce!, "N"));
    // Each compressed hit has its own nonce too.
    const again = await fetch(`${app.base}/access`, { headers: { "Accept-Encoding": "gzip" } });
    const againNonce = nonceOf(again.headers.get("content-security-policy")!)!;
    expect(againNonce).not.toBe(zippedNonce);
    expect(await again.text()).toContain(`nonce="${againNonce}"`);
    expect(app.renders()).toBe(1);
  });

  it("serves nothing from the cache while not listening, and drops everything when the version moves", async () => {
    const cache = listeningCache();
    const app = await serve(cache);
    await app.fetch("/");
    expect((await app.fetch("/")).response.headers.get("x-cache")).toBe("hit");
    cache.changed("8");
    expect((await app.fetch("/")).response.headers.get("x-cache")).toBe("miss");
    expect((await app.fetch("/")).response.headers.get("x-cache")).toBe("hit");
    cache.disconnected();
    const offline = await app.fetch("/");
    expect(offline.response.headers.get("x-cache")).toBeNull();
    expect(offline.response.headers.get("etag")).toBeNull();
    cache.connected("9");
    expect((await app.fetch("/")).response.headers.get("x-cache")).toBe("miss");
    expect(app.renders()).toBe(4);
  });

  it("does not keep a render during which the data changed", async () => {
    const cache = listeningCache();
    const app = await serve(cache, (url) => {
      if (url === "/timeline") cache.changed("8"); // a commit lands while this page renders
      return {};
    });
    const during = await app.fetch("/timeline");
    expect(during.response.headers.get("etag")).toBeNull();
    expect((await app.fetch("/timeline")).response.headers.get("x-cache")).toBe("miss");
    expect(cache.stats.stored).toBe(0);
  });

  it("re-reads the version after a write on this instance, and drops the cache when it moved", async () => {
    const cache = listeningCache();
    let version = "7";
    cache.onStale = async () => version;
    const app = await serve(cache);
    await app.fetch("/");
    await app.fetch("/", { method: "POST", body: "x" }); // changed nothing
    expect((await app.fetch("/")).response.headers.get("x-cache")).toBe("hit");
    version = "8"; // a publish, whose NOTIFY has not arrived yet
    await app.fetch("/", { method: "POST", body: "x" });
    expect((await app.fetch("/")).response.headers.get("x-cache")).toBe("miss");
    expect(cache.version).toBe("8");
  });
});

// ---------------------------------------------------------------- LISTEN on the real database

async function until(condition: () => boolean, timeoutMs = 5_000) {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return Date.now() - start;
}

describe("listening for data changes", () => {
  it("drops the cache within 1 s of a change written by plain SQL, and stops serving while the connection is down", async () => {
    const url = process.env.DATABASE_URL!;
    const adminUrl = process.env.TEST_PG_ADMIN_URL!;
    const cache = new PageCache({ maxBytes: 1024 * 1024 });
    const listener = listenForDataVersion({ connectionString: url, cache, minDelayMs: 50, heartbeatMs: 60_000 });
    const sql = new pg.Client({ connectionString: url });
    await sql.connect();
    try {
      await until(() => cache.serving);
      const before = cache.version!;
      const entry: Entry = { key: "/", version: before, headers: {}, segments: [Buffer.from("x")], size: 1 };
      cache.set(entry);
      // As the app role, the way an operator's script would.
      await sql.query(
        "INSERT INTO source (name, name_key, kind, reliability, updated_at) VALUES ('Listen test', 'listen test', 'ngo', 'B', now())",
      );
      const waited = await until(() => cache.version !== before);
      expect(waited).toBeLessThan(1_000);
      expect(BigInt(cache.version!)).toBeGreaterThan(BigInt(before));
      expect(cache.get("/")).toBeUndefined();

      // The connection is cut: nothing served until it is back, and it comes back by itself.
      cache.set({ ...entry, version: cache.version! });
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      const terminated = await admin.query(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'crisis-ledger page cache' AND datname = $1",
        [process.env.TEST_DATABASE_NAME],
      );
      expect(terminated.rowCount).toBe(1);
      await admin.end();
      await until(() => !cache.listening);
      expect(cache.serving).toBe(false);
      expect(cache.get("/")).toBeUndefined();
      await until(() => cache.serving);
      const after = cache.version!;
      await sql.query("UPDATE source SET reliability = 'C' WHERE name_key = 'listen test'");
      expect(await until(() => cache.version !== after)).toBeLessThan(1_000);
    } finally {
      await sql.end();
      await listener.stop();
    }
  });
});

describe("how long a page is kept", () => {
  it("until the next UTC midnight at most, since pages show claims' ages in days", () => {
    expect(untilNextUtcDay(Date.UTC(2026, 11, 1, 23, 59, 0))).toBe(60_000);
    expect(untilNextUtcDay(Date.UTC(2026, 11, 1, 0, 0, 0))).toBe(86_400_000);
  });
});

describe("with a read replica", () => {
  it("serves and keeps nothing after a change until the replica has replayed it, then drops what was rendered meanwhile", async () => {
    const waiting = new Map<string, () => void>();
    const cache = new PageCache({
      maxBytes: 10_000,
      replicaReached: (version) => new Promise<void>((resolve) => waiting.set(version, resolve)),
    });
    cache.connected("4");
    expect(cache.serving).toBe(false);
    waiting.get("4")!();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(cache.serving).toBe(true);

    const epochBefore = cache.epoch;
    cache.changed("5");
    // The primary has version 5; the replica does not yet: rendering goes on, but nothing is served or kept.
    expect(cache.serving).toBe(false);
    const epochDuringLag = cache.epoch;
    waiting.get("5")!();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(cache.serving).toBe(true);
    expect(cache.version).toBe("5");
    // A render begun while the replica lagged belongs to an old epoch, so it is not kept.
    expect(cache.epoch).toBeGreaterThan(epochDuringLag);
    expect(epochDuringLag).toBeGreaterThan(epochBefore);
  });
});

describe("the public API's answers", () => {
  /** A stand-in for the API's route handlers: JSON, with the handler's validator and policy unless told otherwise. */
  async function serveApi(cache: PageCache, answer: (url: string) => { status?: number; etag?: boolean } = () => ({})) {
    let handled = 0;
    const server = http.createServer((req, res) => {
      const render = () => {
        handled += 1;
        const how = answer(req.url ?? "/");
        res.setHeader("Content-Type", "application/json; charset=utf-8");
        res.setHeader("Content-Security-Policy", "default-src 'self'; script-src 'nonce-abc'");
        if (how.etag !== false) {
          res.setHeader("ETag", 'W/"7-1"');
          res.setHeader("Cache-Control", "public, max-age=60, stale-while-revalidate=600");
        } else res.setHeader("Cache-Control", "no-store");
        res.statusCode = how.status ?? 200;
        res.end(JSON.stringify({ url: req.url, handled, padding: "x".repeat(2000) }));
      };
      if (!cache.handle(req, res, render)) render();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    servers.push(server);
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return {
      handled: () => handled,
      fetch: async (url: string, init: RequestInit = {}) => {
        const response = await fetch(`${base}${url}`, init);
        const text = await response.text();
        await new Promise((resolve) => setTimeout(resolve, 20));
        return { response, text };
      },
    };
  }

  it("keys the data endpoints, session cookie or not; never the index or other /api paths", () => {
    const cookie = "next-auth.session-token=abc";
    expect(cacheKeyOf(get("/api/v1/figures?place=UA14&limit=5", { cookie }))).toBe("/api/v1/figures?place=UA14&limit=5");
    expect(cacheKeyOf(get("/api/v1/figures/12"))).toBe("/api/v1/figures/12");
    for (const url of ["/api/v1", "/api/v1?x=1", "/api/health", "/api/session", "/api/docs"]) expect(cacheKeyOf(get(url)), url).toBeNull();
    expect(cacheKeyOf({ method: "POST", url: "/api/v1/figures", headers: {} })).toBeNull();
  });

  it("keeps a cacheable answer with the handler's own ETag and policy, answers 304 to it, and gzips a hit once", async () => {
    const cache = listeningCache();
    const app = await serveApi(cache);
    const first = await app.fetch("/api/v1/figures?limit=5");
    expect(first.response.headers.get("x-cache")).toBe("miss");
    const hit = await app.fetch("/api/v1/figures?limit=5");
    expect(app.handled()).toBe(1);
    expect(hit.response.headers.get("x-cache")).toBe("hit");
    expect(hit.text).toBe(first.text);
    expect(hit.response.headers.get("etag")).toBe('W/"7-1"');
    expect(hit.response.headers.get("cache-control")).toBe("public, max-age=60, stale-while-revalidate=600");
    expect(hit.response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    const revalidated = await app.fetch("/api/v1/figures?limit=5", { headers: { "If-None-Match": 'W/"7-1"' } });
    expect(revalidated.response.status).toBe(304);
    for (let i = 0; i < 2; i++) {
      const zipped = await fetch(`${(await app.fetch("/api/v1/figures?limit=5")).response.url}`, {
        headers: { "Accept-Encoding": "gzip" },
      });
      expect(await zipped.text()).toBe(first.text);
    }
    expect(app.handled()).toBe(1);
    cache.changed("8");
    await app.fetch("/api/v1/figures?limit=5");
    expect(app.handled()).toBe(2);
  });

  it("keeps no answer the handler did not mark cacheable, and no error", async () => {
    const cache = listeningCache();
    const app = await serveApi(cache, (url) => (url.includes("bad") ? { status: 400 } : { etag: false }));
    for (const url of ["/api/v1/figures?bad=1", "/api/v1/indicators"]) {
      await app.fetch(url);
      await app.fetch(url);
    }
    expect(app.handled()).toBe(4);
  });
});
