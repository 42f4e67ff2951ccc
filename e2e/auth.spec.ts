import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_USERS, freshTotpCode, signInThroughApi, signInThroughPage } from "./support/auth";

test.describe("sign-in", () => {
  for (const [role, user] of Object.entries(DEMO_USERS)) {
    test(`the demo ${role} signs in and out`, async ({ page }) => {
      await signInThroughPage(page, user.email);
      await expect(page).toHaveURL(/\/$/);
      const account = page.getByRole("navigation", { name: "Your account" });
      await expect(account.getByRole("button", { name: "Sign out" })).toBeVisible();
      await expect(account.getByRole("link", { name: "Admin", exact: true })).toHaveCount(role === "admin" ? 1 : 0);
      await page.goto("/account");
      await expect(page.getByText(user.email)).toBeVisible();

      await account.getByRole("button", { name: "Sign out" }).click();
      await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
      await page.goto("/account");
      await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Faccount/);
    });
  }

  test("a wrong password gets the generic message and no session", async ({ page }) => {
    await signInThroughPage(page, DEMO_USERS.editor.email, "not-the-demo-password");
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(/email or password is not right/);
    await page.goto("/account");
    await expect(page).toHaveURL(/\/signin/);
  });

  test("repeated failures are throttled with a clear message", async ({ page }) => {
    const email = `throttled-${Date.now()}@example.org`;
    for (let i = 0; i < 3; i++) {
      await signInThroughPage(page, email, `wrong guess ${i}`);
      await expect(page.getByRole("main").getByRole("alert")).toHaveText(/email or password is not right/);
    }
    await signInThroughPage(page, email, "wrong guess 3");
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(/Too many failed attempts/);
  });

  test("signed out, a protected page sends you to sign-in and back", async ({ page }) => {
    await page.goto("/admin/users");
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fadmin%2Fusers/);
    await page.getByLabel("Email").fill(DEMO_USERS.admin.email);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    // The demo admin has a second factor: the same form asks for the code next.
    await page.getByLabel("Authentication code").fill(await freshTotpCode(DEMO_USERS.admin.email));
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/admin\/users$/);
    await expect(page.getByRole("heading", { name: "Users", level: 1 })).toBeVisible();
  });

  test("a role too small gets a clear 403 page on admin pages", async ({ page }) => {
    for (const user of [DEMO_USERS.editor, DEMO_USERS.reviewer]) {
      await page.context().clearCookies();
      await signInThroughApi(page.context().request, user.email);
      const response = await page.goto("/admin/users");
      expect(response?.status()).toBe(403);
      await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
    }
  });
});

test.describe("user administration", () => {
  test("an admin creates a user who then signs in; disabling them ends their session at once", async ({ browser }) => {
    const email = `new.editor.${Date.now()}@example.org`;
    const password = "a fresh and long passphrase";

    const adminContext = await browser.newContext();
    const admin = await adminContext.newPage();
    await signInThroughApi(adminContext.request, DEMO_USERS.admin.email);
    await admin.goto("/admin/users");
    const form = admin.getByRole("form", { name: "Add a user" });

    // Mistakes first: errors next to their fields, the input kept.
    await form.getByLabel("Email").fill(email);
    await form.getByLabel("Name").fill("New Editor");
    await form.getByLabel("Initial password").fill("qwerty123456");
    await form.getByRole("button", { name: "Create the account" }).click();
    await expect(form.getByText(/list of common passwords/)).toBeVisible();
    await expect(form.getByLabel("Email")).toHaveValue(email);
    await expect(form.getByLabel("Initial password")).toHaveAttribute("aria-invalid", "true");

    await form.getByLabel("Initial password").fill(password);
    await form.getByRole("button", { name: "Create the account" }).click();
    await expect(form.getByRole("status").filter({ hasText: `Account created for ${email}` })).toBeVisible();
    await expect(admin.getByRole("rowheader", { name: email })).toBeVisible();

    const userContext = await browser.newContext();
    const user = await userContext.newPage();
    await signInThroughPage(user, email, password);
    await expect(user.getByRole("navigation", { name: "Your account" }).getByRole("link", { name: "New Editor" })).toBeVisible();

    const row = admin.getByRole("row").filter({ has: admin.getByRole("rowheader", { name: email }) });
    await row.getByRole("button", { name: "Disable" }).click();
    await row.getByRole("button", { name: `Confirm: disable ${email}` }).click();
    await expect(row.getByRole("status").filter({ hasText: "Account disabled" })).toBeVisible();

    await user.goto("/account");
    await expect(user).toHaveURL(/\/signin/);
    await signInThroughPage(user, email, password);
    await expect(user.getByRole("main").getByRole("alert")).toHaveText(/email or password is not right/);

    await adminContext.close();
    await userContext.close();
  });

  test("sign out everywhere ends the other sessions too", async ({ browser }) => {
    const first = await browser.newContext();
    const second = await browser.newContext();
    await signInThroughApi(first.request, DEMO_USERS.reviewer.email);
    await signInThroughApi(second.request, DEMO_USERS.reviewer.email);
    const page = await first.newPage();
    await page.goto("/account");
    await page.getByRole("button", { name: "Sign out everywhere" }).click();
    await page.getByRole("button", { name: "Confirm: end all my sessions" }).click();
    await expect(page).toHaveURL(/\/signin/);
    const other = await second.newPage();
    await other.goto("/account");
    await expect(other).toHaveURL(/\/signin/);
    await first.close();
    await second.close();
  });
});
