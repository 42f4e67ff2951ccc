import { expect, test } from "@playwright/test";
import { DEMO_USERS, signInThroughApi } from "./support/auth";

// Public pages are rendered without reading the session, so that one copy can be cached and
// served to everyone: the account menu fills in from /api/session after hydration.
const PUBLIC_PAGES = ["/", "/casualties", "/sources", "/timeline", "/data"];

test.describe("public pages do not depend on the session", () => {
  test("a signed-in reader gets the same HTML as everyone, with no name, email or account menu in it", async ({ browser, request }) => {
    const context = await browser.newContext();
    await signInThroughApi(context.request, DEMO_USERS.reviewer.email);
    for (const path of PUBLIC_PAGES) {
      const signedIn = await (await context.request.get(path)).text();
      expect(signedIn, path).not.toContain(DEMO_USERS.reviewer.email);
      // No account menu is rendered. (Its words travel in the page's scripts, with the catalogue the
      // browser's components read: the same for every reader.)
      const markup = signedIn.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "");
      expect(markup, path).not.toContain("Your account");
      expect(markup, path).not.toContain("Sign out");
      // The account corner is the same empty slot as an anonymous reader's.
      const anonymous = await (await request.get(path)).text();
      const slot = (html: string) => html.match(/<div class="account-slot">.*?<\/div>/)?.[0];
      expect(slot(signedIn), path).toBeDefined();
      expect(slot(signedIn), path).toBe(slot(anonymous));
    }
    // The exports are the same file for everyone.
    for (const path of ["/download/figures.csv?place=UA14", "/download/figures.json?domain=casualties"]) {
      const signedIn = await context.request.get(path);
      expect(signedIn.headers()["cache-control"], path).toBe("public, no-cache");
      expect(await signedIn.text(), path).toBe(await (await request.get(path)).text());
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
    await expect(account.getByRole("link", { name: "Review", exact: true })).toBeVisible();
    await expect(account.getByRole("link", { name: "Admin", exact: true })).toHaveCount(0);
    await context.close();
  });

  test("a chart far down a page is drawn only once it comes into view", async ({ page }) => {
    await page.goto("/casualties");
    const charts = page.locator("figure.chart-card").filter({ has: page.locator(".chart-frame") });
    const last = charts.last();
    // Hydrated (the account menu filled in), and no chart frame in view yet: no chart drawn.
    await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
    expect(await charts.count()).toBeGreaterThan(2);
    await expect(page.locator("svg.recharts-surface")).toHaveCount(0);
    await charts.first().scrollIntoViewIfNeeded();
    await expect(charts.first().locator("svg.recharts-surface")).toBeVisible();
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

test.describe("no layout shift while a public page streams in and hydrates", () => {
  test.use({ viewport: { width: 1350, height: 940 } }); // Lighthouse's desktop screen
  for (const path of ["/", "/casualties"]) {
    test(`${path}: the overview cards, charts and account menu fill reserved space`, async ({ page }) => {
      await page.addInitScript(() => {
        const w = window as unknown as { shifts: string[] };
        w.shifts = [];
        new PerformanceObserver((list) => {
          type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] };
          for (const entry of list.getEntries() as Shift[]) {
            const moved = entry.sources?.map((s) => (s.node as Element | undefined)?.className).join(", ");
            if (!entry.hadRecentInput) w.shifts.push(`${entry.value.toFixed(4)} ${moved}`);
          }
        }).observe({ type: "layout-shift", buffered: true });
      });
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      // The account menu has filled in, and on / every card has replaced its skeleton.
      await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
      await expect(page.locator(".card-grid .skeleton")).toHaveCount(0);
      expect(await page.evaluate(() => (window as unknown as { shifts: string[] }).shifts)).toEqual([]);
      // The first paint waits for the end of the shell (components/ui/site-chrome.tsx): without it, a
      // chunk of HTML that ends mid-list is painted and moved once the rest arrives (a shift now and then).
      const expected = page.locator('head link[rel="expect"][blocking="render"]');
      await expect(expected).toHaveCount(1);
      const target = (await expected.getAttribute("href")) ?? "";
      expect(target).toMatch(/^#/);
      await expect(page.locator(target)).toHaveCount(1);
    });
  }
});
