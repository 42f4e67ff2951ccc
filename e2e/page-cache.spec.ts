// The page cache (scripts/lib/page-cache.mjs) in a real browser: a page served from the cache carries
// a nonce of its own, in the policy and on every script, so its scripts still run under the CSP: no
// violation, and the chart hydrates. A reload revalidates (ETag, 304 without a policy header) and
// the browser's stored page still runs. The shared e2e server runs the cache with its defaults.
import { expect, test, watchCspViolations } from "./support/csp";

for (const url of ["/casualties", "/"]) {
  test(`${url} served from the page cache has a fresh nonce, runs its scripts and breaks no policy`, async ({ browser, page, request }) => {
    // Kept after its first render, once the server listens for data changes (a moment after start).
    await expect.poll(async () => (await request.get(url)).headers()["x-cache"], { timeout: 15_000 }).toBe("hit");

    // Two readers (two browser contexts: nothing cached in the browser), each served from the page cache.
    const other = await browser.newContext();
    const otherViolations = await watchCspViolations(other);
    const nonces: string[] = [];
    for (const reader of [page, await other.newPage()]) {
      const response = await reader.goto(url);
      expect(response?.status()).toBe(200);
      const headers = await response!.allHeaders();
      expect(headers["x-cache"]).toBe("hit");
      const nonce = /'nonce-([^']+)'/.exec(headers["content-security-policy"] ?? "")?.[1];
      expect(nonce).toBeTruthy();
      nonces.push(nonce!);
      const html = await response!.text();
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
      // recharts draws its SVG in the browser only once React has hydrated the page (and the chart is in view).
      await reader.locator(".chart-card").first().scrollIntoViewIfNeeded();
      await expect(reader.locator("svg.recharts-surface").first()).toBeVisible();
    }
    expect(nonces[0]).not.toBe(nonces[1]);
    await other.close();
    expect(otherViolations).toEqual([]);

    // A reload revalidates: the server answers 304 and the browser's stored page (and policy) still runs.
    const etag = (await request.get(url)).headers().etag;
    expect(etag).toBeTruthy();
    expect((await request.get(url, { headers: { "If-None-Match": etag! } })).status()).toBe(304);
    await page.reload();
    await page.locator(".chart-card").first().scrollIntoViewIfNeeded();
    await expect(page.locator("svg.recharts-surface").first()).toBeVisible();
  });
}
