// The public API on the production server: the reference page (/api/docs) renders from the app's own
// assets under the CSP and its "try it out" sends a real request; answers are served from the edge's
// cache (X-Cache: hit) with the handler's ETag, revalidate with 304 and open CORS; anything else
// under /api answers JSON, never an HTML page.
import { expect, test } from "./support/csp";

test.describe("the public API", () => {
  test("/api/docs renders the reference from the app's own assets and 'try it out' answers", async ({ page }) => {
    const outside: string[] = [];
    page.on("request", (r) => {
      if (!r.url().startsWith(new URL(page.url() === "about:blank" ? "http://127.0.0.1" : page.url()).origin)) outside.push(r.url());
    });
    const response = await page.goto("/api/docs");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { name: /Crisis Ledger API/ })).toBeVisible();
    const origin = new URL(page.url()).origin;
    expect(outside.filter((url) => !url.startsWith(origin) && !url.startsWith("data:"))).toEqual([]);

    const operation = page.locator("#operations-data-get_api_v1_indicators");
    await operation.locator(".opblock-summary").click();
    // tryItOutEnabled: the Execute button is there at once.
    await operation.getByRole("button", { name: "Execute" }).click();
    const answer = operation.locator(".live-responses-table tbody tr.response");
    await expect(answer.locator(".response-col_status")).toHaveText(/200/);
    await expect(answer.locator(".response-col_description")).toContainText('"hxl_tag"');
  });

  test("answers are kept at the edge with the handler's ETag, revalidate with 304, and allow any origin", async ({ request }) => {
    const url = "/api/v1/figures?place=UA14&limit=5";
    await expect.poll(async () => (await request.get(url)).headers()["x-cache"], { timeout: 15_000 }).toBe("hit");
    const hit = await request.get(url);
    const headers = hit.headers();
    expect(headers["content-type"]).toMatch(/^application\/json/);
    expect(headers["cache-control"]).toBe("public, max-age=60, stale-while-revalidate=600");
    expect(headers["access-control-allow-origin"]).toBe("*");
    expect(headers.etag).toMatch(/^W\/"\d+-\d+"$/);
    expect(headers["last-modified"]).toBeTruthy();
    expect((await hit.json()).data).toHaveLength(5);
    const revalidated = await request.get(url, { headers: { "If-None-Match": headers.etag! } });
    expect(revalidated.status()).toBe(304);
    expect(revalidated.headers()["x-cache"]).toBe("hit");
    // The next page's link is on the public address, and a session cookie does not change the answer.
    const next = (await hit.json()).next as string;
    expect(next).toMatch(/\/api\/v1\/figures\?place=UA14&limit=5&cursor=\d+$/);
  });

  test("a CORS preflight from another site is allowed for reading", async ({ request }) => {
    const response = await request.fetch("/api/v1/figures", {
      method: "OPTIONS",
      headers: { Origin: "https://other.example", "Access-Control-Request-Method": "GET" },
    });
    expect(response.status()).toBe(204);
    expect(response.headers()["access-control-allow-origin"]).toBe("*");
    expect(response.headers()["access-control-allow-methods"]).toContain("GET");
  });

  test("bad parameters answer 400 JSON naming each one; other addresses a JSON 404, never HTML", async ({ request }) => {
    const bad = await request.get("/api/v1/figures?limit=0&grade=Q&colour=red");
    expect(bad.status()).toBe(400);
    expect(((await bad.json()).errors as Array<{ parameter: string }>).map((e) => e.parameter).sort()).toEqual([
      "colour",
      "grade",
      "limit",
    ]);
    for (const path of ["/api/nothing", "/api/v1/nothing", "/api/v1/figures/1/more", "/api/v2/figures"]) {
      const response = await request.get(path, { headers: { Accept: "text/html" } });
      expect(response.status(), path).toBe(404);
      expect(response.headers()["content-type"], path).toMatch(/^application\/json/);
    }
    const post = await request.post("/api/v1/nothing", { data: {} });
    expect(post.status()).toBe(404);
    expect(post.headers()["content-type"]).toMatch(/^application\/json/);
  });
});
