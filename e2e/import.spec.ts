// The bulk import, as people use it: an editor uploads a CSV and an XLSX with mistakes, reads
// every problem by line and column, downloads the error report, fixes the file and imports it as
// submitted; a reviewer publishes the whole batch from the review queue; the figures are on the
// public chart. Then they are retracted, so the other specs see the demo data as it was.
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_USERS, signInThroughApi } from "./support/auth";
import { withDatabase } from "./support/database";

const HEADER = "indicator,place_pcode,source,as_of,low,best,high,qualifier,credibility,notes";
const line = (asOf: string, best: string) =>
  `remaining-population,UA1402001X01,UN OCHA Ukraine,${asOf},,"${best}",,approximately,3,e2e import`;
const stamp = Date.now();

async function upload(page: Page, name: string, buffer: Buffer, mimeType: string) {
  await page.goto("/editor/import");
  await page.getByLabel(/CSV \(UTF-8, comma or semicolon\)/).setInputFiles({ name, mimeType, buffer });
  await page.getByRole("button", { name: "Upload and show the columns" }).click();
  await expect(page).toHaveURL(/\/editor\/import\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Import: ${name}`);
  return Number(/import\/(\d+)$/.exec(page.url())![1]);
}

test("an editor imports a CSV and an XLSX with errors, fixes the file, submits; a reviewer publishes the batch; the public chart shows it", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const editorContext = await browser.newContext({ acceptDownloads: true });
  await signInThroughApi(editorContext.request, DEMO_USERS.editor.email);
  const editor = await editorContext.newPage();

  // A CSV with a number in words: the mapping is shown first, then the check lists the problem.
  const broken = [HEADER, line("2023-11-01", "4,321"), line("15.11.2023", "about 300")].join("\n");
  const brokenName = `sitrep-${stamp}.csv`;
  await upload(editor, brokenName, Buffer.from(broken), "text/csv");
  const mapping = editor.getByRole("table", { name: "Columns of the file" });
  await expect(mapping.getByRole("combobox", { name: /Column 6 \(best\) fills/ })).toHaveValue("best");
  await expect(mapping.getByRole("combobox", { name: /Column 10 \(notes\) fills/ })).toHaveValue("notes");
  await editor.getByRole("button", { name: "Check every row" }).click();
  await expect(editor.getByRole("status").filter({ hasText: "Checked 2 rows: 1 to create, 0 duplicate(s), 1 with errors" })).toBeVisible();
  await expect(
    editor.getByText("Line 3, column “best”: “about 300”. Enter a whole number of 0 or more, for example 8,000,000."),
  ).toBeVisible();
  await expect(editor.getByRole("button", { name: /^Import \d+ figure/ })).toHaveCount(0);

  // The error report: the file with an error column.
  const downloading = editor.waitForEvent("download");
  await editor.getByRole("link", { name: /Download the error report/ }).click();
  const report = readFileSync((await (await downloading).path())!, "utf8").replace(/^\uFEFF/, "");
  const reportLines = report.trim().split("\r\n");
  expect(reportLines[0]).toBe(`${HEADER},error`);
  expect(reportLines[1]!.endsWith(",")).toBe(true);
  expect(reportLines[2]).toContain("Enter a whole number of 0 or more");

  // An XLSX with a place that does not exist: the same check, the same words.
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Figures");
  sheet.addRow(HEADER.split(","));
  sheet.addRow(["remaining-population", "UA9999", "UN OCHA Ukraine", new Date(Date.UTC(2023, 10, 1)), null, 4321, null, "about", 3, null]);
  await upload(
    editor,
    `sitrep-${stamp}.xlsx`,
    Buffer.from(await workbook.xlsx.writeBuffer()),
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  );
  await editor.getByRole("button", { name: "Check every row" }).click();
  await expect(editor.getByText("Line 2, column “place_pcode”: “UA9999”. No place has this P-code.")).toBeVisible();
  // Discarded: an import that was never applied can be deleted.
  await editor.getByRole("button", { name: "Delete this import" }).click();
  await editor.getByRole("button", { name: "Yes, delete it" }).click();
  await expect(editor).toHaveURL(/\/editor\/import\?deleted=1$/);

  // The fixed file, imported as submitted for review.
  const fixed = [HEADER, line("2023-11-01", "4,321"), line("15.11.2023", "4 300")].join("\n");
  const batchId = await upload(editor, `sitrep-${stamp}-fixed.csv`, Buffer.from(fixed), "text/csv");
  await editor.getByLabel(/Submitted for review/).check();
  await editor.getByRole("button", { name: "Check every row" }).click();
  await expect(editor.getByText("No problems: every row can be imported.")).toBeVisible();
  await editor.getByRole("button", { name: "Import 2 figures" }).click();
  await expect(editor.getByText("Imported 2 figures.")).toBeVisible();
  await expect(editor.getByText("2 submitted for review")).toBeVisible();

  // The same file again creates nothing: every row is a duplicate.
  await upload(editor, `sitrep-${stamp}-fixed.csv`, Buffer.from(fixed), "text/csv");
  await editor.getByRole("button", { name: "Check every row" }).click();
  await expect(editor.getByRole("status").filter({ hasText: "0 to create, 2 duplicate(s)" })).toBeVisible();
  await expect(editor.getByRole("button", { name: /^Import \d+ figure/ })).toHaveCount(0);

  // The reviewer publishes the whole batch from the queue, each figure through its own checks.
  const reviewerContext = await browser.newContext();
  await signInThroughApi(reviewerContext.request, DEMO_USERS.reviewer.email);
  const reviewer = await reviewerContext.newPage();
  await reviewer.goto("/review");
  const item = reviewer.getByRole("article", { name: new RegExp(`^Import ${batchId}:`) });
  await expect(item).toContainText("2 figures waiting for review");
  await item.getByRole("button", { name: "Publish all" }).click();
  // Done, the batch leaves the queue; each figure has its own "published" revision.
  await expect(item).toHaveCount(0);
  const published = await withDatabase(async (db) => {
    const { rows } = await db.query<{ status: string; revisions: string }>(
      `SELECT f.status, (SELECT count(*) FROM figure_revision r WHERE r.figure_id = f.id AND r.action = 'published') AS revisions
       FROM figure f WHERE f.import_batch_id = $1 ORDER BY f.id`,
      [batchId],
    );
    return rows.map((r) => `${r.status}:${r.revisions}`);
  });
  expect(published).toEqual(["published:1", "published:1"]);

  // On the public chart (its table), for everyone.
  const visitor = await browser.newPage();
  await visitor.goto("/embed/displacement/remaining-population?place=UA1402001X01");
  await visitor.locator("summary", { hasText: "View as table" }).first().click();
  await expect(visitor.getByRole("figure").getByRole("table").first()).toContainText("4,300");

  // Retracted again, so the specs after this one see the demo data's charts.
  await withDatabase((db) =>
    db.query(`UPDATE figure SET status = 'retracted', status_reason = 'e2e import test' WHERE import_batch_id = $1`, [batchId]),
  );
  for (const context of [editorContext, reviewerContext, visitor.context()]) await context.close();
});

test("the upload route checks the session and the role itself, and states the size limit", async ({ playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  const refused = await anonymous.post("/editor/import/upload", {
    headers: { Origin: baseURL! },
    multipart: { file: { name: "a.csv", mimeType: "text/csv", buffer: Buffer.from("a\n1\n") } },
  });
  expect(refused.status()).toBe(401);
  const editor = await playwright.request.newContext({ baseURL });
  await signInThroughApi(editor, DEMO_USERS.editor.email);
  const tooLarge = await editor.post("/editor/import/upload", {
    headers: { Origin: baseURL! },
    multipart: { file: { name: "big.csv", mimeType: "text/csv", buffer: Buffer.alloc(21 * 1024 * 1024, 0x61) } },
  });
  expect(tooLarge.status()).toBe(413);
  expect((await tooLarge.json()).message).toMatch(/larger than 20 MB/);
  const notATable = await editor.post("/editor/import/upload", {
    headers: { Origin: baseURL! },
    multipart: { file: { name: "photo.png", mimeType: "image/png", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]) } },
  });
  expect(notATable.status()).toBe(422);
  expect((await notATable.json()).message).toMatch(/^This is neither a CSV nor an XLSX file/);
  const headerOnly = await editor.post("/editor/import/upload", {
    headers: { Origin: baseURL! },
    multipart: { file: { name: "h.csv", mimeType: "text/csv", buffer: Buffer.from("indicator,best\n") } },
  });
  expect(headerOnly.status()).toBe(422);
  expect((await headerOnly.json()).message).toBe("The file has only a header: there are no rows of figures under it.");
  await anonymous.dispose();
  await editor.dispose();
});

test("the review queue shows a large batch as one entry, its figures a page at a time, in the reader's language", async ({ browser }) => {
  test.setTimeout(180_000);
  const rows = 107; // three pages of 50
  const day = (i: number) => new Date(Date.UTC(2019, 0, 1 + i)).toISOString().slice(0, 10);
  const file = [HEADER, ...Array.from({ length: rows }, (_, i) => line(day(i), String(1000 + i)))].join("\n");
  const editorContext = await browser.newContext();
  await signInThroughApi(editorContext.request, DEMO_USERS.editor.email);
  const editor = await editorContext.newPage();
  const batchId = await upload(editor, `paged-${stamp}.csv`, Buffer.from(file), "text/csv");
  await editor.getByLabel(/Submitted for review/).check();
  await editor.getByRole("button", { name: "Check every row" }).click();
  await expect(editor.getByText("No problems: every row can be imported.")).toBeVisible();
  await editor.getByRole("button", { name: `Import ${rows} figures` }).click();
  await expect(editor.getByText(`Imported ${rows} figures.`)).toBeVisible();

  const reviewerContext = await browser.newContext();
  await signInThroughApi(reviewerContext.request, DEMO_USERS.reviewer.email);
  const reviewer = await reviewerContext.newPage();
  try {
    await reviewer.goto("/uk/review");
    const item = reviewer.getByRole("article", { name: new RegExp(`^Імпорт ${batchId}:`) });
    await expect(item).toContainText(`${rows} показників очікують на перевірку`);
    await expect(item.getByRole("button", { name: "Опублікувати все" })).toBeVisible();
    const figureRows = item.getByRole("table").locator("tbody tr");
    // One page of the batch, not every figure; none of them as a card of its own.
    await expect(figureRows).toHaveCount(50);
    await expect(reviewer.locator("article").filter({ hasText: `paged-${stamp}` })).toHaveCount(1);
    const top = item.getByRole("navigation", { name: `Сторінки імпорту ${batchId}`, exact: true });
    await expect(top.getByText(`Показано 1–50 із ${rows}: показники, сторінка 1 із 3`)).toBeVisible();
    await top.getByRole("link", { name: "Наступна" }).click();
    await expect(reviewer).toHaveURL(new RegExp(`/uk/review\\?batch=${batchId}&page=2$`));
    await expect(figureRows).toHaveCount(50);
    await expect(top.getByText(`Показано 51–100 із ${rows}: показники, сторінка 2 із 3`)).toBeVisible();
    await top.getByRole("link", { name: "Наступна" }).click();
    await expect(reviewer).toHaveURL(new RegExp(`/uk/review\\?batch=${batchId}&page=3$`));
    await expect(figureRows).toHaveCount(rows - 100);
    await top.getByRole("link", { name: "Попередня" }).click();
    await expect(reviewer).toHaveURL(new RegExp(`/uk/review\\?batch=${batchId}&page=2$`));
    await expect(top.getByText(`Показано 51–100 із ${rows}`)).toBeVisible();
  } finally {
    // Out of the queue again, so the specs after this one see the demo's queue.
    await withDatabase((db) =>
      db.query(`UPDATE figure SET status = 'rejected', status_reason = 'e2e paging test' WHERE import_batch_id = $1`, [batchId]),
    );
    for (const context of [editorContext, reviewerContext]) await context.close();
  }
});
