// The whole-data read: only published figures of public indicators, every filter, the place's
// P-code at each level, the grade at publication, and a cursor that neither loses nor repeats a
// figure while others are published between pages.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { ALL_FIGURES, type FigureQuery } from "@/lib/domain/figure-query";
import { at, createIndicator, createOhchr, createPlace } from "@/test/fixtures/database";
import { pagePublishedFigures, publishedFigureBatches } from "./published-figures";

let ids: Record<string, number> = {};

beforeAll(async () => {
  const country = await createPlace("ukraine");
  const oblast = await createPlace("donetska", country.id);
  const raion = await createPlace("bakhmutskyi", oblast.id);
  const other = await createPlace("kharkivska", country.id);
  const killed = await createIndicator("killed");
  const idps = await createIndicator("idps");
  const hidden = await createIndicator("hidden");
  const un = await createOhchr();
  const party = await prisma.source.create({ data: { name: "Party", nameKey: "party", kind: "party_to_conflict", reliability: "E" } });
  // OHCHR was graded B until mid-2023, then A.
  await prisma.sourceGradeChange.createMany({
    data: [
      { sourceId: un.id, fromGrade: null, toGrade: "B", changedAt: at("2022-01-01") },
      { sourceId: un.id, fromGrade: "B", toGrade: "A", changedAt: at("2023-07-01") },
    ],
  });
  const base = { credibility: 2, qualifier: "approximately" as const, status: "published" as const };
  const make = (data: Record<string, unknown>) =>
    prisma.figure.create({
      data: {
        ...base,
        indicatorId: killed.id,
        locationId: raion.id,
        sourceId: un.id,
        asOf: at("2023-05-01"),
        low: 8,
        best: 10,
        high: 12,
        ...data,
      } as never,
    });
  const f1 = await make({ publishedAt: at("2023-05-02"), notes: "Verified by the HRMMU." });
  const f2 = await make({
    sourceId: party.id,
    locationId: oblast.id,
    asOf: at("2023-06-01"),
    publishedAt: at("2023-06-02"),
    verification: "disputed",
  });
  const f3 = await make({ sex: "female", publishedAt: at("2023-08-02"), asOf: at("2023-08-01") });
  const f4 = await make({ indicatorId: idps.id, locationId: other.id, publishedAt: at("2023-09-02"), credibility: 5 });
  await make({ status: "draft" });
  await make({ status: "submitted" });
  await make({ status: "retracted", statusReason: "Double-counted.", publishedAt: at("2023-05-02") });
  await make({ indicatorId: hidden.id, publishedAt: at("2023-05-02") });
  ids = { f1: f1.id, f2: f2.id, f3: f3.id, f4: f4.id, raion: raion.id, killed: killed.id, un: un.id, party: party.id };
});

const read = (query: Partial<FigureQuery>) =>
  pagePublishedFigures({ ...ALL_FIGURES, ...query }, { after: null, limit: 100 }).then((rows) => rows.map((r) => r.figureId));

describe("published figures for the API and the exports", () => {
  it("are only the published figures of public indicators, in id order", async () => {
    expect(await read({})).toEqual([ids.f1, ids.f2, ids.f3, ids.f4]);
  });

  it("carry every field a reader needs, the place at each level and the grade at publication", async () => {
    const [first] = await pagePublishedFigures(ALL_FIGURES, { after: null, limit: 1 });
    expect(first).toMatchObject({
      figureId: ids.f1,
      indicator: { slug: "civilians-killed", domain: "casualties", hxlTag: "#affected+killed", unit: "people" },
      place: { pcode: "UA1402", nameUk: "Бахмутський", adminLevel: 2, pcodesByLevel: { 0: "UA", 1: "UA14", 2: "UA1402" } },
      asOf: "2023-05-01",
      low: 8,
      best: 10,
      high: 12,
      notes: "Verified by the HRMMU.",
      source: { name: "OHCHR", kind: "un_agency", reliabilityAtPublication: "B", reliabilityNow: "A" },
      publishedAt: "2023-05-02T00:00:00.000Z",
    });
    const [, , third] = await pagePublishedFigures(ALL_FIGURES, { after: null, limit: 3 });
    expect(third!.source.reliabilityAtPublication).toBe("A");
    // A source without recorded grade changes had its grade of today.
    const party = (await pagePublishedFigures({ ...ALL_FIGURES, sources: [ids.party!] }, { after: null, limit: 5 }))[0]!;
    expect(party.source.reliabilityAtPublication).toBe("E");
  });

  it("apply every filter", async () => {
    expect(await read({ place: "UA14" })).toEqual([ids.f1, ids.f2, ids.f3]);
    expect(await read({ place: "UA1402" })).toEqual([ids.f1, ids.f3]);
    expect(await read({ place: "UA99" })).toEqual([]);
    expect(await read({ from: "2023-06-01", to: "2023-08-01" })).toEqual([ids.f2, ids.f3]);
    expect(await read({ indicators: ["idps"] })).toEqual([ids.f4]);
    expect(await read({ domain: "casualties" })).toEqual([ids.f1, ids.f2, ids.f3]);
    expect(await read({ sources: [ids.party!] })).toEqual([ids.f2]);
    expect(await read({ grade: "C" })).toEqual([ids.f1, ids.f3, ids.f4]);
    expect(await read({ cred: 3 })).toEqual([ids.f1, ids.f2, ids.f3]);
    expect(await read({ ver: ["disputed"] })).toEqual([ids.f2]);
    expect(await read({ sex: ["female"] })).toEqual([ids.f3]);
    expect(await read({ sex: ["total"] })).toEqual([ids.f1, ids.f2, ids.f4]);
    expect(await read({ updatedSince: new Date(Date.now() + 60_000).toISOString() })).toEqual([]);
  });

  it("page by cursor without losing or repeating a figure while others are published between pages", async () => {
    const seen: number[] = [];
    let after: number | null = null;
    for (let page = 0; page < 10; page += 1) {
      const rows = await pagePublishedFigures(ALL_FIGURES, { after, limit: 1 });
      if (rows.length === 0) break;
      seen.push(...rows.map((r) => r.figureId));
      after = rows[rows.length - 1]!.figureId;
      // Someone publishes a new figure (a higher id) after the first page.
      if (page === 0)
        await prisma.figure.create({
          data: {
            indicatorId: ids.killed!,
            locationId: ids.raion!,
            sourceId: ids.un!,
            asOf: at("2023-10-01"),
            low: 5,
            best: 5,
            high: 5,
            credibility: 2,
            status: "published",
            publishedAt: new Date(),
          },
        });
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.slice(0, 4)).toEqual([ids.f1, ids.f2, ids.f3, ids.f4]);
    expect(seen).toHaveLength(5);
    const batches: number[][] = [];
    for await (const batch of publishedFigureBatches(ALL_FIGURES, 2)) batches.push(batch.map((r) => r.figureId));
    expect(batches.map((b) => b.length)).toEqual([2, 2, 1]);
    expect(batches.flat()).toEqual(seen);
  });
});
