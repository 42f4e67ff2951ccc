// What the app exports, it can import: the whole-dataset CSV export of the demo data, imported
// into an instance with the same reference data and no figures, gives the same figures (every
// field a person entered; ids, statuses and timestamps are the new instance's own).
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { applyBatch, checkBatch, createBatch, getBatch } from "@/lib/data/figure-import";
import type { FigureActor } from "@/lib/data/figures";
import { ALL_FIGURES } from "@/lib/domain/figure-query";
import { parseMapping } from "@/lib/import/columns";
import { seedDemoData } from "@/prisma/seed/seed";
import { withOwner } from "@/test/owner";
import { csvExportStream } from "./figure-streams";

let editor: FigureActor;

beforeAll(async () => {
  await seedDemoData(prisma, { authSecret: process.env.NEXTAUTH_SECRET });
  const user = await prisma.user.create({
    data: { email: "roundtrip@example.org", name: "Round trip", role: "editor", organisation: "NGO" },
  });
  editor = { id: user.id, email: user.email, role: "editor" };
}, 120_000);

/** The fields a person gives a figure, keyed so two instances' figures can be compared. */
async function enteredFields(where: { status?: "published" } = {}) {
  const figures = await prisma.figure.findMany({
    where,
    include: { indicator: { select: { slug: true } }, location: { select: { pcode: true } }, source: { select: { name: true } } },
  });
  const day = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;
  return figures
    .map((f) => ({
      indicator: f.indicator.slug,
      place: f.location.pcode,
      source: f.source.name,
      periodStart: day(f.periodStart),
      asOf: day(f.asOf),
      qualifier: f.qualifier,
      noInformation: f.noInformation,
      low: f.low,
      best: f.best,
      high: f.high,
      sex: f.sex,
      ageGroup: f.ageGroup,
      populationGroup: f.populationGroup,
      credibility: f.credibility,
      verification: f.verification,
      sourceUrl: f.sourceUrl,
      sourcePublishedAt: day(f.sourcePublishedAt),
      sourcePlaceName: f.sourcePlaceName,
      notes: f.notes,
    }))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

describe("export, then import", () => {
  it("the whole-dataset CSV imports into an instance with the same reference data and gives the same figures", async () => {
    // Text a spreadsheet would run as a formula is written with a leading quote: it must come back as typed.
    const someone = await prisma.figure.findFirstOrThrow({ where: { status: "published" }, orderBy: { id: "asc" } });
    await prisma.figure.update({ where: { id: someone.id }, data: { notes: "-5% on the previous round; =not a formula" } });
    const expected = await enteredFields({ status: "published" });
    expect(expected.length).toBeGreaterThan(100);

    const csv = await new Response(
      csvExportStream({
        query: ALL_FIGURES,
        origin: "https://ledger.example.org",
        indicatorHxl: null,
        context: { url: "https://ledger.example.org/download/figures.csv", generatedAt: new Date(), dataVersion: null },
      }),
    ).text();
    // Both languages go out (issue 14): the places' and the indicators' Ukrainian names, and come back in without error.
    const header = csv
      .split("\n")
      .find((line) => line.startsWith("figure_id"))!
      .split(",");
    expect(header).toEqual(expect.arrayContaining(["place_name_uk", "indicator_name_uk"]));
    expect(csv).toContain("Загиблі серед цивільного населення");

    // The other instance: the same places, indicators and sources, no figures (as the owner, an operator's reset).
    await withOwner((client) => client.query("DELETE FROM figure"));
    expect(await prisma.figure.count()).toBe(0);

    const created = await createBatch(editor, { name: "crisis-ledger-figures.csv", bytes: new TextEncoder().encode(csv), sheet: null });
    if (!created.ok) throw new Error(created.message);
    const batch = (await getBatch(editor, created.batch.id))!;
    const checked = await checkBatch(editor, batch.id, {
      mapping: parseMapping(batch.mapping, batch.columns.length),
      onDuplicate: "stop",
      targetStatus: "draft",
    });
    expect(checked).toMatchObject({ ok: true, toCreate: expected.length, withErrors: 0, duplicates: 0 });
    expect(await applyBatch(editor, batch.id, "test")).toMatchObject({ ok: true });

    expect(await enteredFields()).toEqual(expected);
  }, 300_000);
});
