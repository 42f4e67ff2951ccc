import { expect, test, type Page } from "@playwright/test";
import { DEMO_USERS, signInThroughApi } from "./support/auth";

const BAKHMUT = "(UA1402001X01)";

async function chooseFigureFields(page: Page) {
  await page.getByLabel("Indicator").selectOption({ label: "Residents remaining (people)" });
  await page.getByLabel("Find a place (English or Ukrainian name, or P-code)").fill("Бахмут");
  const place = page.locator("#f-locationId option", { hasText: BAKHMUT });
  await page.getByLabel("Place", { exact: true }).selectOption((await place.getAttribute("value"))!);
  await page.getByLabel("Who made the claim").selectOption({ label: "UN OCHA Ukraine — grade B: Usually reliable" });
}

/** Creates a draft through the form and returns its id. */
async function createDraft(page: Page, best: string) {
  await page.goto("/editor/figures/new");
  await chooseFigureFields(page);
  await page.getByLabel("As of").fill("2023-02-15");
  await page.getByLabel("Best estimate").fill(best);
  await page.getByLabel("Credibility of this information").selectOption("3");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page).toHaveURL(/\/editor\/figures\/\d+\?saved=1/);
  return Number(/figures\/(\d+)/.exec(page.url())![1]);
}

test.describe("figures: from an editor's report to the public page", () => {
  test("an editor fixes mistakes and submits; a reviewer sees the competing claims and publishes; the public sees it with its history", async ({
    browser,
  }) => {
    const editorContext = await browser.newContext();
    await signInThroughApi(editorContext.request, DEMO_USERS.editor.email);
    const editor = await editorContext.newPage();

    await editor.goto("/editor/figures/new");
    await chooseFigureFields(editor);
    await editor.getByLabel("As of").fill("2099-01-01");
    await editor.getByLabel("Low estimate").fill("9,000");
    await editor.getByLabel("Best estimate").fill("8,000");
    await editor.getByLabel("High estimate").fill("10,000");
    await editor.getByLabel("Notes").fill("Town council estimate relayed by OCHA's flash update.");
    await editor.getByRole("button", { name: "Save draft" }).click();

    // Each mistake beside its field, announced, the input kept.
    await expect(editor.locator("#f-low-error")).toHaveText("The low estimate cannot be higher than the best estimate.");
    await expect(editor.locator("#f-asOf-error")).toHaveText("The “as of” date cannot be in the future.");
    await expect(editor.locator("#f-credibility-error")).toContainText("credibility");
    await expect(editor.getByLabel("Low estimate")).toHaveAttribute("aria-invalid", "true");
    await expect(editor.getByLabel("Low estimate")).toHaveValue("9,000");
    await expect(editor.getByLabel("Notes")).toHaveValue("Town council estimate relayed by OCHA's flash update.");

    await editor.getByLabel("As of").fill("2023-02-15");
    await editor.getByLabel("Low estimate").fill("7,000");
    await editor.getByLabel("Credibility of this information").selectOption("3");
    await editor.getByRole("button", { name: "Save draft" }).click();
    await expect(editor).toHaveURL(/\/editor\/figures\/\d+\?saved=1/);
    const id = Number(/figures\/(\d+)/.exec(editor.url())![1]);
    await expect(editor.getByRole("button", { name: "Publish" })).toHaveCount(0);
    await editor.getByRole("button", { name: "Submit for review" }).click();
    await expect(editor.getByRole("heading", { level: 1 })).toContainText("Submitted");

    // An editor cannot open the review queue.
    expect((await editor.goto("/review"))?.status()).toBe(403);

    const reviewerContext = await browser.newContext();
    await signInThroughApi(reviewerContext.request, DEMO_USERS.reviewer.email);
    const reviewer = await reviewerContext.newPage();
    await reviewer.goto("/review");
    const item = reviewer.getByRole("article", { name: new RegExp(`^Figure ${id}:`) });
    await expect(item).toBeVisible();
    await expect(item.getByRole("table")).toBeVisible();
    expect(await item.getByRole("table").locator("tbody tr").count()).toBeGreaterThan(0);
    await item.getByRole("button", { name: "Publish" }).click();
    // Published: it leaves the queue.
    await expect(item).toHaveCount(0);

    const publicPage = await browser.newPage();
    await publicPage.goto(`/figures/${id}`);
    await expect(publicPage.getByRole("heading", { level: 1 })).toHaveText("Residents remaining, Bakhmut");
    await expect(publicPage.getByText("about 8,000 (7,000–10,000)").first()).toBeVisible();
    const history = publicPage.getByRole("table").filter({ has: publicPage.getByRole("columnheader", { name: "Change" }) });
    await expect(history.locator("tbody tr")).toHaveCount(3);
    await expect(history).toContainText("Entered");
    await expect(history).toContainText("Submitted for review");
    await expect(history).toContainText("Published");
    await expect(publicPage.locator("body")).not.toContainText("editor@example.org");

    // The reviewer retracts it with a public reason: it leaves the charts (and so leaves the
    // demo data as the other specs expect it) and its page says why.
    await reviewer.goto(`/figures/${id}`);
    await reviewer.getByLabel("Why is it retracted? (shown publicly)").fill("Entered twice by mistake.");
    await reviewer.getByRole("button", { name: "Retract" }).click();
    await reviewer.getByRole("button", { name: "Confirm: retract this figure" }).click();
    await expect(reviewer.getByRole("note")).toHaveText(/Retracted: Entered twice by mistake\./);
    await publicPage.reload();
    await expect(history.locator("tbody tr")).toHaveCount(4);
    await expect(history).toContainText("Entered twice by mistake.");

    await editorContext.close();
    await reviewerContext.close();
  });

  test("two people editing one figure: the second save is refused and shows what changed, keeping its input", async ({ browser }) => {
    const first = await browser.newContext();
    const second = await browser.newContext();
    await signInThroughApi(first.request, DEMO_USERS.editor.email);
    await signInThroughApi(second.request, DEMO_USERS.admin.email);
    const a = await first.newPage();
    const id = await createDraft(a, "5,000");

    const b = await second.newPage();
    await b.goto(`/editor/figures/${id}`);
    await a.goto(`/editor/figures/${id}`);

    for (const field of ["Low estimate", "Best estimate", "High estimate"]) await a.getByLabel(field).fill("5,500");
    await a.getByRole("button", { name: "Save draft" }).click();
    await expect(a).toHaveURL(/saved=1/);

    await b.getByLabel("Notes").fill("Checked against the mayor's statement.");
    await b.getByRole("button", { name: "Save draft" }).click();
    const alert = b.getByRole("main").getByRole("alert").filter({ hasText: "Someone else changed this figure" });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText("Best estimate: now “5500”");
    await expect(b.getByLabel("Notes")).toHaveValue("Checked against the mayor's statement.");

    await first.close();
    await second.close();
  });
});

test.describe("timeline events", () => {
  test("an editor enters an event, fixes a mistake and submits it; a reviewer publishes it onto the public timeline", async ({
    browser,
  }) => {
    const title = `Test claim ${Date.now()}: fighting continues on the western outskirts`;
    const editorContext = await browser.newContext();
    await signInThroughApi(editorContext.request, DEMO_USERS.editor.email);
    const editor = await editorContext.newPage();
    await editor.goto("/editor/events/new");
    await editor.getByLabel("Date of the event or claim").fill("2023-05-21");
    // The place list narrows as one types (the same type-ahead as the figure form).
    await editor.getByLabel("Find a place (English or Ukrainian name, or P-code)").fill("Bakhmut");
    await editor
      .getByLabel("Place", { exact: true })
      .selectOption({ label: "Ukraine › Donetska › Bakhmutskyi › Bakhmutska › Bakhmut — Бахмут (UA1402001X01)" });
    await editor.getByLabel("Who said it").selectOption({ index: 1 });
    await editor.getByLabel("Credibility of this information").selectOption("4");
    await editor.getByRole("button", { name: "Save draft" }).click();
    await expect(editor.locator("#f-title-error")).toHaveText("Enter a title.");
    await expect(editor.getByLabel("Date of the event or claim")).toHaveValue("2023-05-21");
    await editor.getByLabel("What happened or was claimed, in one line").fill(title);
    await editor.getByRole("button", { name: "Save draft" }).click();
    await expect(editor).toHaveURL(/\/editor\/events\/\d+\?saved=1/);
    await editor.getByRole("button", { name: "Submit for review" }).click();
    await expect(editor.getByRole("heading", { level: 1 })).toContainText("Submitted");

    const reviewerContext = await browser.newContext();
    await signInThroughApi(reviewerContext.request, DEMO_USERS.reviewer.email);
    const reviewer = await reviewerContext.newPage();
    await reviewer.goto("/review");
    const item = reviewer.getByRole("article", { name: new RegExp(title.slice(0, 20)) });
    await item.getByRole("button", { name: "Publish" }).click();
    await expect(item).toHaveCount(0);

    const publicPage = await browser.newPage();
    await publicPage.goto("/timeline?place=UA1402001X01");
    await expect(publicPage.getByText(title)).toBeVisible();
    await editorContext.close();
    await reviewerContext.close();
  });
});
