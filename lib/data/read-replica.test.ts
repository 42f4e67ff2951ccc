// Public reads on a real PostgreSQL streaming replica (DATABASE_READ_URL): a throw-away primary
// and a hot standby made from its base backup (test/replica.ts). The public read functions must
// read the standby (they miss what the primary has while the standby's replay is paused), staff
// reads must read the primary, and a publish must reach the public read path within seconds.
import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma, readPrisma } from "@/lib/db";
import { figureInputSchema } from "@/lib/domain/figure-schema";
import { withClient } from "@/lib/migrations/pg";
import { startReplicatedDatabase, type ReplicatedDatabase } from "@/test/replica";
import { createFigure, getPublicFigure, transitionFigure, type FigureActor } from "./figures";
import { readDataVersion } from "./data-version";
import { checkReplica } from "./health";
import { getPublicIndicator, listPublicIndicators } from "./indicators";
import { getPlace, listPlacesAround } from "./locations";
import { replicaReached } from "./replica";
import { getSourceDetail, listSourceOptions, listSourceOptionsForStaff, listSourcesWithCounts } from "./sources";
import { listTimelineEvents } from "./timeline";

let replicated: ReplicatedDatabase;
let editor: FigureActor, reviewer: FigureActor;
const today = new Date("2026-01-01T00:00:00Z");
const saved = Object.fromEntries(["DATABASE_URL", "DATABASE_READ_URL", "MIGRATION_DATABASE_URL"].map((name) => [name, process.env[name]]));

type Cached = { prisma?: { $disconnect(): Promise<void> }; readPrisma?: { $disconnect(): Promise<void> } };
async function dropClients() {
  const cached = globalThis as unknown as Cached;
  await cached.prisma?.$disconnect();
  await cached.readPrisma?.$disconnect();
  delete cached.prisma;
  delete cached.readPrisma;
}

beforeAll(async () => {
  replicated = await startReplicatedDatabase("crisis_ledger_replica");
  // lib/db creates its clients on first use: from here on it sees this primary and its standby.
  await dropClients();
  process.env.DATABASE_URL = replicated.primary.url;
  process.env.MIGRATION_DATABASE_URL = replicated.primary.migrationUrl;
  process.env.DATABASE_READ_URL = replicated.standby.url;
  const mk = async (email: string, role: "editor" | "reviewer") => {
    const u = await prisma.user.create({ data: { email, name: email, role, organisation: `${role} NGO` } });
    return { id: u.id, email, role };
  };
  editor = await mk("ed@example.org", "editor");
  reviewer = await mk("rev@example.org", "reviewer");
}, 90_000);

afterAll(async () => {
  await dropClients();
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  await replicated?.stop();
});

/** Polls `check` until it returns true; the time it took, or a failure naming `what` after `timeoutMs`. */
async function eventually(what: string, check: () => Promise<boolean>, timeoutMs = 10_000): Promise<number> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`${what}: not seen through the read path within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return Date.now() - started;
}

const onStandby = <T>(sql: string) =>
  withClient(replicated.standby.adminUrl, async (c) => (await c.query<T & pg.QueryResultRow>(sql)).rows[0]!);
async function pauseReplay() {
  await onStandby("SELECT pg_wal_replay_pause()");
  // The request is taken at the next WAL record: wait until the standby says it has stopped replaying.
  const state = async () => (await onStandby<{ state: string }>("SELECT pg_get_wal_replay_pause_state() AS state")).state;
  await eventually("the standby's replay pausing", async () => (await state()) === "paused");
}
const resumeReplay = () => onStandby("SELECT pg_wal_replay_resume()");

async function publishedFigure(refs: { indicatorId: number; locationId: number; sourceId: number }, best: string) {
  const input = figureInputSchema(today).parse({
    indicatorId: String(refs.indicatorId),
    locationId: String(refs.locationId),
    sourceId: String(refs.sourceId),
    asOf: "2025-05-01",
    best,
    credibility: "2",
  });
  const figure = await createFigure(editor, input, "test");
  expect(await transitionFigure(editor, figure.id, "submit", 1, null, "test")).toMatchObject({ ok: true });
  const published = await transitionFigure(reviewer, figure.id, "publish", 2, null, "test");
  expect(published).toMatchObject({ ok: true, record: { status: "published" } });
  return figure.id;
}

describe("public reads on a streaming replica (DATABASE_READ_URL)", () => {
  it("readPrisma is connected to the standby, prisma to the primary", async () => {
    const recovery = async (client: typeof prisma) =>
      (
        await client.$queryRaw<{ inRecovery: boolean; port: number }[]>`
        SELECT pg_is_in_recovery() AS "inRecovery", inet_server_port() AS port`
      )[0]!;
    expect(await recovery(readPrisma)).toEqual({ inRecovery: true, port: Number(new URL(replicated.standby.url).port) });
    expect(await recovery(prisma)).toEqual({ inRecovery: false, port: Number(new URL(replicated.primary.url).port) });
    expect(await checkReplica()).toEqual({ replica: "ok", replicaLagSeconds: expect.any(Number) });
  });

  it("the public read functions read the replica (they miss what it has not replayed), staff reads the primary", async () => {
    await pauseReplay();
    try {
      const location = await prisma.location.create({ data: { pcode: "UA14", nameEn: "Donetska", nameUk: "Донецька", adminLevel: 1 } });
      const indicator = await prisma.indicator.create({
        data: { slug: "idps", domain: "displacement", name: "IDPs", unit: "people", hxlTag: "#affected+idps", isPublic: true },
      });
      const source = await prisma.source.create({ data: { name: "IOM", nameKey: "iom", kind: "un_agency", reliability: "B" } });
      const refs = { indicatorId: indicator.id, locationId: location.id, sourceId: source.id };
      const figureId = await publishedFigure(refs, "12,000");
      await prisma.timelineEvent.create({
        data: {
          title: "Shelling",
          occurredOn: new Date("2025-04-01"),
          locationId: location.id,
          sourceId: source.id,
          credibility: 3,
          status: "published",
          publishedAt: new Date(),
        },
      });
      const timeline = () => listTimelineEvents({ place: "UA14", sources: [], from: null, to: null, latest: 10 });

      // The primary has all of it (staff pages read there) ...
      expect((await listSourceOptionsForStaff()).map((s) => s.name)).toEqual(["IOM"]);
      expect(await prisma.figure.count({ where: { id: figureId, status: "published" } })).toBe(1);
      // ... the public reads, on the paused standby, none of it.
      expect(await listPublicIndicators("displacement")).toEqual([]);
      expect(await getPublicIndicator("idps")).toBeNull();
      expect(await listPlacesAround("UA14")).toEqual([]);
      expect(await getPlace("UA14")).toBeNull();
      expect(await listSourceOptions()).toEqual([]);
      expect(await listSourcesWithCounts()).toEqual([]);
      expect(await getSourceDetail(source.id)).toBeNull();
      expect(await getPublicFigure(figureId)).toBeNull();
      expect(await timeline()).toEqual([]);

      await resumeReplay();
      await eventually("the published figure", async () => (await getPublicFigure(figureId)) !== null);
      expect((await getPublicFigure(figureId))!.figure).toMatchObject({ status: "published", best: 12000, source: { name: "IOM" } });
      expect((await listPublicIndicators("displacement")).map((i) => i.slug)).toEqual(["idps"]);
      expect(await getPublicIndicator("idps")).toMatchObject({ name: "IDPs" });
      expect((await listPlacesAround("UA14")).map((p) => p.pcode)).toEqual(["UA14"]);
      expect(await getPlace("UA14")).toMatchObject({ nameEn: "Donetska" });
      expect((await listSourceOptions()).map((s) => s.name)).toEqual(["IOM"]);
      expect(await listSourcesWithCounts()).toMatchObject([{ name: "IOM", publishedFigures: 1 }]);
      expect((await getSourceDetail(source.id))!.figures).toHaveLength(1);
      expect((await timeline()).map((e) => e.title)).toEqual(["Shelling"]);
    } finally {
      await resumeReplay();
    }
  });

  it("a figure published on the primary reaches the public read path within seconds", async () => {
    const [indicator, location, source] = await Promise.all([
      prisma.indicator.findFirstOrThrow({ where: { slug: "idps" } }),
      prisma.location.findFirstOrThrow({ where: { pcode: "UA14" } }),
      prisma.source.findFirstOrThrow({ where: { nameKey: "iom" } }),
    ]);
    const figureId = await publishedFigure({ indicatorId: indicator.id, locationId: location.id, sourceId: source.id }, "13,000");
    const lag = await eventually("the new figure", async () => (await getPublicFigure(figureId)) !== null, 5_000);
    expect((await getPublicFigure(figureId))!.figure.best).toBe(13000);
    expect(lag).toBeLessThan(5_000);
    expect((await getSourceDetail(source.id))!.figures.map((f) => f.best).sort()).toEqual([12000, 13000]);
  });

  it("replicaReached(v) is false until the replica has replayed data version v, then true (and the read shows it)", async () => {
    const source = await prisma.source.findFirstOrThrow({ where: { nameKey: "iom" } });
    const refs = {
      indicatorId: (await prisma.indicator.findFirstOrThrow({ where: { slug: "idps" } })).id,
      locationId: (await prisma.location.findFirstOrThrow({ where: { pcode: "UA14" } })).id,
      sourceId: source.id,
    };
    await pauseReplay();
    try {
      const figureId = await publishedFigure(refs, "14,000");
      // What a cache would be told (NOTIFY or a read of the version on the primary) after the publish.
      const { version } = await readDataVersion();
      expect(await replicaReached(version, 300)).toBe(false);
      // The health check sees WAL received but not replayed: a lag above zero.
      expect((await checkReplica()).replicaLagSeconds).toBeGreaterThan(0);
      expect(await getPublicFigure(figureId)).toBeNull();
      await resumeReplay();
      expect(await replicaReached(version, 10_000)).toBe(true);
      // No polling: once the version is there, so is the change that made it.
      expect((await getPublicFigure(figureId))!.figure.best).toBe(14000);
    } finally {
      await resumeReplay();
    }
  });
});
