import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { formatFor } from "../lib/i18n/format";
import { indicators } from "../prisma/seed/data/indicators";
import { locations } from "./oracle";
import { DEMO_USERS, signInThroughApi } from "./support/auth";

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

// Texts staff typed (reasons), places in staff lists and pickers, and /data's words (issue 14's last gaps).
const ukExports = JSON.parse(readFileSync("messages/uk/exports.json", "utf8")) as {
  query: Record<string, string>;
  columns: Record<string, string>;
};
const uk = formatFor("uk");
const withoutPcode = (label: string) =>
  label
    .replace(/\u00a0/g, " ")
    .trim()
    .replace(/ \([^)]*\)$/, "");

test.describe("typed texts, places and exports' words in the reader's language", () => {
  test("a retraction's reason is shown as typed, marked with its language, on the figure's Ukrainian page", async ({ page, request }) => {
    const retractions = (await (await request.get("/api/v1/retractions?limit=100")).json()) as {
      data: { figure_id: number; reason: string | null }[];
    };
    const duplicate = retractions.data.find((r) => r.reason?.startsWith("Duplicate: the same telethon statement"));
    expect(duplicate).toBeTruthy();
    await page.goto(`/uk/figures/${duplicate!.figure_id}`);
    const notice = page.getByRole("note");
    await expect(notice).toContainText("Відкликано:");
    await expect(notice.locator('span[lang="en"]')).toHaveText(duplicate!.reason!.replace(/[.!?\s]+$/, ""));
    // The history's reason column marks it too.
    await expect(page.locator('table.data td[lang="en"]', { hasText: "Duplicate: the same telethon statement" })).toHaveCount(1);
  });

  test("a source's grade history marks the reasons admins typed with their language", async ({ page }) => {
    await page.goto("/uk/sources/1");
    await expect(page.locator("html")).toHaveAttribute("lang", "uk");
    await expect(page.locator('td[lang="en"]', { hasText: "Initial grade (demo data set)." }).first()).toBeVisible();
  });

  test("/data says its filters and what each column means in Ukrainian; the column names and hashtags stay", async ({ page }) => {
    await page.goto("/uk/data?place=UA14&domain=casualties");
    const chosen = page.locator("section[aria-labelledby=chosen-heading] dl");
    await expect(chosen).not.toHaveAttribute("lang", /.*/);
    await expect(chosen.locator("dt").first()).toHaveText(ukExports.query.place!);
    await expect(chosen.locator("dd").first()).toContainText("Донецька");
    const columns = page.locator("table.columns-table");
    await expect(columns.locator("[lang]")).toHaveCount(0);
    const best = columns.locator("tr", { has: page.locator("td:first-child code", { hasText: /^best$/ }) });
    await expect(best.locator("td").nth(1)).toHaveText("#indicator+num");
    await expect(best.locator("td").nth(2)).toHaveText(ukExports.columns.best!);
    // The values a meaning names are code, as the column names are.
    const unit = columns.locator("tr", { has: page.locator("td:first-child code", { hasText: /^unit$/ }) });
    await expect(unit.locator("td").nth(2).locator("code")).toHaveText(["low", "best", "high"]);
  });

  test("the public place filter lists places in the Ukrainian alphabet by their Ukrainian names", async ({ page }) => {
    await page.goto("/uk/casualties?place=UA14");
    const options = await page.locator("#f-place option").allTextContents();
    // The raions of Donetska (depth 2), in the order shown.
    const raions = options.filter((o) => /^(\u00a0){4}[^\u00a0]/.test(o)).map(withoutPcode);
    expect(raions.length).toBeGreaterThan(3);
    expect(raions).toEqual([...raions].sort(uk.compare));
    expect(raions[0]).toBe("Бахмутський");
    // Sorted by the English names, Volnovaskyi would come last; in Ukrainian it is second.
    expect(raions[1]).toBe("Волноваський");
  });

  test("the figure form's place picker in Ukrainian names places in Ukrainian and lists them in its alphabet", async ({ page }) => {
    await signInThroughApi(page.request, DEMO_USERS.editor.email);
    await page.goto("/uk/editor/figures/new");
    const options = await page.locator("#f-locationId option").allTextContents();
    expect(options[0]).toBe("Україна — Ukraine (UA)");
    const raions = options.filter((o) => o.split(" — ")[0]!.split(" › ").length === 3).map((o) => o.split(" — ")[0]!.split(" › ")[2]!);
    expect(raions.length).toBeGreaterThan(3);
    expect(raions).toEqual([...raions].sort(uk.compare));
    expect(options).toContain("Україна › Донецька › Бахмутський › Бахмутська › Бахмут — Bakhmut (UA1402001X01)");
  });

  test("the editor's list and the review queue name places in Ukrainian, and a reviewer's reason is marked with its language", async ({
    browser,
  }) => {
    const context = await browser.newContext();
    await signInThroughApi(context.request, DEMO_USERS.reviewer.email);
    const page = await context.newPage();
    await page.goto("/uk/editor?status=rejected");
    const rows = page.locator("table.data tbody tr");
    await expect(rows.first()).toBeVisible();
    // Each row's place (its first cell: name and P-code) in Ukrainian.
    const places = (await rows.locator("td:first-of-type").allTextContents()).map(withoutPcode);
    expect(places.length).toBeGreaterThan(0);
    for (const place of places) expect(locations.map((l) => l.nameUk)).toContain(place);
    expect(places).toContain("Україна");
    await expect(page.locator('tbody p.muted span[lang="en"]', { hasText: "Altered document" })).toHaveCount(1);

    // The list names indicators in Ukrainian, and finds them by their Ukrainian name too.
    await page.goto(`/uk/editor?q=${encodeURIComponent("Загиблі серед цивільного населення")}`);
    const found = page.locator("table.data tbody th");
    await expect(found.first()).toBeVisible();
    for (const name of await found.allTextContents()) expect(name).toBe("Загиблі серед цивільного населення");

    await page.goto("/uk/review");
    const headings = page.locator("article.review-item h2");
    expect(await headings.count()).toBeGreaterThan(0);
    const englishNames = locations.filter((l) => l.nameEn !== l.nameUk).map((l) => l.nameEn);
    for (const heading of await headings.allTextContents()) {
      expect(englishNames.some((name) => heading.endsWith(`, ${name}`))).toBe(false);
      expect(locations.some((l) => heading.endsWith(`, ${l.nameUk}`))).toBe(true);
    }
    // The demo's indicators and places all have Ukrainian names: nothing in a heading falls back to English.
    await expect(headings.locator('[lang="en"]')).toHaveCount(0);
    for (const heading of await headings.allTextContents()) {
      expect(indicators.some((i) => heading.includes(`: ${i.nameUk}, `))).toBe(true);
    }
    await context.close();
  });
});
