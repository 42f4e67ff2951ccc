// The authorization matrix, from an attacker's seat: every server action in the production
// build is called directly over HTTP (no page, no button) while signed out and as every role
// too small for it. Each must be refused by the guard (401 or 403 in the action's answer) and
// the database must be unchanged. An action missing from the registry fails the test, so a
// new mutation cannot ship without its row here.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { MUTATIONS, PUBLIC_MUTATING_ROUTES, type MutationName } from "../lib/auth/mutations";
import { PENDING_STEPS } from "../lib/auth/pending-steps";
import { ROLES, type Role } from "../lib/domain/enums";
import { roleAtLeast } from "../lib/domain/roles";
import { DEMO_USERS, signInThroughApi } from "./support/auth";
import { databaseFingerprint, withDatabase } from "./support/database";

interface ManifestEntry {
  workers: Record<string, unknown>;
  filename?: string;
  exportedName?: string;
}

const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as { node: Record<string, ManifestEntry> };
const builtActions = Object.entries(manifest.node).map(([id, entry]) => ({
  id,
  module: entry.filename ?? "?",
  exportName: entry.exportedName ?? "?",
  // A page that hosts the action: "app/(site)/admin/users/page" -> "/admin/users".
  path: (Object.keys(entry.workers)[0] ?? "app/page").replace(/^app/, "").replace(/\/\([^)]+\)/g, "").replace(/\/page$/, "") || "/",
}));
function routeHandlers(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeHandlers(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

const registry = Object.entries(MUTATIONS).map(([name, m]) => ({ name, ...m }));

test.describe("authorization matrix", () => {
  test("every server action of the build is in the mutation registry, and every entry exists", () => {
    expect(builtActions.length).toBeGreaterThan(0);
    for (const action of builtActions) {
      const entry = registry.find((m) => m.module === action.module && m.export === action.exportName);
      expect(entry, `server action ${action.exportName} in ${action.module} has no entry in lib/auth/mutations.ts`).toBeDefined();
    }
    for (const entry of registry) {
      expect(builtActions.some((a) => a.module === entry.module && a.exportName === entry.export), `${entry.name} is not in the build`).toBe(true);
    }
  });

  test("every route handler that changes data is guarded or listed as public", () => {
    const mutating = routeHandlers("app").filter((file) => /export\s+(async\s+function|const|\{)[^;]*\b(POST|PUT|PATCH|DELETE)\b/.test(readFileSync(file, "utf8")));
    for (const file of mutating) {
      const listed = file in PUBLIC_MUTATING_ROUTES;
      const guarded = /requireApiRole\(/.test(readFileSync(file, "utf8"));
      expect(listed || guarded, `${file} changes data but neither calls requireApiRole nor is listed in PUBLIC_MUTATING_ROUTES`).toBe(true);
    }
  });

  async function callAction(request: APIRequestContext, action: (typeof builtActions)[number], baseURL: string) {
    const response = await request.post(action.path, {
      headers: { "Next-Action": action.id, "Content-Type": "text/plain;charset=UTF-8", Origin: baseURL, Accept: "text/x-component" },
      data: "[]",
      maxRedirects: 0,
    });
    return { status: response.status(), body: await response.text() };
  }

  const callers: Array<{ label: string; role: Role | null }> = [{ label: "signed out", role: null }, ...ROLES.map((role) => ({ label: role, role }))];

  for (const caller of callers) {
    test(`${caller.label}: every action above this role is refused and changes nothing`, async ({ playwright, baseURL }) => {
      const request = await playwright.request.newContext({ baseURL });
      if (caller.role) await signInThroughApi(request, DEMO_USERS[caller.role].email);
      const refused = builtActions.filter((action) => {
        const entry = registry.find((m) => m.module === action.module && m.export === action.exportName)!;
        return !caller.role || !roleAtLeast(caller.role, entry.role);
      });
      if (caller.role === "admin") expect(refused).toEqual([]);
      const before = await databaseFingerprint();
      for (const action of refused) {
        const { status, body } = await callAction(request, action, baseURL!);
        const expected = caller.role ? 403 : 401;
        expect(status, `${action.exportName} as ${caller.label}: HTTP status`).toBe(200);
        expect(body, `${action.exportName} as ${caller.label} must be refused with ${expected}`).toContain(`"status":${expected}`);
      }
      expect(await databaseFingerprint()).toBe(before);
      await request.dispose();
    });
  }

  test("with a pending step (a password to change) every other action is refused and changes nothing", async ({ playwright, baseURL }) => {
    // An admin whose password an admin set: the demo password's hash, flagged.
    const email = `pending.admin.${Date.now()}@example.org`;
    await withDatabase((db) => db.query(
      `INSERT INTO app_user (email, name, role, password_hash, must_change_password, updated_at)
       SELECT $1, 'Pending Admin', 'admin', password_hash, true, now() FROM app_user WHERE email = $2`,
      [email, DEMO_USERS.admin.email],
    ));
    const request = await playwright.request.newContext({ baseURL });
    await signInThroughApi(request, email);
    const allowed: readonly MutationName[] = PENDING_STEPS.change_password.actions;
    const refused = builtActions.filter((action) => {
      const entry = registry.find((m) => m.module === action.module && m.export === action.exportName)!;
      return !allowed.includes(entry.name as MutationName);
    });
    expect(refused).toHaveLength(builtActions.length - allowed.length);
    const before = await databaseFingerprint();
    for (const action of refused) {
      const { status, body } = await callAction(request, action, baseURL!);
      expect(status, `${action.exportName}: HTTP status`).toBe(200);
      expect(body, `${action.exportName} must be refused until the password is changed`).toContain(`"status":403`);
      expect(body).toContain(`"code":"pending_step"`);
    }
    expect(await databaseFingerprint()).toBe(before);
    // Pages lead to the step's page.
    const page = await request.get("/admin/users", { maxRedirects: 0 });
    expect(page.status()).toBe(307);
    expect(page.headers().location).toMatch(/\/account$/);
    await request.dispose();
  });
});
