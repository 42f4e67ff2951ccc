// The charts in Ukrainian (/uk/...): legend, marks, "view as table" with its plural, table headers,
// axis ticks and numbers in the Ukrainian forms, the place named in Ukrainian, and an embed
// snippet that keeps the language. English is checked word for word by dashboard.spec.ts.
import { expect, test } from "@playwright/test";
import { figures } from "../prisma/seed/data/figures";

const INDICATOR = "civilians-killed";
const claims = figures.filter(
  (f) => f.indicator === INDICATOR && f.location === "UA14" && f.status === "published" && !f.sex && !f.ageGroup && !f.populationGroup,
);

/** Ukrainian plural of "твердження" for n (one, few, many). */
function claimsWord(n: number): string {
  const form = new Intl.PluralRules("uk").select(n);
  return form === "many" ? "тверджень" : "твердження";
}

test.describe("charts in Ukrainian", () => {
  test("an indicator's chart, legend, table, places and breakdowns read in Ukrainian", async ({ page }) => {
    expect(claims.length).toBeGreaterThan(3);
    await page.goto(`/uk/casualties/${INDICATOR}`);
    const chart = page.locator(`#${INDICATOR}-claims`);
    await chart.scrollIntoViewIfNeeded();
    await expect(chart.locator(".chart-marker").first()).toBeVisible();
    await expect(chart.getByRole("list", { name: "Джерела" })).toBeVisible();
    await expect(chart.getByRole("list", { name: "Позначки" })).toBeVisible();
    await expect(chart.locator("figcaption h3")).toContainText("Донецька загалом: твердження за джерелами");

    // Axis ticks: Ukrainian months or bare years, never an English month; numbers grouped with a no-break space.
    const tickValues = (axis: "xAxis" | "yAxis") =>
      chart.locator(
        `.recharts-${axis} .recharts-cartesian-axis-tick-value, .recharts-${axis}-tick-labels .recharts-cartesian-axis-tick-value`,
      );
    await expect(tickValues("xAxis").first()).toBeAttached();
    const ticks = await tickValues("xAxis").allTextContents();
    for (const tick of ticks) expect(tick).not.toMatch(/[A-Za-z]/);
    expect(
      ticks.some((tick) => /^(\d{1,2} )?[а-яіїє]+\. \d{4}$|^\d{4}$/u.test(tick)),
      ticks.join(", "),
    ).toBe(true);
    const values = await tickValues("yAxis").allTextContents();
    expect(
      values.some((v) => /^\d{1,3}(\u00a0\d{3})+$/.test(v)),
      values.join(", "),
    ).toBe(true);

    const summary = chart.locator("summary", { hasText: "Показати таблицею" }).first();
    await expect(summary).toHaveText(`Показати таблицею (${claims.length} ${claimsWord(claims.length)})`);
    await summary.click();
    const table = chart.getByRole("table").first();
    await expect(table.locator("thead th")).toHaveText([
      "Станом на",
      "Джерело",
      "Оцінка",
      "Достовірність",
      "Перевірка",
      "Значення",
      "Нижня оцінка",
      "Найімовірніша оцінка",
      "Верхня оцінка",
      "Цифра",
    ]);
    // Each figure's link stays in Ukrainian.
    const link = table.locator("tbody tr td:last-child a").first();
    expect(await link.getAttribute("href")).toMatch(/^\/uk\/figures\/\d+$/);
    await expect(chart.getByRole("link", { name: "Завантажити CSV" })).toBeVisible();

    await chart.getByText("Вбудувати цей графік").click();
    await expect(chart.getByLabel("Код для вбудовування (HTML)")).toHaveValue(/\/uk\/embed\/casualties\/civilians-killed/);

    await expect(page.locator(`#${INDICATOR}-places h3`)).toHaveText(/: місця в межах Донецька$/);
    await expect(page.locator(`#${INDICATOR}-breakdowns h3`)).toHaveText(/Донецька: за статтю, віком/);
  });
});
