import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./support/csp";
import { DEMO_USERS, signInThroughApi } from "./support/auth";

// axe (WCAG 2.0/2.1 A and AA) on the staff pages, signed in as the role each needs, including a
// form showing its errors.
const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

async function violations(page: import("@playwright/test").Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 5)
        .join(", ")}`,
  );
}

test.describe("accessibility of the staff pages", () => {
  test("axe finds no violations on the sign-in page, with and without an error", async ({ page }) => {
    await page.goto("/signin");
    expect(await violations(page)).toEqual([]);
    await page.getByLabel("Email").fill("nobody@example.org");
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("main").getByRole("alert")).not.toBeEmpty();
    expect(await violations(page)).toEqual([]);
  });

  const pages = [
    { role: "editor", path: "/editor" },
    { role: "editor", path: "/editor/figures/new" },
    { role: "editor", path: "/editor/events" },
    { role: "editor", path: "/editor/events/new" },
    { role: "editor", path: "/account" },
    { role: "editor", path: "/account/two-factor" },
    { role: "reviewer", path: "/review" },
    { role: "reviewer", path: "/uk/review" },
    { role: "editor", path: "/editor/import" },
    { role: "editor", path: "/uk/editor/import" },
    { role: "admin", path: "/admin/users" },
    { role: "admin", path: "/admin/audit" },
    { role: "admin", path: "/admin/sources" },
    { role: "admin", path: "/admin/indicators" },
    { role: "admin", path: "/admin/locations" },
    { role: "admin", path: "/admin/locations/2" },
    { role: "admin", path: "/admin" },
    { role: "admin", path: "/admin/sources/1" },
  ] as const;

  for (const { role, path } of pages) {
    test(`axe finds no violations on ${path} (${role})`, async ({ page }) => {
      await signInThroughApi(page.context().request, DEMO_USERS[role].email);
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });
  }

  test("axe finds no violations on an import's page in Ukrainian, its columns and its problems shown", async ({ page, baseURL }) => {
    const request = page.context().request;
    await signInThroughApi(request, DEMO_USERS.editor.email);
    const csv = "indicator,place_pcode,source,as_of,best,credibility\nremaining-population,UA9999,UN OCHA Ukraine,2023-01-01,about 300,3\n";
    const uploaded = await request.post("/editor/import/upload", {
      headers: { Origin: baseURL! },
      multipart: { file: { name: "axe.csv", mimeType: "text/csv", buffer: Buffer.from(csv) } },
    });
    expect(uploaded.status()).toBe(201);
    const { url } = (await uploaded.json()) as { url: string };
    await page.goto(`/uk${url}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Імпорт: axe.csv");
    expect(await violations(page)).toEqual([]);
    await page.getByRole("button", { name: "Перевірити всі рядки" }).click();
    await expect(page.getByText(/^Рядок 2, стовпець «place_pcode»/)).toBeVisible();
    expect(await violations(page)).toEqual([]);
    await page.getByRole("button", { name: "Видалити цей імпорт" }).click();
    await page.getByRole("button", { name: "Так, видалити" }).click();
    await expect(page).toHaveURL(/\/uk\/editor\/import\?deleted=1$/);
  });

  test("axe finds no violations on the figure form showing its errors", async ({ page }) => {
    await signInThroughApi(page.context().request, DEMO_USERS.editor.email);
    await page.goto("/editor/figures/new");
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.locator("#f-indicatorId-error")).not.toBeEmpty();
    expect(await violations(page)).toEqual([]);
  });
});

test.describe("accessibility of the sign-in, account and admin pages in Ukrainian", () => {
  test("axe finds no violations on /uk/signin, with and without an error", async ({ page }) => {
    await page.goto("/uk/signin");
    expect(await violations(page)).toEqual([]);
    await page.getByLabel("Електронна пошта").fill("nobody@example.org");
    await page.getByLabel("Пароль").fill("not the password");
    await page.getByRole("button", { name: "Увійти" }).click();
    await expect(page.getByRole("main").getByRole("alert")).not.toBeEmpty();
    expect(await violations(page)).toEqual([]);
  });

  test("axe finds no violations on the figure form in Ukrainian, before and with its field errors shown", async ({ page }) => {
    await signInThroughApi(page.context().request, DEMO_USERS.editor.email);
    await page.goto("/uk/editor/figures/new");
    await expect(page.locator("html")).toHaveAttribute("lang", "uk");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ввести цифру");
    expect(await violations(page)).toEqual([]);
    await page.getByRole("button", { name: "Зберегти чернетку" }).click();
    await expect(page.locator("#f-indicatorId-error")).not.toBeEmpty();
    await expect(page.getByRole("heading", { name: "Виникла проблема" })).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  const ukrainianPages = [
    { role: "editor", path: "/uk/account" },
    { role: "editor", path: "/uk/account/two-factor" },
    { role: "admin", path: "/uk/admin" },
    { role: "admin", path: "/uk/admin/users" },
    { role: "admin", path: "/uk/admin/audit" },
    { role: "admin", path: "/uk/admin/sources" },
    { role: "admin", path: "/uk/admin/sources/1" },
    { role: "admin", path: "/uk/admin/indicators" },
    { role: "admin", path: "/uk/admin/indicators/1" },
    { role: "admin", path: "/uk/admin/locations" },
    { role: "admin", path: "/uk/admin/locations/2" },
  ] as const;

  for (const { role, path } of ukrainianPages) {
    test(`axe finds no violations on ${path} (${role})`, async ({ page }) => {
      await signInThroughApi(page.context().request, DEMO_USERS[role].email);
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("lang", "uk");
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });
  }
});
