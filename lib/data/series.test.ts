// The chart queries return exactly the published figures that match the filters, through the
// place hierarchy, and never a draft, submitted, rejected or retracted one.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { parseFilters } from "@/lib/domain/filters";
import { createIndicator, createOhchr, createPlace } from "@/test/fixtures/database";
import {
  getBreakdownClaims,
  getBreakdownsView,
  getClaimsByPlace,
  getClaimsForPlace,
  getClaimsOverTime,
  getDomainOverview,
  getPlacesView,
} from "./series";

const published = { status: "published" as const, publishedAt: new Date("2023-06-01T00:00:00Z") };
let ids: Record<string, number> = {};

beforeAll(async () => {
  const oblast = await createPlace("donetska");
  const other = await createPlace("bakhmutskyi", oblast.id);
  const raion2 = await prisma.location.create({
    data: { pcode: "UA1412", nameEn: "Kramatorskyi", nameUk: "Краматорський", adminLevel: 2, parentId: oblast.id },
  });
  const hromada = await prisma.location.create({
    data: { pcode: "UA1402001", nameEn: "Bakhmutska", nameUk: "Бахмутська", adminLevel: 3, parentId: other.id },
  });
  const town = await prisma.location.create({
    data: { pcode: "UA1402001X01", nameEn: "Bakhmut", nameUk: "Бахмут", adminLevel: 4, parentId: hromada.id },
  });
  const elsewhere = await createPlace("kharkivska");
  const killed = await createIndicator("killed");
  const hidden = await createIndicator("hidden");
  const un = await createOhchr();
  const gov = await prisma.source.create({
    data: {
      name: "Donetsk Regional Military Administration",
      nameKey: "donetsk regional military administration",
      kind: "government",
      reliability: "C",
    },
  });
  const party = await prisma.source.create({ data: { name: "Party", nameKey: "party", kind: "party_to_conflict", reliability: "E" } });
  ids = { un: un.id, gov: gov.id, party: party.id };
  const base = { indicatorId: killed.id, locationId: oblast.id, credibility: 2, qualifier: "approximately" as const };
  await prisma.figure.createMany({
    data: [
      { ...base, sourceId: un.id, asOf: new Date("2023-03-01"), low: 4000, best: 4000, high: 4000, qualifier: "at_least", ...published },
      {
        ...base,
        sourceId: gov.id,
        asOf: new Date("2023-03-01"),
        low: 4500,
        best: 5000,
        high: 6000,
        verification: "corroborated",
        credibility: 3,
        ...published,
      },
      { ...base, sourceId: un.id, asOf: new Date("2023-01-01"), noInformation: true, ...published },
      // Not shown: a draft, a submitted, a rejected and a retracted one, a breakdown, another place, a hidden indicator.
      { ...base, sourceId: un.id, asOf: new Date("2023-04-01"), low: 1, best: 1, high: 1, status: "draft" },
      { ...base, sourceId: un.id, asOf: new Date("2023-04-02"), low: 2, best: 2, high: 2, status: "submitted" },
      { ...base, sourceId: un.id, asOf: new Date("2023-04-03"), low: 3, best: 3, high: 3, status: "rejected", statusReason: "wrong place" },
      {
        ...base,
        sourceId: gov.id,
        asOf: new Date("2023-04-04"),
        low: 4,
        best: 4,
        high: 4,
        status: "retracted",
        statusReason: "double count",
        publishedAt: new Date("2023-04-05T00:00:00Z"),
      },
      { ...base, sourceId: un.id, asOf: new Date("2023-03-01"), low: 900, best: 900, high: 900, sex: "female", ...published },
      { ...base, sourceId: un.id, locationId: other.id, asOf: new Date("2023-03-01"), low: 50, best: 50, high: 50, ...published },
      { ...base, sourceId: un.id, indicatorId: hidden.id, asOf: new Date("2023-03-01"), low: 5, best: 5, high: 5, ...published },
      // Below the oblast: the raion, the town two levels further down, the other raion, and outside it.
      { ...base, sourceId: gov.id, locationId: town.id, asOf: new Date("2023-02-01"), low: 200, best: 200, high: 200, ...published },
      { ...base, sourceId: gov.id, locationId: town.id, asOf: new Date("2023-05-01"), low: 260, best: 260, high: 260, ...published },
      { ...base, sourceId: party.id, locationId: town.id, asOf: new Date("2023-05-01"), low: 20, best: 20, high: 20, ...published },
      {
        ...base,
        sourceId: party.id,
        locationId: town.id,
        asOf: new Date("2023-05-02"),
        low: 21,
        best: 21,
        high: 21,
        status: "retracted",
        statusReason: "wrong",
        publishedAt: new Date("2023-05-03T00:00:00Z"),
      },
      { ...base, sourceId: gov.id, locationId: raion2.id, asOf: new Date("2023-04-01"), low: 70, best: 70, high: 70, ...published },
      { ...base, sourceId: gov.id, locationId: elsewhere.id, asOf: new Date("2023-04-01"), low: 999, best: 999, high: 999, ...published },
      {
        ...base,
        sourceId: party.id,
        locationId: town.id,
        asOf: new Date("2023-04-01"),
        low: 30,
        best: 30,
        high: 30,
        sex: "male",
        ...published,
      },
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
    expect(result?.points[2]).toMatchObject({
      qualifier: "at_least",
      reliability: "A",
      credibility: 2,
      verification: "reported",
      pcode: "UA14",
    });
  });

  it("returns null for an unknown or hidden indicator and an unknown place", async () => {
    expect(await getClaimsOverTime({ indicatorSlug: "nope", pcode: "UA14" })).toBeNull();
    expect(await getClaimsOverTime({ indicatorSlug: "hidden", pcode: "UA14" })).toBeNull();
    expect(await getClaimsOverTime({ indicatorSlug: "civilians-killed", pcode: "UA99" })).toBeNull();
  });
});

describe("getClaimsForPlace with filters", () => {
  const figuresFor = async (params: Record<string, string | string[]>) =>
    (await getClaimsForPlace("civilians-killed", parseFilters({ place: "UA14", ...params })))?.points.map(
      (p) => `${p.asOf} ${p.sourceName}`,
    );

  it("applies each filter, and all of them together", async () => {
    expect(await figuresFor({ source: String(ids.gov) })).toEqual(["2023-03-01 Donetsk Regional Military Administration"]);
    expect(await figuresFor({ grade: "B" })).toEqual(["2023-01-01 OHCHR", "2023-03-01 OHCHR"]);
    expect(await figuresFor({ cred: "2" })).toEqual(["2023-01-01 OHCHR", "2023-03-01 OHCHR"]);
    expect(await figuresFor({ ver: "corroborated" })).toEqual(["2023-03-01 Donetsk Regional Military Administration"]);
    expect(await figuresFor({ from: "2023-02-01", to: "2023-12-31" })).toEqual([
      "2023-03-01 Donetsk Regional Military Administration",
      "2023-03-01 OHCHR",
    ]);
    expect(await figuresFor({ from: "2023-02-01", grade: "A", ver: ["reported", "verified"] })).toEqual(["2023-03-01 OHCHR"]);
    expect(await figuresFor({ grade: "A", ver: "corroborated" })).toEqual([]);
  });
});

describe("getClaimsByPlace", () => {
  it("gives, per part of the place, each source's latest claim, from places below the part too", async () => {
    const result = await getClaimsByPlace("civilians-killed", parseFilters({ place: "UA14" }));
    expect(result?.claims.map((c) => [c.branchName, c.sourceName, c.placeName, c.asOf, c.best])).toEqual([
      // Bakhmutskyi: OHCHR's claim about the raion itself; the others' claims about the town within it.
      ["Bakhmutskyi", "Donetsk Regional Military Administration", "Bakhmut", "2023-05-01", 260],
      ["Bakhmutskyi", "OHCHR", "Bakhmutskyi", "2023-03-01", 50],
      ["Bakhmutskyi", "Party", "Bakhmut", "2023-05-01", 20],
      ["Kramatorskyi", "Donetsk Regional Military Administration", "Kramatorskyi", "2023-04-01", 70],
    ]);
    expect(result?.at).toBe("2023-05-01");
  });

  it("goes back to the claims made on or before the chosen date, and combines it with the other filters", async () => {
    const result = await getClaimsByPlace("civilians-killed", parseFilters({ place: "UA14", at: "2023-03-15", grade: "C" }));
    expect(result?.claims.map((c) => [c.branchName, c.sourceName, c.best])).toEqual([
      ["Bakhmutskyi", "Donetsk Regional Military Administration", 200],
      ["Bakhmutskyi", "OHCHR", 50],
    ]);
    expect(result?.at).toBe("2023-03-15");
  });

  it("uses the children of a lower place as its parts", async () => {
    const result = await getClaimsByPlace("civilians-killed", parseFilters({ place: "UA1402" }));
    expect(result?.claims.map((c) => [c.branchName, c.sourceName, c.best])).toEqual([
      ["Bakhmutska", "Donetsk Regional Military Administration", 260],
      ["Bakhmutska", "Party", 20],
    ]);
  });
});

describe("getBreakdownClaims", () => {
  it("returns the published breakdowns anywhere under the place", async () => {
    const result = await getBreakdownClaims("civilians-killed", parseFilters({ place: "UA14" }));
    expect(result?.claims.map((c) => [c.placeName, c.sourceName, c.sex, c.best])).toEqual([
      ["Bakhmut", "Party", "male", 30],
      ["Donetska", "OHCHR", "female", 900],
    ]);
    const town = await getBreakdownClaims("civilians-killed", parseFilters({ place: "UA1402001X01" }));
    expect(town?.claims.map((c) => c.best)).toEqual([30]);
  });
});

describe("getBreakdownsView", () => {
  it("lists each source's latest breakdown claim per place and group, newest first, with how many there are", async () => {
    const view = await getBreakdownsView("civilians-killed", parseFilters({ place: "UA14" }));
    expect(view?.claims.map((c) => [c.placeName, c.sourceName, c.sex, c.best])).toEqual([
      ["Bakhmut", "Party", "male", 30],
      ["Donetska", "OHCHR", "female", 900],
    ]);
    expect(view?.latestClaims).toBe(2);
    const narrowed = await getBreakdownsView("civilians-killed", parseFilters({ place: "UA14", to: "2023-03-15" }));
    expect(narrowed?.claims.map((c) => c.best)).toEqual([900]);
  });
});

describe("getPlacesView", () => {
  it("lists the same claims as getClaimsByPlace when each part has few sources", async () => {
    const view = await getPlacesView("civilians-killed", parseFilters({ place: "UA14" }));
    const all = await getClaimsByPlace("civilians-killed", parseFilters({ place: "UA14" }));
    expect(view?.claims).toEqual(all?.claims);
    expect(view?.notListed).toEqual({});
  });
});

describe("getDomainOverview", () => {
  const overview = async (params: Record<string, string | string[]>) => {
    const summary = await getDomainOverview("casualties", parseFilters({ place: "UA14", ...params }));
    return (
      summary && {
        headline: [summary.headline.placeName, summary.headline.depth, summary.headline.sourceName, summary.headline.best],
        others: summary.others.map((o) => o.sourceName),
        disagreeing: summary.disagreeing,
      }
    );
  };

  it("headlines the best-graded recent claim about the place nearest the selected one, with the other sources there", async () => {
    expect(await overview({})).toEqual({
      headline: ["Donetska", 0, "OHCHR", 4000],
      others: ["Donetsk Regional Military Administration"],
      disagreeing: 0,
    });
    expect(await getDomainOverview("displacement", parseFilters({ place: "UA14" }))).toBeNull();
    expect(await getDomainOverview("casualties", parseFilters({ place: "UA99" }))).toBeNull();
  });

  it("goes down the levels of the place until a claim passes the filters", async () => {
    // A filter on the claims themselves: only the corroborated claim at the oblast.
    expect(await overview({ ver: "corroborated" })).toEqual({
      headline: ["Donetska", 0, "Donetsk Regional Military Administration", 5000],
      others: [],
      disagreeing: 0,
    });
    // A source that only spoke about the town, three levels down.
    expect(await overview({ source: String(ids.party) })).toEqual({ headline: ["Bakhmut", 3, "Party", 20], others: [], disagreeing: 0 });
    // Before March 2023: the oblast has only "no information", the raions nothing yet, the town a claim.
    expect(await overview({ to: "2023-02-15" })).toEqual({
      headline: ["Bakhmut", 3, "Donetsk Regional Military Administration", 200],
      others: [],
      disagreeing: 0,
    });
    expect(await overview({ to: "2022-12-31" })).toBeNull();
  });
});
