// Timeline events: published only, at the place or below it, filtered by source and date.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { listTimelineEvents } from "./timeline";

let ids: Record<string, number> = {};

beforeAll(async () => {
  const oblast = await prisma.location.create({ data: { pcode: "UA14", nameEn: "Donetska", nameUk: "Донецька", adminLevel: 1 } });
  const raion = await prisma.location.create({ data: { pcode: "UA1402", nameEn: "Bakhmutskyi", nameUk: "Бахмутський", adminLevel: 2, parentId: oblast.id } });
  const town = await prisma.location.create({ data: { pcode: "UA1402X01", nameEn: "Soledar", nameUk: "Соледар", adminLevel: 4, parentId: raion.id } });
  const elsewhere = await prisma.location.create({ data: { pcode: "UA63", nameEn: "Kharkivska", nameUk: "Харківська", adminLevel: 1 } });
  const a = await prisma.source.create({ data: { name: "A", nameKey: "a", kind: "media", reliability: "B" } });
  const b = await prisma.source.create({ data: { name: "B", nameKey: "b", kind: "party_to_conflict", reliability: "E" } });
  ids = { a: a.id, b: b.id };
  const event = (title: string, occurredOn: string, locationId: number, sourceId: number, status: "published" | "draft" | "retracted" = "published") => ({
    title, occurredOn: new Date(occurredOn), locationId, sourceId, credibility: 3, status,
    ...(status === "retracted" ? { statusReason: "wrong" } : {}),
    ...(status !== "draft" ? { publishedAt: new Date("2023-03-01T00:00:00Z") } : {}),
  });
  await prisma.timelineEvent.createMany({
    data: [
      event("oblast", "2023-01-10", oblast.id, a.id),
      event("town", "2023-01-20", town.id, b.id),
      event("raion", "2023-02-01", raion.id, a.id),
      event("elsewhere", "2023-01-15", elsewhere.id, a.id),
      event("draft", "2023-01-16", town.id, a.id, "draft"),
      event("retracted", "2023-01-17", town.id, a.id, "retracted"),
    ],
  });
});

describe("listTimelineEvents", () => {
  it("returns published events at the place and every place below it, oldest first", async () => {
    const all = await listTimelineEvents({ place: "UA14", sources: [], from: null, to: null });
    expect(all.map((e) => [e.title, e.placeName, e.reliability])).toEqual([
      ["oblast", "Donetska", "B"],
      ["town", "Soledar", "E"],
      ["raion", "Bakhmutskyi", "B"],
    ]);
    expect((await listTimelineEvents({ place: "UA1402", sources: [], from: null, to: null })).map((e) => e.title)).toEqual(["town", "raion"]);
  });

  it("filters by source and date, and gives the latest first when limited", async () => {
    expect((await listTimelineEvents({ place: "UA14", sources: [ids.a!], from: null, to: null })).map((e) => e.title)).toEqual(["oblast", "raion"]);
    expect((await listTimelineEvents({ place: "UA14", sources: [], from: "2023-01-15", to: "2023-01-31" })).map((e) => e.title)).toEqual(["town"]);
    expect((await listTimelineEvents({ place: "UA14", sources: [], from: null, to: null, latest: 2 })).map((e) => e.title)).toEqual(["raion", "town"]);
  });
});
