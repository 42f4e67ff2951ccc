// The page cache (scripts/lib/page-cache.mjs) in a real browser: a page served from the cache carries
// a nonce of its own, in the policy and on every script, so its scripts still run under the CSP: no
// violation, and the chart hydrates. The shared e2e server runs the cache with its defaults.
import { expect, test } from "./support/csp";

for (const url of ["/casualties", "/"]) {
  test(`${url} served from the page cache has a fresh nonce, runs its scripts and breaks no policy`, async ({ page, request }) => {
    // Kept after its first render, once the server listens for data changes (a moment after start).
    await expect.poll(async () => (await request.get(url)).headers()["x-cache"], { timeout: 15_000 }).toBe("hit");

    const nonces: string[] = [];
    for (let i = 0; i < 2; i++) {
      const response = await page.goto(url);
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
      // recharts draws its SVG in the browser only once React has hydrated the page.
      await expect(page.locator("svg.recharts-surface").first()).toBeVisible();
    }
    expect(nonces[0]).not.toBe(nonces[1]);
  });
}
