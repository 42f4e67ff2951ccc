import { expect, test } from "@playwright/test";
import { DEMO_USERS, signInThroughApi } from "./support/auth";

test("an admin adds an indicator (the HXL hashtag checked); it starts hidden, showing it puts it on its domain page, hiding it takes it off", async ({
  browser,
  page,
}) => {
  const name = `People in collective shelters ${Date.now()}`;
  const nameUk = `Люди в місцях колективного проживання ${Date.now()}`;
  const adminContext = await browser.newContext();
  await signInThroughApi(adminContext.request, DEMO_USERS.admin.email);
  const admin = await adminContext.newPage();
  await admin.goto("/admin/indicators");
  // Let React hydrate first: a checkbox toggled before hydration is reset by it.
  await admin.waitForLoadState("networkidle");
  const form = admin.getByRole("form", { name: "Indicator" });
  // exact: the form also has "Name in Ukrainian (optional)" and "Unit in Ukrainian (optional)".
  await form.getByLabel("Name", { exact: true }).fill(name);
  await form.getByLabel("Name in Ukrainian (optional)").fill(nameUk);
  await form.getByLabel("Slug (in addresses)").fill(`shelters-${Date.now()}`);
  await form.getByLabel("Domain").selectOption("displacement");
  await form.getByLabel("Unit", { exact: true }).fill("people");
  await form.getByLabel("HXL hashtag").fill("affected+sheltered");
  await form.getByLabel("Sex").check();
  // A new indicator starts hidden: it would be an empty section on the dashboard until it has figures.
  await expect(form.getByLabel(/Shown on the public dashboard/)).not.toBeChecked();
  // Wait for the server's answer itself: the form shows the same error from its own check at
  // once, and an answer arriving after the next fill would put the old value back.
  const refused = admin.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/admin/indicators"));
  await form.getByRole("button", { name: "Save indicator" }).click();
  expect((await refused).status()).toBe(200);
  await expect(admin.locator("#f-hxlTag-error")).toContainText("Enter an HXL hashtag");
  await expect(form.getByLabel("Name", { exact: true })).toHaveValue(name);
  await expect(form.getByLabel("Name in Ukrainian (optional)")).toHaveValue(nameUk);
  await expect(form.getByLabel("Sex")).toBeChecked();

  await form.getByLabel("HXL hashtag").fill("#affected+sheltered");
  await form.getByRole("button", { name: "Save indicator" }).click();
  await expect(admin).toHaveURL(/\/admin\/indicators\/\d+\?saved=1/);
  await expect(admin.getByLabel(/Shown on the public dashboard/)).not.toBeChecked();
  await page.goto("/displacement");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name, level: 2 })).toHaveCount(0);

  await admin.waitForLoadState("networkidle");
  await admin.getByLabel(/Shown on the public dashboard/).check();
  const shown = admin.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/admin/indicators/"));
  await admin.getByRole("button", { name: "Save indicator" }).click();
  expect((await shown).status()).toBe(200);
  await expect(admin.getByLabel(/Shown on the public dashboard/)).toBeChecked();
  await page.reload();
  await expect(page.getByRole("heading", { name, level: 2 })).toBeVisible();
  // Data in both languages: the Ukrainian page shows the Ukrainian name; the unit, left empty in
  // Ukrainian, falls back to the English one.
  await page.goto("/uk/displacement");
  await expect(page.getByRole("heading", { name: nameUk, level: 2 })).toBeVisible();
  await expect(page.getByRole("heading", { name, level: 2 })).toHaveCount(0);
  await page.goto("/displacement");

  await admin.getByLabel(/Shown on the public dashboard/).uncheck();
  // The page already says "Saved." from the first save: wait for this save's answer itself.
  const saved = admin.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/admin/indicators/"));
  await admin.getByRole("button", { name: "Save indicator" }).click();
  expect((await saved).status()).toBe(200);
  await expect(admin.getByLabel(/Shown on the public dashboard/)).not.toBeChecked();
  await page.reload();
  await expect(page.getByRole("heading", { name, level: 2 })).toHaveCount(0);
  await adminContext.close();
});
