// Signing in for tests: through the sign-in page (what a person does), or straight through
// next-auth's endpoints (fast, for tests about something else).
import { expect, type APIRequestContext, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "crisis-ledger-demo";
export const DEMO_USERS = {
  admin: { email: "admin@example.org", role: "admin" },
  reviewer: { email: "reviewer@example.org", role: "reviewer" },
  editor: { email: "editor@example.org", role: "editor" },
} as const;

export async function signInThroughPage(page: Page, email: string, password = DEMO_PASSWORD, path = "/signin") {
  await page.goto(path);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Signs a request context (and so a browser context's `request`) in through next-auth's API. */
export async function signInThroughApi(request: APIRequestContext, email: string, password = DEMO_PASSWORD) {
  const csrf = await request.get("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
  });
  expect(response.ok()).toBe(true);
  const session = await (await request.get("/api/auth/session")).json();
  expect(session, `signed in as ${email}`).toHaveProperty("sid");
}
