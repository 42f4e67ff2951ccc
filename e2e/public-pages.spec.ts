import { expect, test } from "@playwright/test";
import { DEMO_USERS, signInThroughApi } from "./support/auth";

// Public pages are rendered without reading the session, so that one copy can be cached and
// served to everyone: the account menu fills in from /api/session after hydration.
const PUBLIC_PAGES = ["/", "/casualties", "/sources", "/timeline"];

/** The page's HTML without what changes on every request (the CSP nonce). */
const stable = (html: string) => html.replace(/nonce="[^"]*"/g, "").replace(/nonce\\?":\\?"[^"\\]*\\?"/g, "");

test.describe("public pages do not depend on the session", () => {
  test("a signed-in reader gets the same HTML as everyone, with no name, email or account menu in it", async ({ browser, request }) => {
    const context = await browser.newContext();
    await signInThroughApi(context.request, DEMO_USERS.reviewer.email);
    for (const path of PUBLIC_PAGES) {
      const signedIn = await (await context.request.get(path)).text();
      expect(signedIn, path).not.toContain(DEMO_USERS.reviewer.email);
      expect(signedIn, path).not.toContain("Your account");
      expect(signedIn, path).not.toContain("Sign out");
      // Same markup for both apart from the nonce (the demo data does not change between the two requests).
      const anonymous = await (await request.get(path)).text();
      expect(stable(signedIn).length, path).toBe(stable(anonymous).length);
    }
    await context.close();
  });

  test("/api/session names the signed-in user (nothing secret) and is never cached", async ({ browser, request }) => {
    const anonymous = await request.get("/api/session");
    expect(anonymous.status()).toBe(200);
    expect(anonymous.headers()["cache-control"]).toContain("no-store");
    expect(await anonymous.json()).toEqual({ user: null });

    const context = await browser.newContext();
    await signInThroughApi(context.request, DEMO_USERS.reviewer.email);
    const response = await context.request.get("/api/session");
    expect(response.headers()["cache-control"]).toContain("no-store");
    const body = (await response.json()) as { user: Record<string, unknown> };
    expect(Object.keys(body.user).sort()).toEqual(["email", "name", "role"]);
    expect(body.user).toMatchObject({ email: DEMO_USERS.reviewer.email, role: "reviewer" });

    // The menu appears in the browser, after hydration, with the reviewer's links.
    const page = await context.newPage();
    await page.goto("/casualties");
    const account = page.getByRole("navigation", { name: "Your account" });
    await expect(account.getByRole("link", { name: "Review" })).toBeVisible();
    await expect(account.getByRole("link", { name: "Admin", exact: true })).toHaveCount(0);
    await context.close();
  });

  test("a chart far down a page is drawn only once it comes into view", async ({ page }) => {
    await page.goto("/casualties");
    const charts = page.locator("figure.chart-card").filter({ has: page.locator(".chart-frame") });
    const last = charts.last();
    await expect(page.locator("svg.recharts-surface").first()).toBeVisible();
    // Its frame is there (the same size as the chart), but not the chart.
    await expect(last.locator(".chart-frame--pending")).toHaveCount(1);
    await expect(last.locator("svg.recharts-surface")).toHaveCount(0);
    await last.scrollIntoViewIfNeeded();
    await expect(last.locator("svg.recharts-surface")).toBeVisible();
  });

  test("/favicon.ico is an icon, not a 404", async ({ request }) => {
    const response = await request.get("/favicon.ico");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toMatch(/image\//);
  });
});
