// getClaimsOverTime returns exactly the published totals for one indicator and place.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { getClaimsOverTime } from "./series";

const published = { status: "published" as const, publishedAt: new Date("2023-06-01T00:00:00Z") };

beforeAll(async () => {
  const oblast = await prisma.location.create({ data: { pcode: "UA14", nameEn: "Donetska", nameUk: "Донецька", adminLevel: 1 } });
  const other = await prisma.location.create({ data: { pcode: "UA1402", nameEn: "Bakhmutskyi", nameUk: "Бахмутський", adminLevel: 2, parentId: oblast.id } });
  const killed = await prisma.indicator.create({ data: { slug: "civilians-killed", domain: "casualties", name: "Civilians killed", unit: "people", hxlTag: "#affected+killed", allowedBreakdowns: ["sex"] } });
  const hidden = await prisma.indicator.create({ data: { slug: "hidden", domain: "casualties", name: "Hidden", unit: "people", hxlTag: "#affected", isPublic: false } });
  const un = await prisma.source.create({ data: { name: "OHCHR", nameKey: "ohchr", kind: "un_agency", reliability: "A" } });
  const gov = await prisma.source.create({ data: { name: "Donetsk Regional Military Administration", nameKey: "donetsk regional military administration", kind: "government", reliability: "C" } });
  const base = { indicatorId: killed.id, locationId: oblast.id, credibility: 2, qualifier: "approximately" as const };
  await prisma.figure.createMany({
    data: [
      { ...base, sourceId: un.id, asOf: new Date("2023-03-01"), low: 4000, best: 4000, high: 4000, qualifier: "at_least", ...published },
      { ...base, sourceId: gov.id, asOf: new Date("2023-03-01"), low: 4500, best: 5000, high: 6000, ...published },
      { ...base, sourceId: un.id, asOf: new Date("2023-01-01"), noInformation: true, ...published },
      // Not shown: a draft, a rejected one, a breakdown, another place, a hidden indicator.
      { ...base, sourceId: un.id, asOf: new Date("2023-04-01"), low: 1, best: 1, high: 1, status: "draft" },
      { ...base, sourceId: un.id, asOf: new Date("2023-04-01"), low: 1, best: 1, high: 1, status: "rejected", statusReason: "wrong place" },
      { ...base, sourceId: un.id, asOf: new Date("2023-03-01"), low: 900, best: 900, high: 900, sex: "female", ...published },
      { ...base, sourceId: un.id, locationId: other.id, asOf: new Date("2023-03-01"), low: 50, best: 50, high: 50, ...published },
      { ...base, sourceId: un.id, indicatorId: hidden.id, asOf: new Date("2023-03-01"), low: 5, best: 5, high: 5, ...published },
    ],
  });
});

describe("getClaimsOverTime", () => {
  it("returns the published totals at the place, oldest first, with 'no information' kept as such", async () => {
    const result = await getClaimsOverTime({ indicatorSlug: "civilians-killed", pcode: "UA14" });
    expect(result?.indicator.name).toBe("Civilians killed");
    expect(result?.points.map((p) => [p.asOf, p.sourceName, p.low, p.best, p.high, p.noInformation])).toEqual([
      ["2023-01-01", "OHCHR", null, null, null, true],
      ["2023-03-01", "Donetsk Regional Military Administration", 4500, 5000, 6000, false],
      ["2023-03-01", "OHCHR", 4000, 4000, 4000, false],
    ]);
    expect(result?.points[2]).toMatchObject({ qualifier: "at_least", reliability: "A", credibility: 2, verification: "reported" });
  });

  it("returns null for an unknown or hidden indicator and an unknown place", async () => {
    expect(await getClaimsOverTime({ indicatorSlug: "nope", pcode: "UA14" })).toBeNull();
    expect(await getClaimsOverTime({ indicatorSlug: "hidden", pcode: "UA14" })).toBeNull();
    expect(await getClaimsOverTime({ indicatorSlug: "civilians-killed", pcode: "UA99" })).toBeNull();
  });
});
