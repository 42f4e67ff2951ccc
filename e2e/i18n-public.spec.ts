// The public pages in Ukrainian (issue 14): /uk/... reads in Ukrainian (words, numbers, <html
// lang>), the header's language switch keeps the page and its filters both ways and is remembered,
// a first visit follows Accept-Language, the hreflang alternates are in a `Link` header, and an
// embed copied from a Ukrainian page is Ukrainian. Every public page in Ukrainian passes the
// untranslated-text check (e2e/support/untranslated.ts).
import { expect, test } from "./support/csp";
import { untranslatedWords } from "./support/untranslated";
import { sources } from "./oracle";
import { PUBLIC_PAGES } from "./support/public-pages";

/** A number as Ukrainian writes it: digit groups split by a no-break space ("12 000"). */
const UK_NUMBER = /\d\u00a0\d{3}/;

const language = (page: import("@playwright/test").Page, name: "Language" | "Мова") => page.getByRole("navigation", { name });

test.describe("public pages in Ukrainian", () => {
  test("the overview reads in Ukrainian", async ({ page }) => {
    await page.goto("/uk");
    await expect(page.locator("html")).toHaveAttribute("lang", "uk");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Що відомо про Бахмут і Донецьку область");
    await expect(page.getByRole("heading", { name: "Хронологія подій" })).toBeVisible();
    await expect(page.getByRole("form", { name: "Фільтри" }).getByRole("button", { name: "Застосувати фільтри" })).toBeVisible();
    await expect(page.getByRole("link", { name: /Уся хронологія/ })).toHaveAttribute("href", /^\/uk\/timeline/);
    await expect(page).toHaveTitle(/Crisis Ledger/);
  });

  test("a domain page with filters reads in Ukrainian and its form stays in Ukrainian", async ({ page }) => {
    await page.goto("/uk/casualties?place=UA1402&grade=C");
    await expect(page.locator("html")).toHaveAttribute("lang", "uk");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Жертви: Бахмутський");
    await expect(page).toHaveTitle(/^Жертви · Crisis Ledger$/);
    const form = page.getByRole("form", { name: "Фільтри" });
    await expect(form.getByLabel("Мінімальна оцінка джерела")).toHaveValue("C");
    await expect(form.getByLabel("Територія (з усім, що в її межах)")).toHaveValue("UA1402");
    await expect(form.getByRole("option", { name: "Бахмутський (UA1402)" })).toBeAttached();
    await expect(page.getByRole("heading", { name: "Завантажити дані" })).toBeVisible();
    await form.getByLabel("Мінімальна оцінка джерела").selectOption("B");
    await form.getByRole("button", { name: "Застосувати фільтри" }).click();
    await expect(page).toHaveURL(/\/uk\/casualties\?(.*&)?grade=B/);
    await expect(page.locator("html")).toHaveAttribute("lang", "uk");
  });

  test("numbers, plurals and dates follow Ukrainian forms", async ({ page, request }) => {
    const answer = await request.get("/api/v1/figures?place=UA1402001X01&limit=100");
    const figures = (await answer.json()).data as { figure_id: number; best: number | null }[];
    const large = figures.find((f) => (f.best ?? 0) >= 1000);
    expect(large, "the demo data has a figure of 1,000 or more in Bakhmut").toBeDefined();
    await page.goto(`/uk/figures/${large!.figure_id}`);
    await expect(page.locator("dl.facts")).toContainText(UK_NUMBER);
    await expect(page.getByRole("columnheader", { name: "Оцінка" })).toBeVisible();
    // "26 серп. 2022 р., 14:05 UTC" without the "р.": the history's stamps.
    await expect(page.locator("td.date").first()).toContainText(/^\d{1,2} [а-яі]+\.? \d{4}, \d{2}:\d{2} UTC$/u);

    await page.goto("/uk/timeline");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Хронологія: Донецька");
    await expect(page.getByText(/^\d+ (подія|події|подій), від найдавніших\.$|^Показано 1–\d+ із \d/)).toBeVisible();
  });

  test("the language switch keeps the page and the filters, both ways, and is remembered", async ({ browser }) => {
    const context = await browser.newContext({ locale: "uk-UA", extraHTTPHeaders: { "Accept-Language": "uk-UA,uk;q=0.9" } });
    const page = await context.newPage();
    await page.goto("/uk/casualties?place=UA1402&grade=C");
    await language(page, "Мова").getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(/\/casualties\?place=UA1402&grade=C$/);
    expect(new URL(page.url()).pathname).toBe("/casualties");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Casualties: Bakhmutskyi");
    await expect(page.getByRole("form", { name: "Filters" }).getByLabel("Minimum source grade")).toHaveValue("C");

    // A Ukrainian browser stays in English afterwards: the choice is in the NEXT_LOCALE cookie.
    await page.goto("/");
    expect(new URL(page.url()).pathname).toBe("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");

    await page.goto("/sources?x=1");
    await language(page, "Language").getByRole("link", { name: "Українська" }).click();
    await expect(page).toHaveURL(/\/uk\/sources\?x=1$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Джерела");
    await context.close();
  });

  test("a first visit with a Ukrainian Accept-Language is sent to /uk", async ({ browser }) => {
    const context = await browser.newContext({ locale: "uk-UA", extraHTTPHeaders: { "Accept-Language": "uk-UA,uk;q=0.9,en;q=0.5" } });
    const page = await context.newPage();
    await page.goto("/");
    expect(new URL(page.url()).pathname).toBe("/uk");
    await expect(page.locator("html")).toHaveAttribute("lang", "uk");
    await context.close();
  });

  test("pages answer their hreflang alternates in a Link header", async ({ request }) => {
    const answer = await request.get("/casualties?place=UA1402", { headers: { "Accept-Language": "en" }, maxRedirects: 0 });
    const link = answer.headers()["link"] ?? "";
    expect(link).toMatch(/<[^>]*\/uk\/casualties[^>]*>; rel="alternate"; hreflang="uk"/);
    expect(link).toMatch(/<[^>]*\/casualties[^>]*>; rel="alternate"; hreflang="en"/);
    expect(link).toMatch(/hreflang="x-default"/);
  });

  test("an embed in /uk/embed/... is Ukrainian, and the overview's embed code points there", async ({ page }) => {
    await page.goto("/uk/embed/displacement/remaining-population?place=UA1402001X01");
    await expect(page.locator("html")).toHaveAttribute("lang", "uk");
    const back = page.getByRole("link", { name: "Усі дані, фільтри й файли — на Crisis Ledger" });
    await expect(back).toHaveAttribute("href", /^\/uk\/displacement\?place=UA1402001X01/);
    await expect(page.getByText(/^Джерела: /)).toBeVisible();

    await page.goto("/uk");
    const code = page.locator(".embed-code textarea").first();
    await page.locator(".embed-code summary").first().click();
    await expect(code).toHaveValue(/^<iframe src="http:\/\/[^"]+\/uk\/embed\/displacement\/remaining-population\?place=UA1402001X01"/);
  });
});

test.describe("no untranslated text on the Ukrainian pages", () => {
  for (const path of PUBLIC_PAGES) {
    const uk = `/uk${path === "/" ? "" : path}`;
    test(`${uk} has no English words outside data and names`, async ({ page }) => {
      await page.goto(uk);
      await page.locator("details").evaluateAll((all) => all.forEach((d) => d.setAttribute("open", "")));
      expect(await untranslatedWords(page)).toEqual([]);
    });
  }

  test("a source's page and a figure's page have no English words outside data and names", async ({ page }) => {
    await page.goto("/uk/sources");
    await page.getByRole("link", { name: sources[0]!.name }).click();
    await expect(page).toHaveURL(/\/uk\/sources\/\d+$/);
    expect(await untranslatedWords(page)).toEqual([]);
    const figure = (await page.locator("a[href*='/figures/']").first().getAttribute("href"))!.match(/\/figures\/(\d+)/)![1];
    await page.goto(`/uk/figures/${figure}`);
    expect(await untranslatedWords(page)).toEqual([]);
  });
});
