// The authorization matrix, from an attacker's seat: every server action in the production
// build is called directly over HTTP (no page, no button) while signed out and as every role
// too small for it. Each must be refused by the guard (401 or 403 in the action's answer) and
// the database must be unchanged. An action missing from the registry fails the test, so a
// new mutation cannot ship without its row here.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { MUTATIONS, PUBLIC_MUTATING_ROUTES, type MutationName } from "../lib/auth/mutations";
import { PENDING_STEPS } from "../lib/auth/pending-steps";
import { ROLES, type Role } from "../lib/domain/enums";
import { roleAtLeast } from "../lib/domain/roles";
import { DEMO_USERS, signInThroughApi } from "./support/auth";
import { builtActions, type BuiltAction } from "./support/actions";
import { databaseFingerprint, withDatabase } from "./support/database";

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
      expect(
        builtActions.some((a) => a.module === entry.module && a.exportName === entry.export),
        `${entry.name} is not in the build`,
      ).toBe(true);
    }
  });

  test("every route handler that changes data is guarded or listed as public", () => {
    const mutating = routeHandlers("app").filter((file) =>
      /export\s+(async\s+function|const|\{)[^;]*\b(POST|PUT|PATCH|DELETE)\b/.test(readFileSync(file, "utf8")),
    );
    for (const file of mutating) {
      const listed = file in PUBLIC_MUTATING_ROUTES;
      const guarded = /requireApiRole\(/.test(readFileSync(file, "utf8"));
      expect(listed || guarded, `${file} changes data but neither calls requireApiRole nor is listed in PUBLIC_MUTATING_ROUTES`).toBe(true);
    }
  });

  async function callAction(request: APIRequestContext, action: BuiltAction, baseURL: string) {
    const response = await request.post(action.path, {
      headers: { "Next-Action": action.id, "Content-Type": "text/plain;charset=UTF-8", Origin: baseURL, Accept: "text/x-component" },
      data: "[]",
      maxRedirects: 0,
    });
    return { status: response.status(), body: await response.text() };
  }

  const callers: Array<{ label: string; role: Role | null }> = [
    { label: "signed out", role: null },
    ...ROLES.map((role) => ({ label: role, role })),
  ];

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
    await withDatabase((db) =>
      db.query(
        `INSERT INTO app_user (email, name, role, password_hash, must_change_password, updated_at)
       SELECT $1, 'Pending Admin', 'admin', password_hash, true, now() FROM app_user WHERE email = $2`,
        [email, DEMO_USERS.admin.email],
      ),
    );
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
      expect(body).toContain(`"code":"pending_change_password"`);
    }
    expect(await databaseFingerprint()).toBe(before);
    // Pages lead to the step's page.
    const page = await request.get("/admin/users", { maxRedirects: 0 });
    expect(page.status()).toBe(307);
    expect(page.headers().location).toMatch(/\/account$/);
    await request.dispose();
  });
});

// Record-level rules, from the same seat: the buttons a page hides are not the protection, so
// each refusal is checked by calling the action over HTTP with well-formed input, encoded as
// React encodes a form's arguments (`encodeReply`).
const { encodeReply } = createRequire(import.meta.url)("next/dist/compiled/react-server-dom-webpack/client.node") as {
  encodeReply: (value: unknown) => Promise<string | FormData>;
};

async function callActionWithForm(
  request: APIRequestContext,
  exportName: string,
  fields: Record<string, string | number>,
  baseURL: string,
) {
  const action = builtActions.find((a) => a.exportName === exportName);
  if (!action) throw new Error(`no server action ${exportName} in the build`);
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, String(value));
  // useActionState calls an action with (previous state, form data).
  const body = await encodeReply([{}, form]);
  const headers = { "Next-Action": action.id, Origin: baseURL, Accept: "text/x-component" };
  const response = await request.post(
    action.path,
    typeof body === "string"
      ? { headers: { ...headers, "Content-Type": "text/plain;charset=UTF-8" }, data: body, maxRedirects: 0 }
      : { headers, multipart: body, maxRedirects: 0 },
  );
  return { status: response.status(), body: await response.text() };
}

const currentVersion = (table: "figure" | "timeline_event", id: number) =>
  withDatabase(async (client) => {
    const { rows } = await client.query<{ version: number; status: string }>(`SELECT version, status FROM ${table} WHERE id = $1`, [id]);
    return rows[0]!;
  });

async function newContextAs(browser: import("@playwright/test").Browser, role: Role): Promise<Page> {
  const context = await browser.newContext();
  await signInThroughApi(context.request, DEMO_USERS[role].email);
  return context.newPage();
}

test.describe("record-level rules (four-eyes)", () => {
  test("a reviewer who changed an editor's figure cannot publish it, not even over HTTP; nothing changes", async ({ browser, baseURL }) => {
    const editor = await newContextAs(browser, "editor");
    await editor.goto("/editor/figures/new");
    await editor.getByLabel("Indicator").selectOption({ label: "Residents remaining (people)" });
    await editor.getByLabel("Find a place (English or Ukrainian name, or P-code)").fill("Бахмут");
    const place = editor.locator("#f-locationId option", { hasText: "(UA1402001X01)" });
    await editor.getByLabel("Place", { exact: true }).selectOption((await place.getAttribute("value"))!);
    await editor.getByLabel("Who made the claim").selectOption({ label: "UN OCHA Ukraine — grade B: Usually reliable" });
    await editor.getByLabel("As of").fill("2023-02-16");
    await editor.getByLabel("Best estimate").fill("8,100");
    await editor.getByLabel("Credibility of this information").selectOption("3");
    await editor.getByRole("button", { name: "Save draft" }).click();
    await expect(editor).toHaveURL(/\/editor\/figures\/\d+\?saved=1/);
    const id = Number(/figures\/(\d+)/.exec(editor.url())![1]);

    // The reviewer changes the editor's number and submits the figure.
    const reviewer = await newContextAs(browser, "reviewer");
    await reviewer.goto(`/editor/figures/${id}`);
    await reviewer.getByLabel("Low estimate").fill("18,000");
    await reviewer.getByLabel("Best estimate").fill("18,100");
    await reviewer.getByLabel("High estimate").fill("18,200");
    await reviewer.getByRole("button", { name: "Save draft" }).click();
    await expect(reviewer).toHaveURL(/\?saved=1/);
    await reviewer.getByRole("button", { name: "Submit for review" }).click();
    await expect(reviewer.getByRole("heading", { level: 1 })).toContainText("Submitted");

    // The queue does not offer Publish, and says why.
    await reviewer.goto("/review");
    const item = reviewer.getByRole("article", { name: new RegExp(`^Figure ${id}:`) });
    await expect(item).toContainText("You entered or changed its values: another reviewer must publish it (four-eyes rule).");
    await expect(item.getByRole("button", { name: "Publish" })).toHaveCount(0);

    // Straight over HTTP, with the current version: refused, and the database is unchanged.
    const { version, status } = await currentVersion("figure", id);
    expect(status).toBe("submitted");
    const before = await databaseFingerprint();
    const answer = await callActionWithForm(reviewer.context().request, "reviewFigureAction", { id, version, action: "publish" }, baseURL!);
    expect(answer.status).toBe(200);
    expect(answer.body).toContain(`"status":403`);
    expect(answer.body).toContain(`"code":"four_eyes"`);
    expect(await databaseFingerprint()).toBe(before);

    // The admin (who did not touch it) may publish it: the same call goes through. Then it is
    // retracted, so the other specs' charts and counts stay those of the demo data.
    const admin = await newContextAs(browser, "admin");
    const published = await callActionWithForm(admin.context().request, "reviewFigureAction", { id, version, action: "publish" }, baseURL!);
    expect(published.body).toContain(`"status":200`);
    expect((await currentVersion("figure", id)).status).toBe("published");
    const retract = { id, version: version + 1, action: "retract", reason: "Test figure of the four-eyes check." };
    expect((await callActionWithForm(admin.context().request, "reviewFigureAction", retract, baseURL!)).body).toContain(`"status":200`);
    expect((await currentVersion("figure", id)).status).toBe("retracted");
    for (const page of [editor, reviewer, admin]) await page.context().close();
  });

  test("a reviewer who changed an editor's timeline event cannot publish it over HTTP; nothing changes", async ({ browser, baseURL }) => {
    const title = `Four-eyes check ${Date.now()}: shelling reported near the railway station`;
    const editor = await newContextAs(browser, "editor");
    await editor.goto("/editor/events/new");
    await editor.getByLabel("Date of the event or claim").fill("2023-05-22");
    const bakhmut = "Ukraine › Donetska › Bakhmutskyi › Bakhmutska › Bakhmut — Бахмут (UA1402001X01)";
    await editor.getByLabel("Place", { exact: true }).selectOption({ label: bakhmut });
    await editor.getByLabel("Who said it").selectOption({ index: 1 });
    await editor.getByLabel("Credibility of this information").selectOption("4");
    await editor.getByLabel("What happened or was claimed, in one line").fill(title);
    await editor.getByRole("button", { name: "Save draft" }).click();
    await expect(editor).toHaveURL(/\/editor\/events\/\d+\?saved=1/);
    const id = Number(/events\/(\d+)/.exec(editor.url())![1]);

    const reviewer = await newContextAs(browser, "reviewer");
    await reviewer.goto(`/editor/events/${id}`);
    await reviewer.getByLabel("What happened or was claimed, in one line").fill(`${title} (edited)`);
    await reviewer.getByRole("button", { name: "Save draft" }).click();
    await expect(reviewer).toHaveURL(/\?saved=1/);
    await reviewer.getByRole("button", { name: "Submit for review" }).click();
    await expect(reviewer.getByRole("heading", { level: 1 })).toContainText("Submitted");

    await reviewer.goto("/review");
    const item = reviewer.getByRole("article", { name: new RegExp(`^Event ${id}:`) });
    await expect(item).toContainText("another reviewer must publish it (four-eyes rule)");
    await expect(item.getByRole("button", { name: "Publish" })).toHaveCount(0);

    const { version } = await currentVersion("timeline_event", id);
    const before = await databaseFingerprint();
    const fields = { id, version, action: "publish" };
    const answer = await callActionWithForm(reviewer.context().request, "reviewTimelineEventAction", fields, baseURL!);
    expect(answer.body).toContain(`"status":403`);
    expect(answer.body).toContain(`"code":"four_eyes"`);
    expect(await databaseFingerprint()).toBe(before);
    for (const page of [editor, reviewer]) await page.context().close();
  });
});
