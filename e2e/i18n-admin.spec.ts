import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_USERS, signInThroughApi } from "./support/auth";

// Sign-in, account and administration in Ukrainian: the words, the numbers and the language kept
// across the redirect after sign-in.
test.describe("sign-in in Ukrainian", () => {
  async function signIn(page: import("@playwright/test").Page, email: string, password: string) {
    await page.goto("/uk/signin");
    await expect(page.locator("html")).toHaveAttribute("lang", "uk");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Вхід");
    await page.getByLabel("Електронна пошта").fill(email);
    await page.getByLabel("Пароль").fill(password);
    await page.getByRole("button", { name: "Увійти" }).click();
  }

  test("a wrong password gets the Ukrainian message", async ({ page }) => {
    // An unknown address gets the same answer, and leaves the demo accounts' sign-in throttle alone.
    await signIn(page, `nobody-${Date.now()}@example.org`, "not-the-demo-password");
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(/Неправильна електронна пошта чи пароль/);
    await expect(page).toHaveURL(/\/uk\/signin$/);
  });

  for (const [role, landing] of [
    ["editor", /\/uk\/editor$/],
    ["reviewer", /\/uk\/review$/],
  ] as const) {
    test(`the ${role} lands on their page in Ukrainian`, async ({ page }) => {
      await signIn(page, DEMO_USERS[role].email, DEMO_PASSWORD);
      await expect(page).toHaveURL(landing);
      await expect(page.locator("html")).toHaveAttribute("lang", "uk");
    });
  }

  test("a signed-out visit to /uk/account signs in in Ukrainian and comes back to /uk/account", async ({ page }) => {
    await page.goto("/uk/account");
    // The guard sends the reader to sign-in in their language, and the callback keeps it too.
    await expect(page).toHaveURL(/\/uk\/signin\?callbackUrl=%2Fuk%2Faccount$/);
    await page.getByLabel("Електронна пошта").fill(DEMO_USERS.editor.email);
    await page.getByLabel("Пароль").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Увійти" }).click();
    await expect(page).toHaveURL(/\/uk\/account$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ваш обліковий запис");
    await expect(page.getByRole("heading", { name: "Зміна пароля" })).toBeVisible();
    await expect(page.getByLabel("Поточний пароль")).toBeVisible();
    await expect(page.getByRole("link", { name: "Налаштувати двофакторну автентифікацію" })).toHaveAttribute(
      "href",
      "/uk/account/two-factor",
    );
  });
});

test.describe("administration in Ukrainian", () => {
  test.beforeEach(async ({ page }) => {
    await signInThroughApi(page.context().request, DEMO_USERS.admin.email);
  });

  test("the sources list and a source's page read in Ukrainian", async ({ page }) => {
    await page.goto("/uk/admin/sources");
    await expect(page.locator("html")).toHaveAttribute("lang", "uk");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Джерела");
    await expect(page.getByRole("search").getByLabel("Тип")).toBeVisible();
    await expect(page.getByRole("search").getByRole("button", { name: "Показати" })).toBeVisible();
    const table = page.getByRole("table");
    await expect(table.locator("caption")).toHaveText(/^\d+ джерел(о|а)?$/);
    await expect(table.getByRole("columnheader", { name: "Посилання" })).toBeVisible();
    await expect(table.locator("tbody tr").first().locator("td").last()).toHaveText(/^\d+ цифр(а|и)?, \d+ поді(я|ї|й)$/);

    const form = page.getByRole("form", { name: "Джерело" });
    await expect(form.getByLabel("Тип джерела")).toBeVisible();
    await expect(form.getByLabel("Оцінка надійності (за шкалою Адміралтейства)")).toBeVisible();
    await expect(form.getByRole("button", { name: "Зберегти джерело" })).toBeVisible();

    // The first source's link keeps the language.
    const first = table.locator("tbody tr").first().getByRole("link");
    await expect(first).toHaveAttribute("href", /^\/uk\/admin\/sources\/\d+$/);
    await first.click();
    await expect(page).toHaveURL(/\/uk\/admin\/sources\/\d+$/);
    await expect(page.getByRole("link", { name: "← Усі джерела" })).toHaveAttribute("href", "/uk/admin/sources");
    await expect(page.getByRole("heading", { name: "Історія оцінок" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Об’єднати з іншим джерелом" })).toBeVisible();
    await expect(page.getByRole("form", { name: "Джерело" }).getByRole("button", { name: "Зберегти джерело" })).toBeVisible();
  });

  test("the other admin pages read in Ukrainian", async ({ page }) => {
    const headings: Array<[string, string]> = [
      ["/uk/admin", "Адміністрування"],
      ["/uk/admin/indicators", "Показники"],
      ["/uk/admin/locations", "Території"],
      ["/uk/admin/users", "Користувачі"],
      ["/uk/admin/audit", "Журнал аудиту"],
    ];
    for (const [path, heading] of headings) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    }
    // The audit log's timestamps in Ukrainian (e.g. "1 груд. 2026 р., 14:05" without the year mark).
    await expect(page.locator("table.audit tbody tr td.date").first()).toHaveText(/^\d{1,2} \p{L}+\.? \d{4}/u);
    await expect(page.getByRole("columnheader", { name: "Що змінилося (до → після)" })).toBeVisible();
  });
});
