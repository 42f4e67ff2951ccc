// The review queue and the bulk import in Ukrainian: an editor's import preview on /uk/editor/import
// names a broken row's problem in Ukrainian (and so does the error report); a reviewer publishes a
// submitted figure on /uk/review, every word of the queue in Ukrainian. The figure is retracted
// afterwards, so the other specs see the demo data as it was.
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_USERS, signInThroughApi } from "./support/auth";
import { withDatabase } from "./support/database";

const ukDomain = JSON.parse(readFileSync("messages/uk/domain.json", "utf8")) as { errors: { notWholeNumber: string } };
const HEADER = "indicator,place_pcode,source,as_of,low,best,high,qualifier,credibility,notes";
const line = (asOf: string, best: string) =>
  `remaining-population,UA1402001X01,UN OCHA Ukraine,${asOf},,"${best}",,approximately,3,e2e i18n review`;
const stamp = Date.now();
/** A date of its own per run, so a second run is not refused as a duplicate of the first. */
const asOf = `2021-${String((stamp % 12) + 1).padStart(2, "0")}-${String((Math.floor(stamp / 12) % 28) + 1).padStart(2, "0")}`;

async function upload(page: Page, name: string, text: string) {
  await page.goto("/uk/editor/import");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Імпорт показників");
  await page.getByLabel(/CSV \(UTF-8, роздільник — кома або крапка з комою\)/).setInputFiles({
    name,
    mimeType: "text/csv",
    buffer: Buffer.from(text),
  });
  await page.getByRole("button", { name: "Завантажити й показати стовпці" }).click();
  await expect(page).toHaveURL(/\/uk\/editor\/import\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Імпорт: ${name}`);
  return Number(/import\/(\d+)$/.exec(page.url())![1]);
}

test("an import preview with a broken row on /uk/editor/import names the problem in Ukrainian, in the page and the error report", async ({
  browser,
}) => {
  const context = await browser.newContext({ acceptDownloads: true });
  await signInThroughApi(context.request, DEMO_USERS.editor.email);
  const editor = await context.newPage();
  await upload(editor, `zvedennia-${stamp}.csv`, [HEADER, line("2023-11-01", "4,321"), line("15.11.2023", "about 300")].join("\n"));
  await expect(editor.locator("html")).toHaveAttribute("lang", "uk");
  const mapping = editor.getByRole("table", { name: "Стовпці файлу" });
  await expect(mapping.getByRole("combobox", { name: /Стовпець 6 \(best\) заповнює/ })).toHaveValue("best");
  await expect(editor.getByRole("heading", { name: "1. Як прочитано стовпці" })).toBeVisible();
  await editor.getByRole("button", { name: "Перевірити всі рядки" }).click();
  const problem = `Рядок 3, стовпець «best»: «about 300». ${ukDomain.errors.notWholeNumber}`;
  await expect(editor.getByText(problem)).toBeVisible();
  await expect(editor.getByRole("heading", { name: "2. Що знайшла перевірка" })).toBeVisible();
  await expect(editor.getByText(/Прочитано рядків: 2 · Буде створено: 1 · Дублікати: 0 · З помилками: 1/)).toBeVisible();
  await expect(editor.getByRole("main")).not.toContainText("Line 3");

  // The error report takes the page's language.
  const report = editor.getByRole("link", { name: /Завантажити звіт про помилки/ });
  await expect(report).toHaveAttribute("href", /^\/uk\/editor\/import\/\d+\/report$/);
  const [download] = await Promise.all([editor.waitForEvent("download"), report.click()]);
  const text = readFileSync((await download.path())!, "utf8").replace(/^\uFEFF/, "");
  expect(text.split("\r\n")[0]).toBe(`${HEADER},помилка`);
  expect(text).toContain(problem.replace(/"/g, '""'));

  await editor.getByRole("button", { name: "Видалити цей імпорт" }).click();
  await editor.getByRole("button", { name: "Так, видалити" }).click();
  await expect(editor).toHaveURL(/\/uk\/editor\/import\?deleted=1$/);
  await expect(editor.getByText("Імпорт видалено.")).toBeVisible();
  await context.close();
});

test("a reviewer publishes a submitted figure on /uk/review, the queue in Ukrainian", async ({ browser }) => {
  test.setTimeout(120_000);
  // The figure to review: imported by the editor as submitted for review.
  const editorContext = await browser.newContext();
  await signInThroughApi(editorContext.request, DEMO_USERS.editor.email);
  const editor = await editorContext.newPage();
  const batchId = await upload(editor, `na-perevirku-${stamp}.csv`, [HEADER, line(asOf, "4,317")].join("\n"));
  await editor.getByLabel(/Надісланими на перевірку/).check();
  await editor.getByRole("button", { name: "Перевірити всі рядки" }).click();
  await expect(editor.getByText("Проблем немає: можна імпортувати всі рядки.")).toBeVisible();
  await editor.getByRole("button", { name: "Імпортувати 1 показник" }).click();
  await expect(editor.getByText("Імпортовано 1 показник.")).toBeVisible();
  await expect(editor.getByText("на перевірці: 1")).toBeVisible();
  const figureId = await withDatabase(async (db) => {
    const { rows } = await db.query<{ id: number }>(`SELECT id FROM figure WHERE import_batch_id = $1`, [batchId]);
    return rows[0]!.id;
  });

  const reviewerContext = await browser.newContext();
  await signInThroughApi(reviewerContext.request, DEMO_USERS.reviewer.email);
  const reviewer = await reviewerContext.newPage();
  await reviewer.goto("/uk/review");
  await expect(reviewer.locator("html")).toHaveAttribute("lang", "uk");
  await expect(reviewer.getByRole("heading", { level: 1 })).toHaveText("Перевірка");
  await expect(reviewer.getByText(/^Надіслані показники, спершу найстаріші\./)).toBeVisible();
  await expect(reviewer.getByRole("heading", { name: "Імпорти", level: 2 })).toBeVisible();
  await expect(reviewer.getByRole("heading", { name: "Показники", level: 2 })).toBeVisible();
  const batch = reviewer.getByRole("article", { name: new RegExp(`^Імпорт ${batchId}:`) });
  await expect(batch).toContainText("1 показник очікує на перевірку");
  await expect(batch.getByRole("button", { name: "Опублікувати все" })).toBeVisible();
  await expect(batch.getByRole("link", { name: "Відкрити імпорт" })).toHaveAttribute("href", `/uk/editor/import/${batchId}`);

  // An imported figure is reviewed in its batch's table (a page at a time), with its own buttons.
  await expect(batch).toContainText(/імпортував\(-ла\) /);
  const item = batch.getByRole("row").filter({ has: reviewer.getByRole("link", { name: String(figureId), exact: true }) });
  await expect(item.getByRole("link", { name: String(figureId), exact: true })).toHaveAttribute("href", `/uk/editor/figures/${figureId}`);
  await expect(item.getByRole("button", { name: "Повернути редакторові" })).toBeVisible();
  await expect(item.getByRole("button", { name: "Відхилити" })).toBeVisible();
  for (const english of ["Publish", "Send back to the editor", "Reject", "Review", "imported by", "waiting for review"]) {
    await expect(batch).not.toContainText(english);
  }
  for (const english of [
    "Submitted figures",
    "Publish",
    "Send back to the editor",
    "Entered by",
    "Verification status",
    "Open in the editor",
  ]) {
    await expect(reviewer.getByRole("main")).not.toContainText(english);
  }
  await item.getByRole("button", { name: "Опублікувати", exact: true }).click();
  // Published: it leaves the queue (and with it its batch, which has no other figure waiting).
  await expect(batch).toHaveCount(0);
  const status = await withDatabase(async (db) => {
    const { rows } = await db.query<{ status: string }>(`SELECT status FROM figure WHERE id = $1`, [figureId]);
    return rows[0]!.status;
  });
  expect(status).toBe("published");

  // Retracted again, so the specs after this one see the demo data's charts.
  await withDatabase((db) =>
    db.query(`UPDATE figure SET status = 'retracted', status_reason = 'e2e i18n review test' WHERE import_batch_id = $1`, [batchId]),
  );
  await editorContext.close();
  await reviewerContext.close();
});
