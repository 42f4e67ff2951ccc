// Signing in for tests: through the sign-in page (what a person does), or straight through
// next-auth's endpoints (fast, for tests about something else). The demo admin has a second
// factor with a published demo secret: its codes are computed here with otplib, like an app.
import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { generateSync } from "otplib";
import { DEMO_ADMIN_TOTP_SECRET } from "../../prisma/seed/data/users";
import { withDatabase } from "./database";

export const DEMO_PASSWORD = "crisis-ledger-demo";
export const DEMO_USERS = {
  admin: { email: "admin@example.org", role: "admin" },
  reviewer: { email: "reviewer@example.org", role: "reviewer" },
  editor: { email: "editor@example.org", role: "editor" },
} as const;

/** TOTP secrets of the accounts that have one (the demo admin's comes with the demo data). */
const TOTP_SECRETS = new Map<string, string>([[DEMO_USERS.admin.email, DEMO_ADMIN_TOTP_SECRET]]);
export function rememberTotpSecret(email: string, secret: string) {
  TOTP_SECRETS.set(email, secret);
}

const PERIOD_MS = 30_000;

/**
 * A code the server will take: each code works once (the server refuses any time step at or
 * before the last one used), and the suite signs in as admin often, so when this 30-second
 * step was used already (read from the database), wait for the next one instead.
 */
export async function freshTotpCode(email: string, secret = TOTP_SECRETS.get(email)): Promise<string> {
  if (!secret) throw new Error(`no TOTP secret known for ${email}`);
  const lastUsed = await withDatabase(async (client) => {
    const { rows } = await client.query<{ step: number | null }>(
      "SELECT f.last_used_step AS step FROM user_second_factor f JOIN app_user u ON u.id = f.user_id WHERE u.email = $1",
      [email],
    );
    return rows[0]?.step ?? null;
  });
  const step = () => Math.floor(Date.now() / PERIOD_MS);
  if (lastUsed !== null && step() <= lastUsed) {
    await new Promise((resolve) => setTimeout(resolve, (lastUsed + 1) * PERIOD_MS - Date.now() + 200));
  }
  return generateSync({ secret, epoch: Math.floor(Date.now() / 1000) });
}

/**
 * Waits out the sign-in throttle of an account (failed codes count like failed passwords, and
 * a wait grows with them): the test then signs in on purpose, not in a race with the delay.
 */
export async function throttleCleared(email: string): Promise<void> {
  const until = await withDatabase(async (client) => {
    const { rows } = await client.query<{ until: Date | null }>(
      "SELECT max(blocked_until) AS until FROM sign_in_throttle WHERE key LIKE '%' || $1 || '%'",
      [email.toLowerCase()],
    );
    return rows[0]?.until ?? null;
  });
  const wait = until ? until.getTime() - Date.now() + 200 : 0;
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
}

export async function signInThroughPage(page: Page, email: string, password = DEMO_PASSWORD, path = "/signin") {
  await page.goto(path);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  if (TOTP_SECRETS.has(email)) {
    // The second step: the same form asks for the code.
    await page.getByLabel("Authentication code").fill(await freshTotpCode(email));
    await page.getByRole("button", { name: "Sign in" }).click();
  }
}

/** Signs a request context (and so a browser context's `request`) in through next-auth's API. */
export async function signInThroughApi(request: APIRequestContext, email: string, password = DEMO_PASSWORD) {
  const csrf = await request.get("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const code = TOTP_SECRETS.has(email) ? await freshTotpCode(email) : undefined;
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true", ...(code ? { code } : {}) },
  });
  expect(response.ok()).toBe(true);
  const session = await (await request.get("/api/auth/session")).json();
  expect(session, `signed in as ${email}`).toHaveProperty("sid");
}
