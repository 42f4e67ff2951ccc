// The frictions a new user met (issue 15), each reproduced and checked as a person meets it:
// the editors' list paged with its total, the COD boundary layout, the notice for filters not
// understood, the error summary and the checks between fields, the notices that clear, the
// reason asked before a retraction, the place type-ahead of the event form, the audit log in
// words, demo history dated near the sources, and the figure page at 390 px.
import { expect, test, type Page } from "@playwright/test";
import { DEMO_USERS, signInThroughApi, signInThroughPage } from "./support/auth";
import { withDatabase } from "./support/database";

const count = async (sql: string, params: unknown[] = []) =>
  withDatabase(async (c) => Number((await c.query<{ n: string }>(sql, params)).rows[0]!.n));

async function signedIn(page: Page, role: keyof typeof DEMO_USERS) {
  await signInThroughApi(page.context().request, DEMO_USERS[role].email);
}

test.describe("editors' list", () => {
  test("pages through every figure and says how many there are", async ({ page }) => {
    await signedIn(page, "reviewer");
    const total = await count("SELECT count(*) AS n FROM figure");
    expect(total).toBeGreaterThan(200);
    await page.goto("/editor");
    const table = page.getByRole("table", { name: /figures, most recently changed first/ });
    await expect(table.locator("caption")).toHaveText(`${total.toLocaleString("en-GB")} figures, most recently changed first`);
    await expect(table.locator("tbody tr")).toHaveCount(100);
    const pager = page.getByRole("navigation", { name: "Pages of figures", exact: true });
    await expect(pager).toContainText(`Showing 1–100 of ${total.toLocaleString("en-GB")} figures`);
    const lastPage = Math.ceil(total / 100);
    await pager.getByRole("link", { name: "Last" }).click();
    await expect(page).toHaveURL(new RegExp(`/editor\\?page=${lastPage}$`));
    await expect(table.locator("tbody tr")).toHaveCount(total - (lastPage - 1) * 100);
    // The filters stay in the pager's links.
    await page.goto("/editor?status=published");
    const published = await count("SELECT count(*) AS n FROM figure WHERE status = 'published'");
    await expect(page.getByRole("navigation", { name: "Pages of figures", exact: true })).toContainText(
      `of ${published.toLocaleString("en-GB")} figures`,
    );
    await expect(
      page.getByRole("navigation", { name: "Pages of figures", exact: true }).getByRole("link", { name: "Next" }),
    ).toHaveAttribute("href", "/editor?status=published&page=2");
  });
});

test.describe("landing after sign-in", () => {
  test("a callback URL wins over the role's landing page", async ({ page }) => {
    await signInThroughPage(page, DEMO_USERS.reviewer.email, undefined, `/signin?callbackUrl=${encodeURIComponent("/sources")}`);
    await expect(page).toHaveURL(/\/sources$/);
  });

  test("the review card labels the verification status", async ({ page }) => {
    await signedIn(page, "reviewer");
    await page.goto("/review");
    const card = page.locator("article.review-item").first();
    await expect(card).toContainText(/Verification status: (Reported|Corroborated|Verified|Disputed)/);
  });
});

test.describe("location import", () => {
  test("reads the COD header layout, and says in words what is wrong on each broken line while checking the others", async ({ page }) => {
    await signedIn(page, "admin");
    await page.goto("/admin/locations");
    const form = page.getByRole("form", { name: "Import places" });
    const header = "ADM0_EN,ADM0_UA,ADM0_PCODE,ADM1_EN,ADM1_UA,ADM1_PCODE,ADM2_EN,ADM2_UA,ADM2_PCODE,validOn";
    const line = (en: string, uk: string, code: string) => `Ukraine,Україна,UA,Donetska,Донецька,UA14,${en},${uk},${code},2024-01-01`;
    await form
      .getByLabel("…or paste the CSV here")
      .fill(
        [
          header,
          line("Bakhmutskyi", "Бахмутський", "UA1402"),
          "Ukraine,Україна,UA,Donetska,Донецька,UA14,Broken",
          line("Nowhere", "Ніде", ""),
          line("Codovyi", "Кодовий", "UA1498"),
        ].join("\n"),
      );
    await form.getByRole("button", { name: "Preview the import" }).click();
    const problems = form.getByRole("region", { name: /Problems/ });
    await expect(problems).toContainText("Line 3: This line has 7 values where the first line names 10 columns");
    await expect(problems).toContainText("Line 4: The place “Nowhere” (ADM2_PCODE) has a name but no P-code.");
    await expect(problems).not.toContainText("Invalid Record Length");
    // The lines after the broken ones were read too.
    const preview = form.getByRole("table", { name: "What the import would do" });
    await expect(preview.locator("tbody tr", { hasText: "UA1498" })).toContainText("create");
    await expect(preview.locator("tbody tr", { hasText: "UA1402" })).toContainText("no change");
    await expect(form.getByRole("button", { name: "Apply the import" })).toHaveCount(0);
  });
});

test.describe("dashboard filters not understood", () => {
  test("the domain page and the overview name each filter they fell back from", async ({ page }) => {
    await page.goto("/casualties?place=XX99&grade=Z&from=2023-05-01&to=2023-01-01");
    const notice = page.getByRole("status").filter({ hasText: "Some filters in the address were not understood" });
    await expect(notice).toContainText("there is no place with the P-code “XX99”; showing Donetska instead");
    await expect(notice).toContainText("grade “Z” is not a reliability grade");
    await expect(notice).toContainText("from “2023-05-01” is after to “2023-01-01”");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Donetska");

    // An indicator's own page says so too.
    await page.goto("/casualties/civilians-killed?place=XX99");
    await expect(page.getByRole("status").filter({ hasText: "Some filters in the address were not understood" })).toContainText(
      "there is no place with the P-code “XX99”; showing Donetska instead",
    );

    await page.goto("/?cred=9");
    await expect(page.getByRole("status").filter({ hasText: "Some filters in the address were not understood" })).toContainText(
      "cred “9” is not a credibility",
    );
    await page.goto("/casualties?grade=C");
    await expect(page.getByText("Some filters in the address were not understood")).toHaveCount(0);
  });
});

test.describe("forms", () => {
  test("the error summary lists each problem and its link moves focus to the field", async ({ page }) => {
    await signedIn(page, "editor");
    await page.goto("/editor/figures/new");
    await page.waitForLoadState("networkidle");
    await page.getByRole("button", { name: "Save draft" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole("link", { name: "Enter the “as of” date." })).toHaveAttribute("href", "#f-asOf");
    await summary.getByRole("link", { name: "Enter the “as of” date." }).click();
    await expect(page.getByLabel("As of", { exact: true })).toBeFocused();
    expect(await summary.getByRole("link").count()).toBeGreaterThan(2);
  });

  test("checks between fields run when a field is left; no information empties and disables the numbers", async ({ page }) => {
    await signedIn(page, "editor");
    await page.goto("/editor/figures/new");
    await page.waitForLoadState("networkidle");
    await page.getByLabel("Period start (optional)").fill("2023-05-10");
    await page.getByLabel("As of", { exact: true }).fill("2023-05-01");
    await page.getByLabel("As of", { exact: true }).blur();
    await expect(page.locator("#f-periodStart-error")).toHaveText("The period cannot start after the “as of” date.");

    await page.getByLabel("Published by the source on (optional)").fill("2100-01-01");
    await page.getByLabel("Published by the source on (optional)").blur();
    await expect(page.locator("#f-sourcePublishedAt-error")).toHaveText(/cannot be in the future|on or before/);
    await page.getByLabel("Published by the source on (optional)").fill("1899-12-31");
    await page.getByLabel("Published by the source on (optional)").blur();
    await expect(page.locator("#f-sourcePublishedAt-error")).toHaveText("Enter a date on or after 1900-01-01.");

    await page.getByLabel("Best estimate").fill("1200");
    await page.getByLabel("Low estimate").fill("1000");
    await page.getByLabel(/No information: the source had no figure/).check();
    for (const name of ["Low estimate", "Best estimate", "High estimate"]) {
      await expect(page.getByLabel(name)).toBeDisabled();
      await expect(page.getByLabel(name)).toHaveValue("");
    }
    await page.getByLabel(/No information: the source had no figure/).uncheck();
    await expect(page.getByLabel("Best estimate")).toBeEnabled();
  });

  test("the event form narrows its places as one types, like the figure form", async ({ page }) => {
    await signedIn(page, "editor");
    await page.goto("/editor/events/new");
    await page.waitForLoadState("networkidle");
    const places = page.getByLabel("Place", { exact: true });
    const all = await places.locator("option").count();
    await page.getByLabel("Find a place (English or Ukrainian name, or P-code)").fill("Бахмут");
    await expect.poll(() => places.locator("option").count()).toBeLessThan(all);
    await expect(places.locator("option", { hasText: "UA1402001X01" })).toHaveCount(1);
  });

  test("Retract asks for the reason before the confirmation", async ({ page }) => {
    await signedIn(page, "reviewer");
    const id = await count("SELECT min(id) AS n FROM figure WHERE status = 'published'");
    await page.goto(`/figures/${id}`);
    await page.getByRole("button", { name: "Retract" }).click();
    await expect(page.getByText("Say why this is retracted; the reason is shown publicly.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Confirm: retract this figure" })).toHaveCount(0);
    await expect(page.getByLabel("Why is it retracted? (shown publicly)")).toBeFocused();
    await page.getByLabel("Why is it retracted? (shown publicly)").fill("Checking the confirmation only.");
    await page.getByRole("button", { name: "Retract" }).click();
    await expect(page.getByRole("button", { name: "Confirm: retract this figure" })).toBeVisible();
    await page.getByRole("button", { name: "Cancel" }).click();
    expect(await count("SELECT count(*) AS n FROM figure WHERE id = $1 AND status = 'published'", [id])).toBe(1);
  });

  test("a notice clears when a later action on the page answers", async ({ page }) => {
    await signedIn(page, "admin");
    const id = await count("SELECT min(id) AS n FROM source WHERE is_active");
    await page.goto(`/admin/sources/${id}?saved=1`);
    await page.waitForLoadState("networkidle");
    await expect(page.getByRole("status").filter({ hasText: /^Saved\.$/ })).toBeVisible();
    await page.getByRole("button", { name: "Deactivate" }).click();
    await page.getByRole("button", { name: "Confirm: deactivate this source" }).click();
    await expect(page.getByText("Deactivated: new figures cannot cite this source")).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: /^Saved\.$/ })).toHaveCount(0);
    await page.getByRole("button", { name: "Reactivate" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Reactivated." })).toBeVisible();
    await expect(page.getByText("Deactivated: new figures cannot cite this source")).toHaveCount(0);
  });
});

test.describe("audit log", () => {
  test("shows which fields changed, before and after, with the raw JSON at hand", async ({ page }) => {
    await signedIn(page, "admin");
    const id = await count("SELECT min(id) AS n FROM source WHERE is_active");
    await page.goto(`/admin/sources/${id}`);
    await page.waitForLoadState("networkidle");
    await page.getByRole("button", { name: "Deactivate" }).click();
    await page.getByRole("button", { name: "Confirm: deactivate this source" }).click();
    await expect(page.getByText("Deactivated: new figures cannot cite this source")).toBeVisible();
    await page.getByRole("button", { name: "Reactivate" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Reactivated." })).toBeVisible();

    await page.goto("/admin/audit?entity=source");
    const row = page.locator("tbody tr", { hasText: "source.reactivated" }).first();
    const change = row.locator(".audit__fields");
    await expect(change.locator("dt")).toHaveText(["isActive"]);
    await expect(change.locator("dd")).toHaveText("false → true");
    await expect(row.locator("details summary")).toHaveText("Raw JSON");
    await expect(row.locator("details pre").first()).toBeHidden();
    await row.locator("details summary").click();
    await expect(row.locator("details pre").first()).toContainText('"isActive": false');
  });
});

test.describe("demo data", () => {
  test("a demo figure's history is dated near its source's publication, not at the load", async ({ page }) => {
    const { id, basis } = await withDatabase(async (c) => {
      const { rows } = await c.query<{ id: number; basis: string }>(
        "SELECT id, to_char(coalesce(source_published_at, as_of), 'YYYY') AS basis FROM figure WHERE status = 'published' ORDER BY id LIMIT 1",
      );
      return rows[0]!;
    });
    await page.goto(`/figures/${id}`);
    const history = page.getByRole("table").filter({ has: page.getByRole("columnheader", { name: "Change" }) });
    const when = history.locator("tbody tr td:nth-child(3)");
    // Entered the day after the source published (so possibly in the next year), never at the load.
    const year = Number(basis);
    await expect(when.first()).toContainText(new RegExp(`${year}|${year + 1}`));
    const loadYear = new Date().getUTCFullYear();
    if (year + 1 < loadYear) await expect(history).not.toContainText(String(loadYear));
  });
});

test.describe("on a phone (390 px)", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the figure page does not overflow: P-code, link and notes wrap; the history keeps the estimate in view", async ({ page }) => {
    // The published figures with the longest notes and links: the likeliest to overflow.
    const ids = await withDatabase(async (c) =>
      (
        await c.query<{ id: number }>(
          "SELECT id FROM figure WHERE status = 'published' ORDER BY length(coalesce(notes, '')) + length(coalesce(source_url, '')) DESC LIMIT 3",
        )
      ).rows.map((r) => r.id),
    );
    for (const id of ids) {
      await page.goto(`/figures/${id}`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      expect(scrollWidth, `/figures/${id}`).toBeLessThanOrEqual(clientWidth);
      // Every fact lies within the screen.
      for (const box of await page.locator(".facts dd").evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right))) {
        expect(box).toBeLessThanOrEqual(clientWidth);
      }
      const history = page.getByRole("table").filter({ has: page.getByRole("columnheader", { name: "Change" }) });
      await expect(history.locator("thead th").first()).toHaveText("Estimate");
      // Scrolled to its end, the history table still shows the estimate column.
      await history.locator("xpath=..").evaluate((wrap) => wrap.scrollTo({ left: wrap.scrollWidth }));
      const first = await history.locator("tbody tr td").first().boundingBox();
      expect(first!.x).toBeGreaterThanOrEqual(0);
    }
  });
});
