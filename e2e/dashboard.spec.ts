import { expect, test, type APIResponse, type Locator, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { formatFor } from "../lib/i18n/format";

const formatDay = formatFor("en").day;
import { DOMAINS } from "../lib/domain/enums";
import { messages } from "../lib/domain/messages";
import { isHxlHashtag } from "../lib/domain/figure-columns";
import {
  bestOf,
  claimsAt,
  markersDrawn,
  csvRecords,
  expectedCard,
  exportedClaimKeys,
  figures,
  indicators,
  isTotal,
  latestPerSource,
  parseCsv,
  placeName,
  publicIndicators,
  reliabilityOf,
  seedClaimKey,
  sourcesOf,
  subtree,
  timeline,
  sources,
  type SeedFigure,
} from "./oracle";
import { withDatabase } from "./support/database";

// The oracle is the demo data set (prisma/seed/data), not the page.
const DEFAULT_PLACE = "UA14";

const claimsFigure = (page: Page, indicator: string) => page.locator(`#${indicator}-claims`);

/** A domain page shows each indicator's chart; its own page (the link under the chart) has every claim, places within and breakdowns. */
async function openIndicator(page: Page, indicator: string) {
  const link = page.locator(`section#${indicator} .indicator__more a`);
  const href = await link.getAttribute("href");
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${href!.replace(/[?.]/g, "\\$&")}$`));
  await expect(
    page
      .locator(`#${indicator}-places`)
      .or(page.locator(`#${indicator}-claims`))
      .first(),
  ).toBeVisible();
}

async function expectSeriesMatch(chart: Locator, expected: SeedFigure[]) {
  const names = sourcesOf(expected);
  // The chart (recharts) loads when its figure comes into view, as it does for a reader scrolling.
  await chart.scrollIntoViewIfNeeded();
  const markers = markersDrawn(expected);
  await expect(chart.locator(".recharts-line")).toHaveCount(markers.lines);
  await expect(chart.locator(".recharts-area")).toHaveCount(markers.lines);
  await expect(chart.locator(".recharts-line-dots .chart-marker--line")).toHaveCount(markers.line);
  await expect(chart.locator(".chart-marker--period")).toHaveCount(markers.period);
  const legend = chart.getByRole("list", { name: "Sources" }).getByRole("listitem");
  await expect(legend).toHaveCount(names.length);
  expect((await legend.locator("span").allInnerTexts()).sort()).toEqual(names);
  // Each source with its grade.
  const grades = await legend.evaluateAll((items) =>
    items.map((li) => `${li.querySelector("span")?.textContent}|${li.querySelector("abbr")?.textContent}`),
  );
  expect(grades.sort()).toEqual(names.map((n) => `${n}|${reliabilityOf(n)}`).sort());
}

/** Opens "view as table" and reads every row as "as of | source | best | figure id". */
async function tableRows(figure: Locator): Promise<string[]> {
  await figure.locator("summary", { hasText: "View as table" }).first().click();
  const table = figure.getByRole("table").first();
  await expect(table).toBeVisible();
  return table.locator("tbody tr").evaluateAll((trs) =>
    trs.map((tr) => {
      const cells = [...tr.querySelectorAll("td")].map((td) => td.textContent?.trim() ?? "");
      return `${cells[0]} | ${cells[1]} | ${cells[7]}`;
    }),
  );
}

const expectedRows = (list: SeedFigure[]) =>
  list.map((f) => {
    const best = bestOf(f);
    return `${f.asOf} | ${f.source} | ${best === null ? "–" : best.toLocaleString("en-GB")}`;
  });

test.describe("domain pages", () => {
  test.describe.configure({ mode: "serial" });
  for (const domain of DOMAINS) {
    test(`/${domain} shows every public indicator with one series per source for ${DEFAULT_PLACE}`, async ({ page }) => {
      const response = await page.goto(`/${domain}`);
      expect(response?.status()).toBe(200);
      await expect(page.getByText("Demonstration data.")).toBeVisible();
      const list = publicIndicators(domain);
      const headings = page.locator("section.indicator > header h2");
      await expect(headings).toHaveText(list.map((i) => i.name));
      for (const indicator of list) {
        const chart = claimsFigure(page, indicator.slug);
        await expect(chart).toBeVisible();
        const expected = claimsAt(indicator.slug, DEFAULT_PLACE);
        if (expected.length === 0) {
          await expect(chart.locator(".empty-state")).toBeVisible();
          await expect(chart.locator(".recharts-line")).toHaveCount(0);
        } else {
          await expectSeriesMatch(chart, expected);
        }
        // The rest of the indicator is on its own page, with the same filters.
        await expect(page.locator(`section#${indicator.slug} .indicator__more a`)).toHaveAttribute("href", `/${domain}/${indicator.slug}`);
      }
      await expect(page.locator("[id$='-places'], [id$='-breakdowns']")).toHaveCount(0);
    });
  }

  test("a domain page's table lists each drawn source's latest claim; the indicator's page lists every claim", async ({ page }) => {
    await page.goto("/casualties");
    const expected = claimsAt("civilians-killed", DEFAULT_PLACE);
    expect(latestPerSource(expected).length).toBeLessThan(expected.length);
    const rows = await tableRows(claimsFigure(page, "civilians-killed"));
    expect(rows.sort()).toEqual(expectedRows(latestPerSource(expected)).sort());
    await claimsFigure(page, "civilians-killed")
      .getByRole("link", { name: /^Every claim as a table/ })
      .click();
    await expect(page).toHaveURL(/\/casualties\/civilians-killed$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Civilians killed: Donetska");
    expect((await tableRows(claimsFigure(page, "civilians-killed"))).sort()).toEqual(expectedRows(expected).sort());
  });

  test("an indicator's page opens from the keyboard, and the table's link to it too", async ({ page }) => {
    const link = page.locator("section#civilians-killed .indicator__more a");
    const chart = claimsFigure(page, "civilians-killed");
    // Keys pressed while the page hydrates may be lost or undone by it; the chart is drawn only by the
    // hydrated page (recharts, once the chart is in view), so a drawn chart says the page is ready.
    // The domain page's own link tells it from the indicator's page, whose chart has the same id.
    const domainPageReady = async () => {
      await expect(page).toHaveURL(/\/casualties$/);
      await expect(link).toBeVisible();
      await chart.scrollIntoViewIfNeeded();
      await expect(chart.locator(".chart-frame svg.recharts-surface")).toBeVisible();
    };
    await page.goto("/casualties");
    await domainPageReady();
    await link.focus();
    await expect(link).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/casualties\/civilians-killed$/);
    await page.goBack();
    await domainPageReady();
    const summary = chart.locator("summary", { hasText: "View as table" });
    await summary.focus();
    await expect(summary).toBeFocused();
    await page.keyboard.press("Enter");
    const every = chart.getByRole("link", { name: /^Every claim as a table/ });
    await expect(every).toBeVisible();
    await every.focus();
    await expect(every).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/casualties\/civilians-killed$/);
  });

  test("an indicator's page is a 404 for an unknown indicator, one of another domain, or an unknown domain", async ({ page }) => {
    expect((await page.goto("/casualties/no-such-indicator"))?.status()).toBe(404);
    expect((await page.goto("/casualties/remaining-population"))?.status()).toBe(404);
    expect((await page.goto("/weather/civilians-killed"))?.status()).toBe(404);
    expect((await page.goto("/displacement/remaining-population"))?.status()).toBe(200);
  });

  test("an unknown domain is a 404, and invalid filters fall back to the defaults", async ({ page }) => {
    expect((await page.goto("/weather"))?.status()).toBe(404);
    const response = await page.goto("/casualties?place=%27%3B--&grade=Z&cred=99&from=2023-02-30&ver=rumour&source=abc");
    expect(response?.status()).toBe(200);
    await expectSeriesMatch(claimsFigure(page, "civilians-killed"), claimsAt("civilians-killed", DEFAULT_PLACE));
  });

  test("'view as table' lists exactly the claims the chart draws, and the CSV has the same rows", async ({ page, request }) => {
    await page.goto("/casualties/civilians-killed");
    const chart = claimsFigure(page, "civilians-killed");
    const expected = claimsAt("civilians-killed", DEFAULT_PLACE);
    expect(expected.length).toBeGreaterThan(3);
    await expectSeriesMatch(chart, expected);
    const rows = await tableRows(chart);
    expect(rows.sort()).toEqual(expectedRows(expected).sort());

    const href = await chart.getByRole("link", { name: "Download CSV" }).getAttribute("href");
    expect(href).toBeTruthy();
    const csv = await request.get(href!);
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    expect(csv.headers()["content-disposition"]).toMatch(/^attachment; filename="crisis-ledger-civilians-killed-UA14-claims\.csv"$/);
    const [header, hashtags, ...records] = parseCsv(await csv.text());
    const col = (name: string) => header!.indexOf(name);
    // The HXL hashtag row under the header: a valid hashtag per column, the indicator's own on the values.
    expect(hashtags).toHaveLength(header!.length);
    for (const tag of hashtags!) expect(isHxlHashtag(tag), tag).toBe(true);
    expect(hashtags![col("best")]).toBe("#affected+killed");
    expect(records).toHaveLength(expected.length);
    const csvRows = records.map(
      (r) => `${r[col("as_of")]} | ${r[col("source")]} | ${r[col("best")] === "" ? "–" : Number(r[col("best")]).toLocaleString("en-GB")}`,
    );
    expect(csvRows.sort()).toEqual(expectedRows(expected).sort());
    // Same figures as the table, by id.
    const tableIds = await chart.getByRole("table").locator("tbody tr td:last-child").allInnerTexts();
    expect(records.map((r) => `#${r[col("figure_id")]}`).sort()).toEqual(tableIds.sort());
  });

  test("changing the filters changes the URL and the charts", async ({ page }) => {
    await page.goto("/casualties");
    const form = page.getByRole("form", { name: "Filters" });
    await form.getByLabel("Place (with everything within it)").selectOption("UA1402001X01");
    await form.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/[?&]place=UA1402001X01(&|$)/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Casualties: Bakhmut");

    const chart = claimsFigure(page, "russian-military-killed");
    const atBakhmut = claimsAt("russian-military-killed", "UA1402001X01");
    expect(sourcesOf(atBakhmut).length).toBeGreaterThanOrEqual(4);
    await expectSeriesMatch(chart, atBakhmut);

    // Minimum grade C: the grade-D and worse sources leave, in the URL and on the chart.
    await page.getByRole("form", { name: "Filters" }).getByLabel("Minimum source grade").selectOption("C");
    await page.getByRole("form", { name: "Filters" }).getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/[?&]grade=C(&|$)/);
    const graded = claimsAt("russian-military-killed", "UA1402001X01", (f) => ["A", "B", "C"].includes(reliabilityOf(f.source)));
    expect(graded.length).toBeLessThan(atBakhmut.length);
    await expectSeriesMatch(claimsFigure(page, "russian-military-killed"), graded);
  });

  test("one source, a verification status and a date range combine", async ({ page }) => {
    await page.goto("/casualties");
    const form = page.getByRole("form", { name: "Filters" });
    await form.locator("summary", { hasText: "Sources: all" }).click();
    const ohchr = "UN Human Rights Monitoring Mission in Ukraine (OHCHR)";
    await form.getByRole("checkbox", { name: new RegExp(`^${ohchr.replace(/[()]/g, "\\$&")}`) }).check();
    await form.getByLabel("Place (with everything within it)").selectOption("UA");
    await form.getByLabel("From (as of)").fill("2022-06-01");
    await form.getByLabel("To (as of)").fill("2023-03-31");
    await form.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/from=2022-06-01/);
    await expect(page).toHaveURL(/source=\d+/);
    const expected = claimsAt("civilians-killed", "UA", (f) => f.source === ohchr && f.asOf >= "2022-06-01" && f.asOf <= "2023-03-31");
    expect(expected.length).toBeGreaterThan(3);
    await expectSeriesMatch(claimsFigure(page, "civilians-killed"), expected);
    // Every claim on the indicator's page, which keeps the filters.
    await openIndicator(page, "civilians-killed");
    await expect(page).toHaveURL(/\/casualties\/civilians-killed\?.*from=2022-06-01/);
    const chart = claimsFigure(page, "civilians-killed");
    await expectSeriesMatch(chart, expected);
    expect((await tableRows(chart)).sort()).toEqual(expectedRows(expected).sort());
  });

  test("the breakdown by place shows each source's latest claim within each part of the place, with its CSV", async ({ page, request }) => {
    await page.goto("/displacement");
    await openIndicator(page, "remaining-population");
    const places = page.locator("#remaining-population-places");
    // Oracle: per child of UA14 and source, the claims under that child; one bar per (child, source).
    const children = ["UA1402", "UA1404", "UA1406", "UA1408", "UA1410", "UA1412", "UA1414", "UA1416"];
    const expectedPairs = new Set<string>();
    for (const child of children) {
      const under = subtree(child);
      for (const f of figures) {
        if (f.indicator === "remaining-population" && f.status === "published" && isTotal(f) && under.has(f.location))
          expectedPairs.add(`${placeName(child)}|${f.source}`);
      }
    }
    expect(expectedPairs.size).toBeGreaterThan(5);
    const bars = await places.locator(".range-bars > li").evaluateAll((items) =>
      items.flatMap((li) => {
        const branch = li.querySelector("h4")?.textContent ?? "";
        return [...li.querySelectorAll(".range-bar__label")].map((l) => `${branch}|${l.firstChild?.textContent?.trim()}`);
      }),
    );
    expect(bars.sort()).toEqual([...expectedPairs].sort());
    const href = await places.getByRole("link", { name: "Download CSV" }).getAttribute("href");
    const [header, , ...records] = parseCsv(await (await request.get(href!)).text());
    expect(records).toHaveLength(expectedPairs.size);
    expect(records.map((r) => `${r[header!.indexOf("part_of_name")]}|${r[header!.indexOf("source")]}`).sort()).toEqual(
      [...expectedPairs].sort(),
    );
  });

  test("breakdowns by sex and age are shown where sources gave them: each source's latest per place and group, every claim in the CSV", async ({
    page,
    request,
  }) => {
    await page.goto("/casualties?place=UA");
    await openIndicator(page, "civilians-killed");
    const section = page.locator("#civilians-killed-breakdowns");
    const expected = figures.filter((f) => f.indicator === "civilians-killed" && f.status === "published" && !isTotal(f));
    // The latest claim (then the later entry) of each source, place and group.
    const latest = new Map<string, SeedFigure>();
    for (const f of expected) {
      const key = [f.location, f.source, f.sex, f.ageGroup, f.populationGroup].join("|");
      const kept = latest.get(key);
      if (!kept || f.asOf >= kept.asOf) latest.set(key, f);
    }
    expect(latest.size).toBeLessThan(expected.length);
    const rows = await section
      .locator("tbody tr")
      .evaluateAll((trs) => trs.map((tr) => tr.querySelector("td:last-child a")?.getAttribute("href")));
    expect(rows).toHaveLength(Math.min(20, latest.size));
    const dates = await section.locator("tbody tr td:first-child").allInnerTexts();
    expect(dates).toEqual(
      [...latest.values()]
        .map((f) => f.asOf)
        .sort()
        .reverse()
        .slice(0, 20),
    );
    const href = await section.getByRole("link", { name: "Download CSV" }).getAttribute("href");
    const [, , ...records] = parseCsv(await (await request.get(href!)).text());
    expect(records).toHaveLength(expected.length);
    await page.goto("/casualties/russian-military-killed?place=UA");
    await expect(page.locator("#russian-military-killed-breakdowns .empty-state")).toBeVisible();
  });

  test("only published figures are ever shown: no draft, submitted, rejected or retracted figure", async ({ page, request }) => {
    const hidden = figures.filter((f) => f.status !== "published");
    expect(hidden.length).toBeGreaterThan(0);
    // The API, paged through: exactly the published figures of public indicators, as the database has them now;
    // any other figure's own address is a 404, except a retracted one, which says that it was retracted.
    const apiIds: number[] = [];
    for (let url: string | null = "/api/v1/figures?limit=150"; url;) {
      const body = (await (await request.get(url)).json()) as { data: Array<{ figure_id: number }>; next: string | null };
      apiIds.push(...body.data.map((f) => f.figure_id));
      url = body.next ? body.next.slice(new URL(body.next).origin.length) : null;
    }
    const database = await withDatabase((client) =>
      client.query<{ id: number; status: string; public: boolean }>(
        "SELECT f.id, f.status::text AS status, i.is_public AS public FROM figure f JOIN indicator i ON i.id = f.indicator_id ORDER BY f.id",
      ),
    );
    expect(apiIds).toEqual(database.rows.filter((f) => f.status === "published" && f.public).map((f) => f.id));
    // The same through the API's CSV (output_format=csv), paged by its Link header.
    const apiCsvIds: number[] = [];
    for (let url: string | null = "/api/v1/figures?limit=150&output_format=csv"; url;) {
      const response: APIResponse = await request.get(url);
      const [header, , ...records] = parseCsv(await response.text());
      apiCsvIds.push(...records.map((r) => Number(r[header!.indexOf("figure_id")])));
      const next: string | undefined = /^<([^>]+)>; rel="next"$/.exec(response.headers()["link"] ?? "")?.[1];
      url = next ? next.slice(new URL(next).origin.length) : null;
    }
    expect(apiCsvIds).toEqual(apiIds);
    for (const f of database.rows.filter((r) => r.status !== "published")) {
      const one = await request.get(`/api/v1/figures/${f.id}`);
      if (f.status === "retracted" && f.public) expect((await one.json()).data.status).toBe("retracted");
      else expect(one.status(), `figure ${f.id} (${f.status})`).toBe(404);
    }
    for (const f of hidden.filter((h) => isTotal(h))) {
      const csv = await request.get(`/download/${f.indicator}?place=${f.location}&view=claims`);
      const [header, , ...records] = parseCsv(await csv.text());
      const keys = records.map((r) => `${r[header!.indexOf("source")]}@${r[header!.indexOf("as_of")]}@${r[header!.indexOf("best")]}`);
      const best = bestOf(f);
      const published = claimsAt(f.indicator, f.location).map((p) => `${p.source}@${p.asOf}@${bestOf(p) ?? ""}`);
      expect(records).toHaveLength(claimsAt(f.indicator, f.location).length);
      if (!published.includes(`${f.source}@${f.asOf}@${best ?? ""}`)) expect(keys).not.toContain(`${f.source}@${f.asOf}@${best ?? ""}`);
    }
    // Nor in the whole-data exports (CSV, JSON, XLSX): exactly the published figures, and no hidden one
    // unless a published figure has the same values.
    const publishedKeys = figures
      .filter((f) => f.status === "published")
      .map(seedClaimKey)
      .sort();
    const leaked = (keys: string[]) => hidden.map(seedClaimKey).filter((k) => !publishedKeys.includes(k) && keys.includes(k));
    const csvKeys = exportedClaimKeys(csvRecords(parseCsv(await (await request.get("/download/figures.csv")).text())));
    const jsonKeys = exportedClaimKeys((await (await request.get("/download/figures.json")).json()) as Record<string, string>[]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await (await request.get("/download/figures.xlsx")).body()) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("figures")!;
    const names = (sheet.getRow(1).values as string[]).slice(1);
    const xlsxRows = [];
    for (let r = 3; r <= sheet.rowCount; r++) {
      const values = (sheet.getRow(r).values as unknown[]).slice(1);
      xlsxRows.push(
        Object.fromEntries(
          names.map((n, i) => [n, values[i] instanceof Date ? values[i].toISOString().slice(0, 10) : (values[i] ?? null)]),
        ),
      );
    }
    const xlsxKeys = exportedClaimKeys(xlsxRows as Record<string, string>[]);
    for (const keys of [csvKeys, jsonKeys, xlsxKeys]) {
      expect(keys).toEqual(publishedKeys);
      expect(leaked(keys)).toEqual([]);
    }
    // And not on the chart's table either: the page's rows are the published ones.
    const retracted = hidden.find((h) => h.status === "retracted" && isTotal(h));
    if (retracted) {
      await page.goto(
        `/${DOMAINS.find((d) => publicIndicators(d).some((i) => i.slug === retracted.indicator))}/${retracted.indicator}?place=${retracted.location}`,
      );
      const rows = await tableRows(claimsFigure(page, retracted.indicator));
      expect(rows.sort()).toEqual(expectedRows(claimsAt(retracted.indicator, retracted.location)).sort());
    }
  });
});

test.describe("overview", () => {
  test("shows a card per domain, the headline chart and the latest timeline events", async ({ page }) => {
    await page.goto("/");
    for (const domain of ["Displacement", "Casualties", "Infrastructure damage", "Humanitarian access"]) {
      const card = page.getByRole("article", { name: domain });
      await expect(card).toBeVisible();
      await expect(card.locator(".domain-card__estimate")).toHaveText(/\d/);
      await expect(card.getByText(/^as of \d{1,2} [A-Z][a-z]+ \d{4}/)).toBeVisible();
      await expect(card.locator(".freshness")).toHaveText(/(Fresh|Ageing|Stale) · /);
    }
    const inScope = subtree(DEFAULT_PLACE);
    const latest = timeline
      .filter((e) => e.status === "published" && inScope.has(e.location))
      .sort((a, b) => b.occurredOn.localeCompare(a.occurredOn))
      .slice(0, 6);
    const titles = page.getByRole("list", { name: "Latest timeline events" }).locator(".timeline__title");
    await expect(titles).toHaveCount(latest.length);
    expect(new Set(await titles.allInnerTexts())).toEqual(new Set(latest.map((e) => e.title)));
  });

  test("each card headlines the claim the card rule picks from the database's claims, with its status and the other sources", async ({
    page,
  }) => {
    for (const pcode of [DEFAULT_PLACE, "UA1402001X01"]) {
      await page.goto(`/?place=${pcode}`);
      for (const domain of DOMAINS) {
        const card = page.getByRole("article", { name: messages.domain[domain] });
        const expected = expectedCard(domain, pcode);
        const context = `${domain} at ${pcode}`;
        if (!expected) {
          await expect(card.locator(".domain-card__estimate"), context).toHaveCount(0);
          continue;
        }
        const { headline, others, latestOther } = expected;
        await expect(card.locator(".domain-card__indicator"), context).toHaveText(`${headline.indicatorName} · ${headline.placeName}`);
        await expect(card.locator(".domain-card__source"), context).toContainText(
          `according to ${headline.sourceName} ${headline.reliability}`,
        );
        await expect(card.locator(".domain-card__estimate a"), context).toContainText(headline.best!.toLocaleString("en-GB"));
        await expect(card.locator(".domain-card__status"), context).toContainText(
          `Status: ${messages.verification[headline.verification]}`,
        );
        // It always says how many other sources made claims, and when the latest of them was.
        await expect(card.locator(".domain-card__dispute"), context).toContainText(
          others.length === 0
            ? "No other source made a claim about this."
            : `${others.length} other ${others.length === 1 ? "source" : "sources"} made claims about this, the latest as of ${formatDay(latestOther!)}.`,
        );
        // A disputed claim, or one of a D–F source, never leads while an undisputed A–C claim exists.
        const wellGradedUndisputed = [headline, ...others].some(
          (c) => ["A", "B", "C"].includes(c.reliability) && c.verification !== "disputed",
        );
        if (wellGradedUndisputed) {
          expect(["A", "B", "C"], context).toContain(headline.reliability);
          expect(headline.verification, context).not.toBe("disputed");
        }
      }
    }
  });

  test("the headline chart and the title follow the chosen place", async ({ page }) => {
    await page.goto("/?place=UA14");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("What is known about Bakhmut and Donetsk oblast");
    await expect(page.getByRole("heading", { name: "Residents remaining in Bakhmut: claims by source" })).toBeVisible();
    await page.goto("/?place=UA");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("What is known about Ukraine");
    await expect(page).toHaveTitle(/^Ukraine · /);
    // The indicator with the most published totals about Ukraine itself.
    const counts = new Map<string, number>();
    for (const f of figures)
      if (f.location === "UA" && f.status === "published" && isTotal(f)) counts.set(f.indicator, (counts.get(f.indicator) ?? 0) + 1);
    const most = Math.max(...counts.values());
    const expected = indicators
      .filter((i) => counts.get(i.slug) === most)
      .sort((a, b) => a.displayOrder - b.displayOrder || a.slug.localeCompare(b.slug))[0]!;
    await expect(page.getByRole("heading", { name: `${expected.name} in Ukraine: claims by source` })).toBeVisible();
  });

  test("the place filter changes the cards", async ({ page }) => {
    await page.goto("/");
    await page.getByLabel("Place (with everything within it)").selectOption("UA");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/place=UA(&|$)/);
    await expect(page.getByRole("heading", { name: "Latest figures for Ukraine" })).toBeVisible();
    // Nationally, displacement's first indicator (IDPs) has claims, so the card is about it.
    await expect(page.getByRole("article", { name: "Displacement" }).locator(".domain-card__indicator")).toHaveText(
      /^Internally displaced persons · Ukraine$/,
    );
  });
});

test.describe("sources and timeline", () => {
  test("/sources lists every source with its kind, grade and published figures", async ({ page }) => {
    await page.goto("/sources");
    const rows = page.getByRole("table").locator("tbody tr");
    await expect(rows).toHaveCount(sources.length);
    const shown = await rows.evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent?.trim() ?? "")),
    );
    for (const s of sources) {
      const row = shown.find((cells) => cells[0] === s.name);
      expect(row, s.name).toBeTruthy();
      expect(row![3]!.startsWith(s.reliability)).toBe(true);
      expect(row![4]).toBe(figures.filter((f) => f.source === s.name && f.status === "published").length.toLocaleString("en-GB"));
    }
  });

  test("/sources/[id] shows the source's published figures and its grade history", async ({ page }) => {
    await page.goto("/sources");
    const name = "Wagner Group (Yevgeny Prigozhin)";
    await page.getByRole("link", { name }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
    const published = figures.filter((f) => f.source === name && f.status === "published");
    await expect(page.getByRole("heading", { name: `Published figures (${published.length})` })).toBeVisible();
    await expect(page.locator("section[aria-labelledby=figures-title] tbody tr")).toHaveCount(published.length);
    await expect(page.locator("section[aria-labelledby=history-title] tbody tr")).toHaveCount(1);
    const links = await page.locator("section[aria-labelledby=figures-title] tbody a[href^='/figures/']").count();
    expect(links).toBe(published.length);
    expect((await page.goto("/sources/999999"))?.status()).toBe(404);
    expect((await page.goto("/sources/abc"))?.status()).toBe(404);
  });

  test("/sources/[id] shows a long list 50 figures a page, with pager links; a bad or past-the-end page never fails", async ({ page }) => {
    // The demo's busiest source has more than one page (the paging itself is tested on random data in lib/data).
    const name = "UN Human Rights Monitoring Mission in Ukraine (OHCHR)";
    const total = figures.filter((f) => f.source === name && f.status === "published").length;
    expect(total).toBeGreaterThan(50);
    expect(total).toBeLessThanOrEqual(100);
    const rows = page.locator("section[aria-labelledby=figures-title] tbody tr");
    const pager = page.getByRole("navigation", { name: "Pages of figures", exact: true });
    await page.goto("/sources");
    await page.getByRole("link", { name }).click();
    await expect(page.getByRole("heading", { name: `Published figures (${total})` })).toBeVisible();
    await expect(pager).toContainText(`Showing 1–50 of ${total} figures`);
    await expect(rows).toHaveCount(50);
    const sourcePath = new URL(page.url()).pathname;

    await pager.getByRole("link", { name: "Next" }).click();
    await expect(page).toHaveURL(`${sourcePath}?page=2`);
    await expect(pager).toContainText(`Showing 51–${total} of ${total} figures`);
    await expect(rows).toHaveCount(total - 50);
    await expect(pager.getByRole("link", { name: "Next" })).toHaveCount(0);

    await pager.getByRole("link", { name: "Previous" }).click();
    await expect(page).toHaveURL(sourcePath);
    await expect(rows).toHaveCount(50);

    for (const bad of ["abc", "0", "-1", "1.5", "99999999999"]) {
      expect((await page.goto(`${sourcePath}?page=${bad}`))?.status(), bad).toBe(200);
      await expect(pager).toContainText(`Showing 1–50 of ${total}`);
    }
    expect((await page.goto(`${sourcePath}?page=9999`))?.status()).toBe(200);
    await expect(pager).toContainText(`Showing 51–${total} of ${total}`);
  });

  test("/timeline lists published events under the place, filterable by source and date", async ({ page }) => {
    await page.goto("/timeline?place=UA");
    const all = timeline.filter((e) => e.status === "published");
    await expect(page.locator(".timeline__event")).toHaveCount(all.length);
    await page.goto("/timeline");
    const inScope = subtree(DEFAULT_PLACE);
    await expect(page.locator(".timeline__event")).toHaveCount(all.filter((e) => inScope.has(e.location)).length);

    const form = page.getByRole("form", { name: "Filters" });
    await form.getByLabel("From (as of)").fill("2023-05-20");
    await form.getByLabel("To (as of)").fill("2023-05-21");
    await form.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/from=2023-05-20/);
    const expected = all.filter((e) => inScope.has(e.location) && e.occurredOn >= "2023-05-20" && e.occurredOn <= "2023-05-21");
    expect(expected.length).toBeGreaterThanOrEqual(2);
    expect((await page.locator(".timeline__title").allInnerTexts()).sort()).toEqual(expected.map((e) => e.title).sort());
  });
});

test.describe("embedding", () => {
  const path = "/embed/displacement/remaining-population?place=UA1402001X01";

  test("an embed page renders the chart alone and may be framed", async ({ page, request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    expect(response.headers()["x-frame-options"]).toBeUndefined();
    expect(response.headers()["content-security-policy"]).toContain("frame-ancestors *");

    await page.goto(path);
    await expect(page.getByRole("banner")).toHaveCount(0);
    await expect(page.getByRole("navigation", { name: "Main" })).toHaveCount(0);
    await expect(page.getByText("Demonstration data.")).toBeVisible();
    await expectSeriesMatch(page.getByRole("figure"), claimsAt("remaining-population", "UA1402001X01"));
    await expect(page.getByRole("link", { name: /See all figures/ })).toHaveAttribute(
      "href",
      /^\/displacement\?place=UA1402001X01#remaining-population$/,
    );

    // Framed by another page, it loads.
    const src = new URL(path, page.url()).toString();
    await page.setContent(`<iframe src="${src}" title="chart" width="800" height="600"></iframe>`);
    await expect(page.frameLocator("iframe").getByRole("figure")).toBeVisible();
  });

  test("each chart offers its embed code, pointing at the embed page with the same filters", async ({ page }) => {
    await page.goto("/displacement?place=UA1402001X01");
    const chart = claimsFigure(page, "remaining-population");
    await chart.getByText("Embed this chart").click();
    const code = chart.getByLabel("Embed code (HTML)");
    await expect(code).toBeVisible();
    await expect(code).toHaveValue(
      /^<iframe src="http:\/\/[^"]+\/embed\/displacement\/remaining-population\?place=UA1402001X01" title="[^"]+"/,
    );
  });

  test("an embed of an indicator from another domain is a 404", async ({ request }) => {
    expect((await request.get("/embed/casualties/remaining-population")).status()).toBe(404);
  });
});

test.describe("charts and the keyboard", () => {
  test("Tab through a domain page: each chart is one named, described stop", async ({ page }) => {
    await page.goto("/casualties");
    const frames = page.locator("figure.chart-card .chart-frame");
    const count = await frames.count();
    expect(count).toBeGreaterThan(1);
    // Charts load when they come near the viewport: bring each one in, and wait for it to draw while
    // it is there (scrolled past before the page has hydrated, a chart rightly stays unloaded).
    const cards = page.locator("figure.chart-card:has(.chart-frame)");
    for (let i = 0; i < count; i++) {
      await cards.nth(i).locator(".chart-frame").scrollIntoViewIfNeeded();
      await expect(cards.nth(i).locator(".chart-frame svg.recharts-surface")).toBeVisible();
    }
    await expect(page.locator("figure.chart-card .chart-frame svg.recharts-surface")).toHaveCount(count);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator("body").focus();

    const stops = new Map<string, string[]>();
    for (let i = 0; i < 600; i++) {
      await page.keyboard.press("Tab");
      const stop = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return null;
        const frame = el.closest(".chart-frame");
        const figure = el.closest("figure.chart-card");
        const name = el.tagName.toLowerCase() === "svg" ? (el.querySelector(":scope > title")?.textContent ?? "") : "";
        const desc = el.tagName.toLowerCase() === "svg" ? (el.querySelector(":scope > desc")?.textContent ?? "") : "";
        return { inChart: !!frame, figure: figure?.id ?? "", tag: el.tagName.toLowerCase(), name, desc, key: el.outerHTML.slice(0, 120) };
      });
      if (!stop) break; // past the last stop
      if (!stop.inChart) continue;
      expect(stop.tag, stop.key).toBe("svg");
      expect(stop.name, stop.figure).toMatch(/: claims by source$/);
      expect(stop.desc, stop.figure).toMatch(/table below lists every claim/);
      stops.set(stop.figure, [...(stops.get(stop.figure) ?? []), stop.key]);
    }
    expect(stops.size).toBe(count);
    for (const [figure, list] of stops) expect(list.length, `Tab stops in ${figure}`).toBe(1);
  });
});
