// Sources: counts and figure lists show published figures only.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { getSourceDetail, listSourcesWithCounts } from "./sources";

let sourceId = 0;

beforeAll(async () => {
  const place = await prisma.location.create({ data: { pcode: "UA14", nameEn: "Donetska", nameUk: "Донецька", adminLevel: 1 } });
  const indicator = await prisma.indicator.create({
    data: { slug: "idps", domain: "displacement", name: "IDPs", unit: "people", hxlTag: "#affected+idps", isPublic: true },
  });
  const hidden = await prisma.indicator.create({
    data: { slug: "hidden", domain: "displacement", name: "Hidden", unit: "people", hxlTag: "#x", isPublic: false },
  });
  const source = await prisma.source.create({ data: { name: "IOM", nameKey: "iom", kind: "un_agency", reliability: "B" } });
  await prisma.source.create({ data: { name: "Quiet", nameKey: "quiet", kind: "ngo", reliability: "A" } });
  sourceId = source.id;
  await prisma.sourceGradeChange.createMany({
    data: [
      { sourceId: source.id, fromGrade: null, toGrade: "C", changedAt: new Date("2023-01-01T00:00:00Z"), reason: "initial" },
      { sourceId: source.id, fromGrade: "C", toGrade: "B", changedAt: new Date("2023-06-01T00:00:00Z"), reason: "track record" },
    ],
  });
  const base = { indicatorId: indicator.id, locationId: place.id, sourceId: source.id, credibility: 2, low: 10, best: 10, high: 10 };
  await prisma.figure.createMany({
    data: [
      { ...base, asOf: new Date("2023-01-01"), status: "published", publishedAt: new Date() },
      { ...base, asOf: new Date("2023-02-01"), status: "published", publishedAt: new Date() },
      { ...base, asOf: new Date("2023-03-01"), status: "draft" },
      { ...base, asOf: new Date("2023-04-01"), status: "retracted", statusReason: "x", publishedAt: new Date() },
      { ...base, indicatorId: hidden.id, asOf: new Date("2023-05-01"), status: "published", publishedAt: new Date() },
    ],
  });
});

describe("sources", () => {
  it("counts each source's published figures, most reliable source first", async () => {
    const list = await listSourcesWithCounts();
    expect(list.map((s) => [s.name, s.reliability, s.publishedFigures])).toEqual([
      ["Quiet", "A", 0],
      ["IOM", "B", 3],
    ]);
  });

  it("gives a source's published figures of public indicators, newest first, and its grade history", async () => {
    const detail = await getSourceDetail(sourceId);
    expect(detail?.figures.map((f) => f.asOf)).toEqual(["2023-02-01", "2023-01-01"]);
    expect(detail?.gradeHistory.map((g) => [g.fromGrade, g.toGrade, g.changedAt])).toEqual([
      ["C", "B", "2023-06-01"],
      [null, "C", "2023-01-01"],
    ]);
    expect(await getSourceDetail(999_999)).toBeNull();
  });
});
