// Two-factor authentication in the browser: an admin without a second factor is sent to enrol
// (pages redirect, other actions are refused with a code), enrols with the secret shown beside
// the QR code, gets ten recovery codes, then signs in with a code, with a recovery code (once),
// is refused a reused code, and has the factor reset by another admin.
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { generateSync } from "otplib";
import { DEMO_USERS, freshTotpCode, rememberTotpSecret, signInThroughApi, throttleCleared } from "./support/auth";
import { withDatabase } from "./support/database";

const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
  node: Record<string, { filename?: string; exportedName?: string }>;
};
const actionId = (exportName: string) => Object.entries(manifest.node).find(([, e]) => e.exportedName === exportName)?.[0];

async function passwordStep(page: Page, email: string, password: string) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByLabel("Authentication code")).toBeVisible();
}

async function codeStep(page: Page, code: string) {
  await page.getByLabel("Authentication code").fill(code);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("an admin without a second factor enrols first, then signs in with codes and recovery codes, each once", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const email = `second.admin.${Date.now()}@example.org`;
  const initialPassword = "another long admin passphrase";
  const password = "the second admin's own passphrase";

  const adminContext = await browser.newContext();
  await signInThroughApi(adminContext.request, DEMO_USERS.admin.email);
  const admin = await adminContext.newPage();
  await admin.goto("/admin/users");
  const form = admin.getByRole("form", { name: "Add a user" });
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Name").fill("Second Admin");
  await form.getByLabel("Role").selectOption("admin");
  await form.getByLabel("Initial password").fill(initialPassword);
  await form.getByRole("button", { name: "Create the account" }).click();
  await expect(form.getByRole("status").filter({ hasText: `Account created for ${email}` })).toBeVisible();

  // Signed in with the password alone (no factor yet), the new admin first replaces the password
  // an admin chose, then lands on the enrolment page.
  const userContext = await browser.newContext();
  const user = await userContext.newPage();
  await user.goto("/signin");
  await user.getByLabel("Email").fill(email);
  await user.getByLabel("Password").fill(initialPassword);
  await user.getByRole("button", { name: "Sign in" }).click();
  await expect(user).toHaveURL(/\/account$/);
  const change = user.getByRole("form", { name: "Change your password" });
  await change.getByLabel("Current password").fill(initialPassword);
  await change.getByLabel("New password", { exact: true }).fill(password);
  await change.getByLabel("New password again").fill(password);
  // The change re-renders /account, whose guard now sends the admin on to the next step.
  await change.getByRole("button", { name: "Change password" }).click();
  await expect(user).toHaveURL(/\/account\/two-factor$/);
  await expect(user.getByText("Administrators must use two-factor authentication")).toBeVisible();
  for (const path of ["/admin/users", "/editor", "/account"]) {
    await user.goto(path);
    await expect(user, `${path} redirects to enrolment`).toHaveURL(/\/account\/two-factor$/);
  }
  // Server actions other than enrolment are refused with a code, even for an admin.
  const createUser = actionId("createUserAction");
  expect(createUser).toBeDefined();
  const refused = await userContext.request.post("/admin/users", {
    headers: { "Next-Action": createUser!, "Content-Type": "text/plain;charset=UTF-8", Origin: baseURL!, Accept: "text/x-component" },
    data: "[]",
    maxRedirects: 0,
  });
  expect(await refused.text()).toContain(`"code":"pending_enrol_totp"`);

  // Enrol: the QR code is drawn inline (no outside request) and the key is shown for typing by hand.
  await expect(user.getByRole("img", { name: "QR code for your authenticator app" }).locator("svg")).toBeVisible();
  const secret = (await user.getByTestId("totp-secret").textContent())!.trim();
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await user.getByLabel("Code from the app").fill("000000");
  await user.getByRole("button", { name: "Turn on two-factor authentication" }).click();
  await expect(user.getByLabel("Code from the app")).toHaveAttribute("aria-invalid", "true");
  const enrolCode = generateSync({ secret, epoch: Math.floor(Date.now() / 1000) });
  await user.getByLabel("Code from the app").fill(enrolCode);
  await user.getByRole("button", { name: "Turn on two-factor authentication" }).click();
  const codes = user.getByRole("list", { name: "Your recovery codes" }).getByRole("listitem");
  await expect(codes).toHaveCount(10);
  const recoveryCodes = (await codes.allTextContents()).map((c) => c.trim());
  expect(recoveryCodes.every((c) => /^([0-9a-z]{4}-){3}[0-9a-z]{4}$/.test(c))).toBe(true);
  await user.getByRole("link", { name: /I have saved my recovery codes/ }).click();
  await expect(user).toHaveURL(/\/account$/);
  await user.goto("/admin/users");
  await expect(user.getByRole("heading", { name: "Users", level: 1 })).toBeVisible();
  rememberTotpSecret(email, secret);

  // Sign out, then in again with a recovery code.
  await user.getByRole("navigation", { name: "Your account" }).getByRole("button", { name: "Sign out" }).click();
  await expect(user.getByRole("link", { name: "Sign in" })).toBeVisible();
  await passwordStep(user, email, password);
  await codeStep(user, recoveryCodes[0]!);
  await expect(user.getByRole("navigation", { name: "Your account" }).getByRole("button", { name: "Sign out" })).toBeVisible();
  await user.getByRole("navigation", { name: "Your account" }).getByRole("button", { name: "Sign out" }).click();
  await expect(user.getByRole("link", { name: "Sign in" })).toBeVisible();

  // The code used at enrolment and the used recovery code are refused; the form keeps the code step.
  await passwordStep(user, email, password);
  for (const used of [enrolCode, recoveryCodes[0]!]) {
    await codeStep(user, used);
    await expect(user.getByLabel("Authentication code")).toHaveAttribute("aria-invalid", "true");
    await expect(user.getByText(/not right or was used already/)).toBeVisible();
  }
  await user.goto("/account");
  await expect(user).toHaveURL(/\/signin/);

  // A fresh code (the next 30-second step, if this one was used) signs in, once the wait the two
  // refused codes earned has passed.
  // (The password step counts as an attempt too, so the code step may have its own wait.)
  await throttleCleared(email);
  await passwordStep(user, email, password);
  const fresh = await freshTotpCode(email);
  await throttleCleared(email);
  await codeStep(user, fresh);
  await expect(user).toHaveURL(/\/$/);
  await user.goto("/account");
  await expect(user.getByText("On: signing in asks for a code")).toBeVisible();

  // Another admin resets the factor: audited, and the user's sessions end at once.
  await admin.goto("/admin/users");
  const row = admin.getByRole("row").filter({ has: admin.getByRole("rowheader", { name: email }) });
  await row.getByRole("button", { name: "Reset two-factor" }).click();
  await row.getByRole("button", { name: `Confirm: reset two-factor of ${email}` }).click();
  await expect(row.getByRole("status").filter({ hasText: "Two-factor authentication reset" })).toBeVisible();
  await user.goto("/account");
  await expect(user).toHaveURL(/\/signin/);
  const audited = await withDatabase(
    async (client) =>
      (await client.query("SELECT 1 FROM audit_event WHERE action = 'user.second_factor_reset' AND after->>'email' = $1", [email]))
        .rowCount,
  );
  expect(audited).toBe(1);

  await adminContext.close();
  await userContext.close();
});

test("an editor may turn two-factor authentication on and off at /account", async ({ page }) => {
  await signInThroughApi(page.context().request, DEMO_USERS.editor.email);
  await page.goto("/account");
  await expect(page.getByText("Off: your password alone signs you in.")).toBeVisible();
  await page.getByRole("link", { name: "Set up two-factor authentication" }).click();
  await expect(page).toHaveURL(/\/account\/two-factor$/);
  const secret = (await page.getByTestId("totp-secret").textContent())!.trim();
  const enrolCode = generateSync({ secret, epoch: Math.floor(Date.now() / 1000) });
  await page.getByLabel("Code from the app").fill(enrolCode);
  await page.getByRole("button", { name: "Turn on two-factor authentication" }).click();
  await expect(page.getByRole("list", { name: "Your recovery codes" }).getByRole("listitem")).toHaveCount(10);
  await page.goto("/account/two-factor");
  await page.getByLabel("Current code from your app, or a recovery code").fill(await freshTotpCode(DEMO_USERS.editor.email, secret));
  await page.getByRole("button", { name: "Turn off two-factor authentication" }).click();
  await expect(page.getByTestId("totp-secret")).toBeVisible();
  await page.goto("/account");
  await expect(page.getByText("Off: your password alone signs you in.")).toBeVisible();
});
