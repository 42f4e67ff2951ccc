// Integration test of the demo seed against a fresh migrated PostgreSQL database per file
// (test/setup-database.ts sets DATABASE_URL before this file's imports run).
import { beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/data/password";
import { prisma } from "@/lib/db";
import { DEMO_PASSWORD, U } from "./data/users";
import { demoDataProblems, seedDemoData, type SeedResult } from "./seed";

async function rowCounts() {
  const [users, sources, grades, indicators, locations, figures, revisions, events, audit] = await Promise.all([
    prisma.user.count(),
    prisma.source.count(),
    prisma.sourceGradeChange.count(),
    prisma.indicator.count(),
    prisma.location.count(),
    prisma.figure.count(),
    prisma.figureRevision.count(),
    prisma.timelineEvent.count(),
    prisma.auditEvent.count(),
  ]);
  return { users, sources, grades, indicators, locations, figures, revisions, events, audit };
}

describe("demo seed", () => {
  let first: SeedResult;

  beforeAll(async () => {
    first = await seedDemoData(prisma);
  }, 120_000);

  it("has a valid data set", () => {
    expect(demoDataProblems()).toEqual([]);
  });

  it("seeds on the first run and reports what it loaded", async () => {
    expect(first.seeded).toBe(true);
    if (!first.seeded) return;
    const counts = await rowCounts();
    expect(first.counts.figures).toBe(counts.figures);
    expect(first.counts.figureRevisions).toBe(counts.revisions);
    expect(first.counts.timelineEvents).toBe(counts.events);
    expect(counts.audit).toBe(1);
    const audit = await prisma.auditEvent.findFirstOrThrow();
    expect(audit).toMatchObject({ action: "seed.loaded", actorId: null, origin: "seed" });
  });

  it("has sources of several kinds and grades, with keys and grade history", async () => {
    const sources = await prisma.source.findMany();
    expect(sources.length).toBeGreaterThanOrEqual(8);
    expect(new Set(sources.map((s) => s.kind)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(sources.map((s) => s.reliability)).size).toBeGreaterThanOrEqual(3);
    for (const s of sources) expect(s.nameKey).toBe(s.name.trim().toLowerCase());
    expect(sources.filter((s) => s.affiliation).length).toBeGreaterThanOrEqual(8);
    expect(await prisma.sourceGradeChange.count()).toBe(sources.length);
  });

  it("has indicators in all four domains", async () => {
    const indicators = await prisma.indicator.findMany();
    expect(indicators.length).toBeGreaterThanOrEqual(12);
    expect(new Set(indicators.map((i) => i.domain))).toEqual(new Set(["displacement", "casualties", "infrastructure", "access"]));
  });

  it("has the P-code hierarchy: country, oblast, eight raions, the hromada and settlements", async () => {
    const locations = await prisma.location.findMany({ include: { parent: true } });
    const byCode = new Map(locations.map((l) => [l.pcode, l]));
    expect(byCode.get("UA")?.adminLevel).toBe(0);
    expect(byCode.get("UA14")?.adminLevel).toBe(1);
    expect(
      locations
        .filter((l) => l.adminLevel === 2)
        .map((l) => l.pcode)
        .sort(),
    ).toEqual(["UA1402", "UA1404", "UA1406", "UA1408", "UA1410", "UA1412", "UA1414", "UA1416"]);
    expect(byCode.get("UA1402001")).toMatchObject({ adminLevel: 3, nameEn: "Bakhmutska" });
    expect(byCode.get("UA1402001")?.pcodeNote).toMatch(/derived/i);
    const settlements = locations.filter((l) => l.adminLevel === 4);
    expect(settlements.map((l) => l.nameEn)).toEqual(
      expect.arrayContaining([
        "Bakhmut",
        "Soledar",
        "Chasiv Yar",
        "Kramatorsk",
        "Sloviansk",
        "Kostiantynivka",
        "Avdiivka",
        "Mariupol",
        "Pokrovsk",
      ]),
    );
    for (const s of settlements) expect(s.pcodeNote).toMatch(/placeholder/i);
    for (const l of locations) if (l.parent) expect(l.pcode.startsWith(l.parent.pcode)).toBe(true);
  });

  it("has at least 150 published figures, with no-information entries, drafts, submissions and rejections", async () => {
    const byStatus = await prisma.figure.groupBy({ by: ["status"], _count: { _all: true } });
    const count = (status: string) => byStatus.find((g) => g.status === status)?._count._all ?? 0;
    expect(count("published")).toBeGreaterThanOrEqual(150);
    expect(count("draft")).toBeGreaterThan(0);
    expect(count("submitted")).toBeGreaterThan(0);
    expect(count("rejected")).toBeGreaterThanOrEqual(1);
    expect(
      await prisma.figure.count({ where: { status: "published", noInformation: true, low: null, best: null, high: null } }),
    ).toBeGreaterThan(0);
    expect(await prisma.figure.count({ where: { status: "rejected", statusReason: null } })).toBe(0);
    expect(await prisma.figure.count({ where: { status: "published", publishedAt: null } })).toBe(0);
    expect(await prisma.figure.count({ where: { OR: [{ sex: { not: null } }, { ageGroup: { not: null } }] } })).toBeGreaterThan(0);
  });

  it("gives every figure a revision history that ends at its current version", async () => {
    const figures = await prisma.figure.findMany({ include: { revisions: { orderBy: { version: "asc" } } } });
    for (const f of figures) {
      expect(f.revisions[0]?.action).toBe("created");
      expect(f.revisions.at(-1)?.version).toBe(f.version);
      if (f.status === "published") expect(f.revisions.map((r) => r.action)).toContain("published");
    }
    const [editor, reviewer] = await Promise.all([
      prisma.user.findUniqueOrThrow({ where: { email: U.editor } }),
      prisma.user.findUniqueOrThrow({ where: { email: U.reviewer } }),
    ]);
    expect(figures.every((f) => f.authorId === editor.id)).toBe(true);
    expect(figures.filter((f) => f.status === "published").every((f) => f.reviewerId === reviewer.id)).toBe(true);
  });

  it("has conflicting published claims: two or more sources for the same indicator, place and date", async () => {
    const published = await prisma.figure.findMany({
      where: { status: "published" },
      select: { indicatorId: true, locationId: true, periodStart: true, asOf: true, sourceId: true },
    });
    const groups = new Map<string, Set<number>>();
    for (const f of published) {
      const key = [f.indicatorId, f.locationId, f.periodStart?.toISOString() ?? "-", f.asOf.toISOString()].join("|");
      const sources = groups.get(key) ?? new Set<number>();
      sources.add(f.sourceId);
      groups.set(key, sources);
    }
    const conflicting = [...groups.values()].filter((s) => s.size >= 2);
    expect(conflicting.length).toBeGreaterThanOrEqual(3);

    // The series meant for the home-page chart: several sources, several dates each, with ranges.
    const chart = await prisma.figure.findMany({
      where: { status: "published", indicator: { slug: "russian-military-killed" }, location: { pcode: "UA" } },
      select: { sourceId: true, low: true, high: true },
    });
    const perSource = new Map<number, number>();
    for (const f of chart) perSource.set(f.sourceId, (perSource.get(f.sourceId) ?? 0) + 1);
    expect([...perSource.values()].filter((n) => n >= 3).length).toBeGreaterThanOrEqual(2);
    expect(perSource.size).toBeGreaterThanOrEqual(5);
    expect(chart.some((f) => f.low !== null && f.high !== null && f.low < f.high)).toBe(true);
  });

  it("has published timeline events, including both sides' claims of 20 May 2023", async () => {
    const events = await prisma.timelineEvent.findMany({ where: { status: "published" }, include: { source: true } });
    expect(events.length).toBeGreaterThanOrEqual(10);
    const may20 = events.filter((e) => e.occurredOn.toISOString().startsWith("2023-05-20"));
    expect(new Set(may20.map((e) => e.source.affiliation))).toEqual(
      new Set(["Russian Federation (private military company Wagner)", "Russian Federation", "Ukraine"]),
    );
    expect(events.every((e) => e.publishedAt !== null)).toBe(true);
  });

  it("creates the three demo users with the demo password", async () => {
    for (const [email, role] of [
      [U.admin, "admin"],
      [U.reviewer, "reviewer"],
      [U.editor, "editor"],
    ] as const) {
      const user = await prisma.user.findUniqueOrThrow({ where: { email } });
      expect(user.role).toBe(role);
      expect(user.organisation).toBe("Crisis Ledger demo");
      expect(await verifyPassword(user.passwordHash ?? "", DEMO_PASSWORD)).toBe(true);
      expect(await verifyPassword(user.passwordHash ?? "", "wrong password")).toBe(false);
      // The demo (and the e2e suite) sign in with these directly: no forced password change.
      expect(user.mustChangePassword).toBe(false);
    }
  });

  it("seeds only once: a second run changes nothing", async () => {
    const before = await rowCounts();
    const second = await seedDemoData(prisma);
    expect(second).toEqual({ seeded: false, counts: null });
    expect(await rowCounts()).toEqual(before);
  });
});
