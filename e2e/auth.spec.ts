import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_USERS, freshTotpCode, signInThroughApi, signInThroughPage } from "./support/auth";

/** Where each role lands after signing in without a callback URL. */
const LANDING: Record<string, RegExp> = { editor: /\/editor$/, reviewer: /\/review$/, admin: /:\d+\/$/ };

test.describe("sign-in", () => {
  for (const [role, user] of Object.entries(DEMO_USERS)) {
    test(`the demo ${role} signs in, lands on their page, and signs out`, async ({ page }) => {
      await signInThroughPage(page, user.email);
      await expect(page).toHaveURL(LANDING[role]!);
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

  test("after sign-in the browser never leaves the site, whatever the callbackUrl says", async ({ page, baseURL }) => {
    const site = new URL(baseURL!).origin;
    const elsewhere: string[] = [];
    page.on("request", (request) => {
      if (/^https?:/.test(request.url()) && new URL(request.url()).origin !== site) elsewhere.push(request.url());
    });
    await page.route(
      (url) => url.origin !== site,
      (route) => route.abort(),
    );
    const hostile = [
      "/\\evil.example",
      "//evil.example",
      "https://evil.example/",
      "/%5Cevil.example",
      "/.//evil.example",
      "\\/evil.example",
      "javascript:alert(1)",
    ];
    // Signing in through the form with each target, then (signed in) opening /signin with it.
    for (const target of hostile) {
      await page.context().clearCookies();
      await signInThroughPage(page, DEMO_USERS.editor.email, DEMO_PASSWORD, `/signin?callbackUrl=${encodeURIComponent(target)}`);
      await expect(page.getByRole("navigation", { name: "Your account" })).toBeVisible();
      expect(new URL(page.url()).origin, target).toBe(site);
      await page.goto(`/signin?callbackUrl=${encodeURIComponent(target)}`);
      expect(new URL(page.url()).origin, target).toBe(site);
    }
    expect(elsewhere).toEqual([]);
    // next-auth's own answer (its redirect callback) names only this site too.
    const request = page.context().request;
    for (const target of hostile) {
      const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
      const response = await request.post("/api/auth/callback/credentials", {
        form: { csrfToken, email: DEMO_USERS.editor.email, password: DEMO_PASSWORD, callbackUrl: target, json: "true" },
      });
      const { url } = (await response.json()) as { url: string };
      expect(new URL(url).origin, target).toBe(site);
    }
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

  test("a user an admin created must change the password first; the change ends their other sessions", async ({ browser }) => {
    const email = `first.sign-in.${Date.now()}@example.org`;
    const initial = "an initial passphrase from the admin";
    const chosen = "my own secret passphrase now";

    const adminContext = await browser.newContext();
    const admin = await adminContext.newPage();
    await signInThroughApi(adminContext.request, DEMO_USERS.admin.email);
    await admin.goto("/admin/users");
    const form = admin.getByRole("form", { name: "Add a user" });
    await form.getByLabel("Email").fill(email);
    await form.getByLabel("Name").fill("First Signin");
    await form.getByLabel("Initial password").fill(initial);
    await form.getByRole("button", { name: "Create the account" }).click();
    await expect(form.getByRole("status").filter({ hasText: `Account created for ${email}` })).toBeVisible();
    await adminContext.close();

    // Signed in, the user is sent to change the password before anything else.
    const firstContext = await browser.newContext();
    const first = await firstContext.newPage();
    await signInThroughPage(first, email, initial, "/signin?callbackUrl=%2Feditor");
    await expect(first).toHaveURL(/\/account$/);
    await expect(first.getByText(/Your password was set by an administrator/)).toBeVisible();
    await first.goto("/editor");
    await expect(first).toHaveURL(/\/account$/);

    const secondContext = await browser.newContext();
    await signInThroughApi(secondContext.request, email, initial);
    const second = await secondContext.newPage();
    await second.goto("/editor/figures/new");
    await expect(second).toHaveURL(/\/account$/);

    // A wrong current password is refused beside its field.
    const change = first.getByRole("form", { name: "Change your password" });
    await change.getByLabel("Current password").fill("not the initial one at all");
    await change.getByLabel("New password", { exact: true }).fill(chosen);
    await change.getByLabel("New password again").fill(chosen);
    await change.getByRole("button", { name: "Change password" }).click();
    await expect(change.getByText("This is not your current password.")).toBeVisible();
    await expect(change.getByLabel("Current password")).toHaveAttribute("aria-invalid", "true");

    await change.getByLabel("Current password").fill(initial);
    await change.getByLabel("New password", { exact: true }).fill(chosen);
    await change.getByLabel("New password again").fill(chosen);
    await change.getByRole("button", { name: "Change password" }).click();
    await expect(change.getByRole("status").filter({ hasText: "Your password is changed. One other session has ended." })).toBeVisible();

    // This session goes on, now everywhere; the other one has ended.
    await first.goto("/editor");
    await expect(first).toHaveURL(/\/editor$/);
    await second.goto("/account");
    await expect(second).toHaveURL(/\/signin/);
    // The new password works, with no further step; the initial one does not.
    await signInThroughPage(second, email, initial);
    await expect(second.getByRole("main").getByRole("alert")).toHaveText(/email or password is not right/);
    await signInThroughPage(second, email, chosen, "/signin?callbackUrl=%2Feditor");
    await expect(second).toHaveURL(/\/editor$/);

    await firstContext.close();
    await secondContext.close();
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
