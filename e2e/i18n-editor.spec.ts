import { expect, test } from "@playwright/test";
import { DEMO_USERS, signInThroughApi } from "./support/auth";

// An editor working in Ukrainian: the editor's pages, the figure form, the errors the server
// answers (in the language of the page that posted) and the outcome of each step read in Ukrainian.
const BAKHMUT = "(UA1402001X01)";

test.describe("the editor in Ukrainian", () => {
  test("an editor enters a figure at /uk, sees the errors in Ukrainian beside the fields and above the form, corrects them and saves", async ({
    page,
  }) => {
    await signInThroughApi(page.request, DEMO_USERS.editor.email);

    await page.goto("/uk/editor");
    await expect(page.locator("html")).toHaveAttribute("lang", "uk");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ваші цифри");
    await expect(page.getByRole("link", { name: "Ввести нову цифру" })).toHaveAttribute("href", "/uk/editor/figures/new");
    await page.getByRole("link", { name: "Ввести нову цифру" }).click();

    await expect(page).toHaveURL(/\/uk\/editor\/figures\/new$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ввести цифру");
    await page.getByLabel("Показник", { exact: true }).selectOption({ index: 1 });
    await page.getByLabel("Знайти місце (назва українською чи англійською або P-код)").fill("Бахмут");
    const place = page.locator("#f-locationId option", { hasText: BAKHMUT });
    await page.getByLabel("Місце", { exact: true }).selectOption((await place.getAttribute("value"))!);
    await page.getByLabel("Хто це стверджує").selectOption({ index: 1 });
    await page.getByLabel("Станом на", { exact: true }).fill("2099-01-01");
    await page.getByLabel("Нижня оцінка").fill("9000");
    await page.getByLabel("Найімовірніша оцінка").fill("8000");
    await page.getByLabel("Верхня оцінка").fill("10000");
    // Credibility is never visited: only the server can say it is missing, in the page's language.
    await page.getByRole("button", { name: "Зберегти чернетку" }).click();

    await expect(page.locator("#f-credibility-error")).toHaveText("Виберіть достовірність інформації, від 1 до 6.");
    await expect(page.locator("#f-asOf-error")).toHaveText("Дата «станом на» не може бути в майбутньому.");
    await expect(page.locator("#f-low-error")).toHaveText("Нижня оцінка не може бути більшою за найімовірнішу.");
    const summary = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "Виникла проблема" }) });
    await expect(summary).toBeVisible();
    await expect(summary).toContainText("Деякі поля потребують уваги. Введені дані збережено у формі");
    await expect(summary.getByRole("link", { name: "Виберіть достовірність інформації, від 1 до 6." })).toBeVisible();
    await expect(page.getByLabel("Нижня оцінка")).toHaveValue("9000");

    await page.getByLabel("Станом на", { exact: true }).fill("2023-02-15");
    await page.getByLabel("Нижня оцінка").fill("7000");
    await page.getByLabel("Достовірність цієї інформації").selectOption("3");
    await page.getByRole("button", { name: "Зберегти чернетку" }).click();

    await expect(page).toHaveURL(/\/uk\/editor\/figures\/\d+\?saved=1$/);
    const id = Number(/figures\/(\d+)/.exec(page.url())![1]);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(`Цифра ${id}`);
    await expect(page.getByRole("status").filter({ hasText: "Збережено." })).toBeVisible();
    await expect(page.getByRole("link", { name: "← Усі цифри" })).toHaveAttribute("href", "/uk/editor");

    // Submitted: the page offers the next step, in Ukrainian.
    await page.getByRole("button", { name: "Подати на перевірку" }).click();
    await expect(page.getByRole("button", { name: "Забрати з перевірки" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Подати на перевірку" })).toHaveCount(0);
  });

  test("the timeline events pages read in Ukrainian", async ({ page }) => {
    await signInThroughApi(page.request, DEMO_USERS.editor.email);
    await page.goto("/uk/editor/events");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Події хронології");
    await page.getByRole("link", { name: "Ввести нову подію" }).click();
    await expect(page).toHaveURL(/\/uk\/editor\/events\/new$/);
    await expect(page.getByLabel("Дата події або заяви")).toBeVisible();
    await page.getByRole("button", { name: "Зберегти чернетку" }).click();
    await expect(page.locator("#f-occurredOn-error")).toHaveText("Введіть дату події.");
    await expect(page.getByRole("heading", { name: "Виникла проблема" })).toBeVisible();
  });

  test("a signed-out visitor to a Ukrainian editor page signs in in Ukrainian and comes back to it", async ({ page }) => {
    await page.goto("/uk/editor/figures/new");
    await expect(page).toHaveURL(/\/uk\/signin\?callbackUrl=%2Fuk%2Feditor%2Ffigures%2Fnew$/);
  });
});
