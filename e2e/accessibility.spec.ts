import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./support/csp";
import { sources } from "./oracle";
import { PUBLIC_PAGES } from "./support/public-pages";

// axe (WCAG 2.0/2.1 A and AA) on every public page in English and Ukrainian, with the "view as table" and embed-code
// panels opened so their content is checked too.
// Every public page in both languages: English as is, Ukrainian under /uk.
const PAGES = PUBLIC_PAGES.flatMap((path) => [path, `/uk${path === "/" ? "" : path}`]);

test.describe("accessibility", () => {
  for (const path of PAGES) {
    test(`axe finds no violations on ${path}`, async ({ page }) => {
      await page.goto(path);
      await page.locator("details").evaluateAll((all) => all.forEach((d) => d.setAttribute("open", "")));
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      expect(
        results.violations.map(
          (v) =>
            `${v.id}: ${v.nodes
              .map((n) => n.target.join(" "))
              .slice(0, 5)
              .join(", ")}`,
        ),
      ).toEqual([]);
    });
  }

  test("axe finds no violations on a source's page", async ({ page }) => {
    await page.goto("/sources");
    await page.getByRole("link", { name: sources[0]!.name }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(sources[0]!.name);
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });

  test("axe finds no violations on the second page of a source's figures, with its pager", async ({ page }) => {
    await page.goto("/sources");
    await page.getByRole("link", { name: "UN Human Rights Monitoring Mission in Ukraine (OHCHR)" }).click();
    await page.getByRole("navigation", { name: "Pages of figures", exact: true }).getByRole("link", { name: "Next" }).click();
    await expect(page).toHaveURL(/\?page=2$/);
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });

  test("axe finds no violations on a source's page in Ukrainian", async ({ page }) => {
    await page.goto("/uk/sources");
    await page.getByRole("link", { name: sources[0]!.name }).click();
    await expect(page).toHaveURL(/\/uk\/sources\/\d+$/);
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});
