import { expect, test } from "@playwright/test";

// Data in both languages (issue 14): place and indicator names, units and descriptions in the
// reader's language on the public pages, with the same figures behind them.
test.describe("data in both languages", () => {
  test("a domain page shows indicator and place names in Ukrainian at /uk and in English without the prefix", async ({ page }) => {
    // English first: visiting a /uk address remembers the choice (NEXT_LOCALE), and an unprefixed
    // address then leads to the Ukrainian page.
    await page.goto("/casualties?place=UA1402");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Bakhmutskyi");
    await expect(page.getByRole("heading", { name: "Civilians killed", level: 2 })).toBeVisible();
    await expect(page.locator("#f-place option", { hasText: "Donetska (UA14)" })).toHaveCount(1);
    await expect(page.getByText("Загиблі серед цивільного населення")).toHaveCount(0);

    await page.goto("/uk/casualties?place=UA1402");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Бахмутський");
    await expect(page.getByRole("heading", { name: "Загиблі серед цивільного населення", level: 2 })).toBeVisible();
    await expect(page.getByText("Цивільні, загиблі з 24 лютого 2022 року (наростаючим підсумком)").first()).toBeVisible();
    // The place picker names places in Ukrainian too.
    await expect(page.locator("#f-place option", { hasText: "Донецька (UA14)" })).toHaveCount(1);
  });

  test("an indicator's own page in Ukrainian has the indicator's and the place's Ukrainian names", async ({ page }) => {
    await page.goto("/uk/displacement/idps");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Внутрішньо переміщені особи (ВПО)");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Донецька");
  });
});
