// The page cache (scripts/lib/page-cache.mjs) in a real browser: a page served from the cache carries
// a nonce of its own, in the policy and on every script, so its scripts still run under the CSP: no
// violation, and the chart hydrates. A reload revalidates (ETag, 304 without a policy header) and
// the browser's stored page still runs. The shared e2e server runs the cache with its defaults.
import type { Page } from "@playwright/test";
import { expect, test, watchCspViolations } from "./support/csp";

/**
 * recharts draws its SVG in the browser only once React has hydrated the page and the chart's frame
 * is in view. Wait for hydration first (the account menu is filled in from /api/session by client
 * code), then bring the first chart in and wait for it to draw while it is there; the frame is
 * replaced by the chart as it loads, so bringing it in is retried until the chart is drawn.
 */
async function expectChartDrawn(page: Page) {
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  const card = page.locator("figure.chart-card:has(.chart-frame)").first();
  await expect(async () => {
    await card.scrollIntoViewIfNeeded({ timeout: 2_000 });
    await expect(card.locator(".chart-frame svg.recharts-surface")).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 15_000 });
}

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
      await expectChartDrawn(reader);
    }
    expect(nonces[0]).not.toBe(nonces[1]);
    await other.close();
    expect(otherViolations).toEqual([]);

    // A reload revalidates: the server answers 304 and the browser's stored page (and policy) still runs.
    const etag = (await request.get(url)).headers().etag;
    expect(etag).toBeTruthy();
    expect((await request.get(url, { headers: { "If-None-Match": etag! } })).status()).toBe(304);
    await page.reload();
    await expectChartDrawn(page);
  });
}
