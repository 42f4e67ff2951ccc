import { expect, test } from "@playwright/test";
import { DEMO_USERS, signInThroughApi } from "./support/auth";
import { withDatabase } from "./support/database";

test.describe("source administration", () => {
  test("an admin creates a source an editor can cite; deactivating it removes it from new figures only; a grade change shows publicly", async ({
    browser,
  }) => {
    const name = `Kyiv Independent ${Date.now()}`;
    const adminContext = await browser.newContext();
    await signInThroughApi(adminContext.request, DEMO_USERS.admin.email);
    const admin = await adminContext.newPage();
    await admin.goto("/admin/sources");
    const form = admin.getByRole("form", { name: "Source" });

    // A duplicate name (any case) is refused beside the field, the input kept.
    await form.getByLabel("Name").fill("un ocha ukraine");
    await form.getByLabel("Kind of source").selectOption("media");
    await form.getByLabel("Reliability grade (Admiralty)").selectOption("C");
    await form.getByLabel(/Why this grade/).fill("Regional media with a corrections policy.");
    await form.getByRole("button", { name: "Save source" }).click();
    await expect(admin.locator("#f-name-error")).toContainText("exists already");
    await expect(form.getByLabel("Kind of source")).toHaveValue("media");

    await form.getByLabel("Name").fill(name);
    await form.getByLabel("Notes (optional)").fill("Independent English-language media.");
    await form.getByLabel("Notes in Ukrainian (optional)").fill("Незалежне англомовне видання.");
    await form.getByRole("button", { name: "Save source" }).click();
    await expect(admin).toHaveURL(/\/admin\/sources\/\d+\?saved=1/);
    const sourceUrl = admin.url().replace(/\?.*$/, "");
    const sourceId = Number(/sources\/(\d+)/.exec(sourceUrl)![1]);

    // The editor can cite it; a figure is entered citing it.
    const editorContext = await browser.newContext();
    await signInThroughApi(editorContext.request, DEMO_USERS.editor.email);
    const editor = await editorContext.newPage();
    await editor.goto("/editor/figures/new");
    const sourceOption = `${name} — grade C: Fairly reliable`;
    await expect(editor.getByLabel("Who made the claim").locator("option", { hasText: name })).toHaveCount(1);
    await editor.getByLabel("Indicator").selectOption({ label: "Civilians killed (people)" });
    await editor.getByLabel("Place", { exact: true }).selectOption({ index: 1 });
    await editor.getByLabel("Who made the claim").selectOption({ label: sourceOption });
    await editor.getByLabel("As of").fill("2023-03-01");
    await editor.getByLabel("Best estimate").fill("100");
    await editor.getByLabel("Credibility of this information").selectOption("3");
    await editor.getByRole("button", { name: "Save draft" }).click();
    await expect(editor).toHaveURL(/\/editor\/figures\/\d+\?saved=1/);
    const figureUrl = editor.url().replace(/\?.*$/, "");

    // Deactivated: gone from the choices for new figures, kept on the figure that cites it.
    await admin.goto(sourceUrl);
    await admin.getByRole("button", { name: "Deactivate" }).click();
    await admin.getByRole("button", { name: "Confirm: deactivate this source" }).click();
    await expect(admin.getByText("Deactivated: new figures cannot cite this source")).toBeVisible();
    await editor.goto("/editor/figures/new");
    await expect(editor.getByLabel("Who made the claim").locator("option", { hasText: name })).toHaveCount(0);
    await editor.goto(figureUrl);
    await expect(editor.getByLabel("Who made the claim")).toHaveValue(String(sourceId));
    // It is cited, so it cannot be deleted.
    await expect(admin.getByText(/cannot be deleted, only deactivated or merged/)).toBeVisible();

    // A grade change needs a reason: refused beside the field (and in the error summary, whose
    // link leads to the field), nothing saved.
    await admin.waitForLoadState("networkidle");
    await admin.getByLabel("Reliability grade (Admiralty)").selectOption("B");
    await admin.getByRole("button", { name: "Save source" }).click();
    await expect(admin.locator("#f-gradeReason-error")).toContainText("Say why the source has this grade");
    const summary = admin.getByRole("alert").filter({ hasText: "There is a problem" });
    await expect(summary).toBeFocused();
    await summary.getByRole("link", { name: /Say why the source has this grade/ }).click();
    await expect(admin.getByLabel(/Why this grade/)).toBeFocused();
    expect(
      await withDatabase(async (c) => (await c.query("SELECT reliability FROM source WHERE id = $1", [sourceId])).rows[0]?.reliability),
    ).toBe("C");
    // With the reason, it is saved and appears in the public grade history.
    await admin.getByLabel(/Why this grade/).fill("Two years of accurate corrections.");
    await admin.getByRole("button", { name: "Save source" }).click();
    await expect(admin).toHaveURL(/saved=1/);
    const publicPage = await browser.newPage();
    await publicPage.goto(`/sources/${sourceId}`);
    const history = publicPage.getByRole("table", { name: "Every change of this source's grade" });
    await expect(history.locator("tbody tr")).toHaveCount(2);
    const change = history.locator("tbody tr", { hasText: "Two years of accurate corrections." });
    await expect(change).toHaveCount(1);
    await expect(change.locator("td").nth(1)).toHaveText("C");
    await expect(change.locator("td").nth(2)).toHaveText("B");
    // Notes in the reader's language (data in both languages).
    await expect(publicPage.getByText("Independent English-language media.")).toBeVisible();
    await publicPage.goto(`/uk/sources/${sourceId}`);
    await expect(publicPage.getByText("Незалежне англомовне видання.")).toBeVisible();
    await expect(publicPage.getByText("Independent English-language media.")).toHaveCount(0);

    // Once nothing cites it, it can be deleted (after a confirmation); this also leaves the demo
    // data as the other specs expect it.
    await editor.goto(figureUrl);
    await editor.getByRole("button", { name: "Delete draft" }).click();
    await editor.getByRole("button", { name: "Confirm: delete this draft for good" }).click();
    await expect(editor).toHaveURL(/\/editor\?deleted=1/);
    await admin.goto(sourceUrl);
    await admin.getByRole("button", { name: "Delete source" }).click();
    await admin.getByRole("button", { name: "Confirm: delete this source for good" }).click();
    await expect(admin).toHaveURL(/\/admin\/sources\?deleted=1/);
    expect((await publicPage.goto(`/sources/${sourceId}`))?.status()).toBe(404);

    await adminContext.close();
    await editorContext.close();
  });

  test("editors and reviewers are refused on the admin pages", async ({ browser }) => {
    for (const user of [DEMO_USERS.editor, DEMO_USERS.reviewer]) {
      const context = await browser.newContext();
      await signInThroughApi(context.request, user.email);
      const page = await context.newPage();
      for (const path of ["/admin", "/admin/sources", "/admin/indicators", "/admin/locations", "/admin/users", "/admin/audit"]) {
        expect((await page.goto(path))?.status(), `${user.email} on ${path}`).toBe(403);
      }
      await context.close();
    }
  });
});
