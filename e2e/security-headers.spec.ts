// The Content-Security-Policy in a real browser: a script without the response's nonce does not
// run, and the watcher every accessibility spec uses (support/csp.ts) sees the violation, so it
// can fail when a page of the app breaks the policy.
import { expect, test } from "@playwright/test";
import { watchCspViolations } from "./support/csp";

test("a script without the nonce is blocked and reported", async ({ context, page }) => {
  const violations = await watchCspViolations(context);
  // What an injection flaw would do: a script in the page's HTML that lacks this response's nonce.
  await page.route("**/sources", async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace("</body>", "<script>document.body.dataset.injected = 'yes'</script></body>");
    await route.fulfill({ response, body: html });
  });
  await page.goto("/sources");
  await expect.poll(() => violations.length).toBeGreaterThan(0);
  expect(violations.join("\n")).toMatch(/script-src/);
  expect(await page.evaluate(() => document.body.dataset.injected)).toBeUndefined();
});

test("the app's own scripts run under the policy: a client component works, with no violation", async ({ context, page }) => {
  const violations = await watchCspViolations(context);
  await page.goto("/embed/displacement/remaining-population?place=UA1402001X01");
  // recharts draws its SVG in the browser only once React has hydrated the page.
  await expect(page.locator("svg.recharts-surface").first()).toBeVisible();
  expect(violations).toEqual([]);
});
