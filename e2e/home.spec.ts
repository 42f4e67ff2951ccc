import { expect, test } from "@playwright/test";
import { figures } from "../prisma/seed/data/figures";
import { bestOf, markersDrawn } from "./oracle";

// The oracle is the demo data set itself (what the e2e database was seeded with), not the page.
const INDICATOR = "remaining-population";
const PLACE = "UA1402001X01";
const expected = figures.filter(
  (f) => f.indicator === INDICATOR && f.location === PLACE && f.status === "published" && !f.sex && !f.ageGroup && !f.populationGroup,
);
const sourceNames = [...new Set(expected.map((f) => f.source))].sort();
const markers = markersDrawn(expected);

test.describe("home page", () => {
  test("shows the demo notice, a chart with one series per source, and a table of the same numbers", async ({ page }) => {
    expect(sourceNames.length).toBeGreaterThanOrEqual(2);
    await page.goto("/");
    await expect(page.getByText("Demonstration data.")).toBeVisible();

    const chart = page.getByRole("figure", { name: /Residents remaining in Bakhmut: claims by source/i });
    await expect(chart).toBeVisible();

    // One line and one range band per source, and a marker for every claim with a number (the
    // chart loads when it comes into view).
    await chart.scrollIntoViewIfNeeded();
    await expect(chart.locator(".recharts-line")).toHaveCount(markers.lines);
    await expect(chart.locator(".recharts-area")).toHaveCount(markers.lines);
    expect(markers.lines).toBe(sourceNames.length); // residents remaining: a stock, every source a line
    await expect(chart.locator(".recharts-line-dots .chart-marker--line")).toHaveCount(markers.line);
    await expect(chart.locator(".chart-marker--period")).toHaveCount(markers.period);

    // The legend names every source with its grade.
    const legend = chart.getByRole("list", { name: "Sources" }).getByRole("listitem");
    await expect(legend).toHaveCount(sourceNames.length);
    const legendNames = (await legend.locator("span").allInnerTexts()).sort();
    expect(legendNames).toEqual(sourceNames);

    // "View as table" lists exactly the seeded claims: date, source and best estimate.
    await chart.getByText(/^View as table/).click();
    const rows = chart.getByRole("table").locator("tbody tr");
    await expect(rows).toHaveCount(expected.length);
    const shown = await rows.evaluateAll((trs) =>
      trs.map((tr) => {
        const cells = [...tr.querySelectorAll("td")].map((td) => td.textContent?.trim() ?? "");
        return `${cells[0]} | ${cells[1]} | ${cells[7]}`;
      }),
    );
    const wanted = expected.map((f) => {
      const best = bestOf(f);
      return `${f.asOf} | ${f.source} | ${best === null ? "–" : best.toLocaleString("en-GB")}`;
    });
    expect(shown.sort()).toEqual(wanted.sort());
  });

  test("GET /api/health answers ok", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "ok" });
  });

  test("pages other than embeds cannot be framed", async ({ request }) => {
    const response = await request.get("/");
    expect(response.headers()["x-frame-options"]).toBe("DENY");
    expect(response.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  });
});
