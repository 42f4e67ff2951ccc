// Timeline events: published only, at the place or below it, filtered by source and date.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { listTimelineEvents, pageTimelineEvents, type TimelineQuery } from "./timeline";

/** Every event of a query, on one page. */
const allEvents = async (query: TimelineQuery) => (await pageTimelineEvents(query, 1)).events;

let ids: Record<string, number> = {};

beforeAll(async () => {
  const oblast = await prisma.location.create({ data: { pcode: "UA14", nameEn: "Donetska", nameUk: "Донецька", adminLevel: 1 } });
  const raion = await prisma.location.create({
    data: { pcode: "UA1402", nameEn: "Bakhmutskyi", nameUk: "Бахмутський", adminLevel: 2, parentId: oblast.id },
  });
  const town = await prisma.location.create({
    data: { pcode: "UA1402X01", nameEn: "Soledar", nameUk: "Соледар", adminLevel: 4, parentId: raion.id },
  });
  const elsewhere = await prisma.location.create({ data: { pcode: "UA63", nameEn: "Kharkivska", nameUk: "Харківська", adminLevel: 1 } });
  const a = await prisma.source.create({ data: { name: "A", nameKey: "a", kind: "media", reliability: "B" } });
  const b = await prisma.source.create({ data: { name: "B", nameKey: "b", kind: "party_to_conflict", reliability: "E" } });
  ids = { a: a.id, b: b.id };
  const event = (
    title: string,
    occurredOn: string,
    locationId: number,
    sourceId: number,
    status: "published" | "draft" | "retracted" = "published",
  ) => ({
    title,
    occurredOn: new Date(occurredOn),
    locationId,
    sourceId,
    credibility: 3,
    status,
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

describe("the public timeline", () => {
  it("returns published events at the place and every place below it, oldest first", async () => {
    const all = await allEvents({ place: "UA14", sources: [], from: null, to: null });
    expect(all.map((e) => [e.title, e.placeName, e.reliability])).toEqual([
      ["oblast", "Donetska", "B"],
      ["town", "Soledar", "E"],
      ["raion", "Bakhmutskyi", "B"],
    ]);
    expect((await allEvents({ place: "UA1402", sources: [], from: null, to: null })).map((e) => e.title)).toEqual(["town", "raion"]);
  });

  it("filters by source and date, and gives the latest first when limited", async () => {
    expect((await allEvents({ place: "UA14", sources: [ids.a!], from: null, to: null })).map((e) => e.title)).toEqual(["oblast", "raion"]);
    expect((await allEvents({ place: "UA14", sources: [], from: "2023-01-15", to: "2023-01-31" })).map((e) => e.title)).toEqual(["town"]);
    expect((await listTimelineEvents({ place: "UA14", sources: [], from: null, to: null, latest: 2 })).map((e) => e.title)).toEqual([
      "raion",
      "town",
    ]);
  });
});

describe("the public timeline, a page at a time", () => {
  // 23 published events in one place (several on the same day, so the order needs the id), and
  // 4 that are not public or not there.
  const expected: number[] = [];
  beforeAll(async () => {
    const place = await prisma.location.create({
      data: { pcode: "UA65", nameEn: "Khersonska", nameUk: "Херсонська", adminLevel: 1 },
    });
    const base = { locationId: place.id, sourceId: ids.a!, credibility: 3 };
    const days = ["2023-04-03", "2023-04-01", "2023-04-02", "2023-04-01", "2023-04-05"];
    for (let i = 0; i < 23; i++) {
      await prisma.timelineEvent.create({
        data: { ...base, title: `paged ${i}`, occurredOn: new Date(days[i % days.length]!), status: "published", publishedAt: new Date() },
      });
    }
    await prisma.timelineEvent.create({ data: { ...base, title: "paged draft", occurredOn: new Date("2023-04-01") } });
    const rows = await prisma.$queryRaw<Array<{ id: number }>>`
      SELECT e.id FROM timeline_event e JOIN location l ON l.id = e.location_id
      WHERE l.pcode = 'UA65' AND e.status = 'published' ORDER BY e.occurred_on, e.id`;
    expected.push(...rows.map((r) => r.id));
  });
  const query = { place: "UA65", sources: [], from: null, to: null };

  it("gives every event once, oldest first, page after page, with the last page short", async () => {
    expect(expected).toHaveLength(23);
    const seen: number[] = [];
    for (let page = 1; page <= 5; page++) {
      const { events, window } = await pageTimelineEvents(query, page, 5);
      expect(window).toMatchObject({ page, pages: 5, total: 23, from: (page - 1) * 5 + 1, to: Math.min(23, page * 5) });
      expect(events).toHaveLength(page < 5 ? 5 : 3);
      seen.push(...events.map((e) => e.id));
    }
    expect(seen).toEqual(expected);
  });

  it("shows the last page for a page past the end, and counts what the filters keep", async () => {
    const past = await pageTimelineEvents(query, 99, 5);
    expect(past.window).toMatchObject({ page: 5, from: 21, to: 23 });
    expect(past.events.map((e) => e.id)).toEqual(expected.slice(20));
    const filtered = await pageTimelineEvents({ ...query, from: "2023-04-02", to: "2023-04-03" }, 1, 5);
    expect(filtered.window.total).toBe(10);
    expect(filtered.events.map((e) => e.occurredOn)).toEqual(["2023-04-02", "2023-04-02", "2023-04-02", "2023-04-02", "2023-04-02"]);
    const none = await pageTimelineEvents({ ...query, sources: [ids.b!] }, 4, 5);
    expect(none).toEqual({ events: [], window: { page: 1, pageSize: 5, total: 0, pages: 1, offset: 0, from: 0, to: 0 } });
  });

  it("keeps the home page's latest few, newest first", async () => {
    expect((await listTimelineEvents({ ...query, latest: 3 })).map((e) => e.id)).toEqual(expected.slice(-3).reverse());
  });

  it("reads the order from the index on (status, occurred_on, id), without a sort", async () => {
    await prisma.$executeRawUnsafe("ANALYZE timeline_event");
    const plan = await prisma.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
      return tx.$queryRawUnsafe<Array<{ "QUERY PLAN": string }>>(
        `EXPLAIN SELECT e.id FROM timeline_event e WHERE e.status = 'published' ORDER BY e.occurred_on, e.id LIMIT 100 OFFSET 100`,
      );
    });
    const text = plan.map((r) => r["QUERY PLAN"]).join("\n");
    expect(text).toContain("timeline_event_page_idx");
    expect(text).not.toMatch(/\bSort\b/);
  });
});
