import { expect, test } from "@playwright/test";
import { DEMO_USERS, signInThroughApi } from "./support/auth";

const HEADER =
  "admin0Pcode,admin0Name_en,admin0Name_uk,admin1Pcode,admin1Name_en,admin1Name_uk,admin2Pcode,admin2Name_en,admin2Name_uk,admin3Pcode,admin3Name_en,admin3Name_uk";
const ROW = (code: string, en: string, uk: string) =>
  `UA,Ukraine,Україна,UA14,Donetska,Донецька,UA1412,Kramatorskyi,Краматорський,${code},${en},${uk}`;

test("an admin previews an admin-boundary import, sees the bad row, fixes it and applies it; the new place can be deleted", async ({
  browser,
}) => {
  const context = await browser.newContext();
  await signInThroughApi(context.request, DEMO_USERS.admin.email);
  const page = await context.newPage();
  await page.goto("/admin/locations");
  const form = page.getByRole("form", { name: "Import places" });

  // A row whose P-code does not extend its raion's: previewed with its line, nothing applied.
  await form
    .getByLabel("…or paste the CSV here")
    .fill([HEADER, ROW("UA1412991", "Testova", "Тестова"), ROW("UA1499991", "Wrong", "Хибна")].join("\n"));
  await form.getByRole("button", { name: "Preview the import" }).click();
  await expect(form.getByText(/Line 3: The P-code UA1499991 does not start with its parent's P-code UA1412/)).toBeVisible();
  await expect(form.getByRole("button", { name: "Apply the import" })).toHaveCount(0);

  await form.getByLabel("…or paste the CSV here").fill([HEADER, ROW("UA1412991", "Testova", "Тестова")].join("\n"));
  await form.getByRole("button", { name: "Preview the import" }).click();
  const preview = form.getByRole("table", { name: "What the import would do" });
  const row = (pcode: string) =>
    preview.locator("tbody tr").filter({ has: page.locator("td:nth-child(2)", { hasText: new RegExp(`^${pcode}$`) }) });
  await expect(row("UA1412991").locator("td").last()).toHaveText("create");
  await expect(row("UA1412").locator("td").last()).toHaveText("no change");
  await form.getByRole("button", { name: "Apply the import" }).click();
  await expect(form.getByRole("status").filter({ hasText: "Imported: 1 place(s) created" })).toBeVisible();

  await page.goto("/admin/locations");
  await page.getByRole("link", { name: "Testova" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("UA1412991");
  await page.getByRole("button", { name: "Delete place" }).click();
  await page.getByRole("button", { name: "Confirm: delete this place for good" }).click();
  await expect(page).toHaveURL(/\/admin\/locations\?deleted=1/);
  await expect(page.getByRole("link", { name: "Testova" })).toHaveCount(0);
  await context.close();
});
