// The public API end to end through its route handlers, on the demo data in a real PostgreSQL:
// only published figures, every filter, cursor paging while figures are published between pages,
// updated_since, ETag / 304, a 400 naming every bad parameter, CSV with its HXL row, one figure
// with its history, the reference lists, CORS, and a JSON 404 for any other address.
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { prisma } from "@/lib/db";
import {
  figureDetail,
  figuresPage,
  indicatorList,
  locationsPage,
  problem,
  retractionsPage,
  sourceList,
  timelinePage,
} from "@/lib/api/schemas";
import { FIGURE_COLUMNS, isHxlHashtag } from "@/lib/domain/figure-columns";
import { ALL_FIGURES, type FigureQuery } from "@/lib/domain/figure-query";
import { readDataVersion } from "@/lib/data/data-version";
import { pagePublishedFigures } from "@/lib/data/published-figures";
import { seedDemoData } from "@/prisma/seed/seed";

const PUBLIC = "https://ledger.example.org";
type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
type Refusal = (request: Request) => Promise<Response>;
const routes: Record<
  string,
  { GET: Handler; OPTIONS?: () => Promise<Response>; POST?: Refusal; PUT?: Refusal; PATCH?: Refusal; DELETE?: Refusal }
> = {};

beforeAll(async () => {
  process.env.PUBLIC_URL = PUBLIC;
  await seedDemoData(prisma);
  routes.figures = (await import("./figures/route")) as never;
  routes.figure = (await import("./figures/[id]/route")) as never;
  routes.indicators = (await import("./indicators/route")) as never;
  routes.locations = (await import("./locations/route")) as never;
  routes.sources = (await import("./sources/route")) as never;
  routes.timeline = (await import("./timeline-events/route")) as never;
  routes.retractions = (await import("./retractions/route")) as never;
  routes.index = (await import("./route")) as never;
  routes.unknown = (await import("../[...path]/route")) as never;
});

/** GET through a route handler, as the server would call it (requests arrive on the bind address). */
async function get(route: string, pathAndQuery: string, init: { headers?: Record<string, string>; params?: Record<string, string> } = {}) {
  const request = new Request(`http://0.0.0.0:3000${pathAndQuery}`, { headers: init.headers });
  return routes[route]!.GET(request, { params: Promise.resolve(init.params ?? {}) });
}

async function figureIds(query: string): Promise<number[]> {
  const response = await get("figures", `/api/v1/figures?limit=10000${query ? `&${query}` : ""}`);
  expect(response.status, await response.clone().text()).toBe(200);
  const body = figuresPage.parse(await response.json());
  return body.data.map((f) => f.figure_id as number);
}

const expectedIds = async (query: Partial<FigureQuery>) =>
  (await pagePublishedFigures({ ...ALL_FIGURES, ...query }, { after: null, limit: 100_000 })).map((f) => f.figureId);

describe("GET /api/v1/figures", () => {
  it("answers exactly the published figures of public indicators, every row valid against the published schema", async () => {
    const published = await prisma.figure.findMany({
      where: { status: "published", indicator: { isPublic: true } },
      select: { id: true },
      orderBy: { id: "asc" },
    });
    const ids = await figureIds("");
    expect(ids).toEqual(published.map((f) => f.id));
    const hidden = await prisma.figure.findMany({ where: { status: { not: "published" } }, select: { id: true } });
    expect(hidden.length).toBeGreaterThan(0);
    for (const { id } of hidden) expect(ids).not.toContain(id);
  });

  it("gives every row the exchange format's columns, with absolute links on PUBLIC_URL", async () => {
    const response = await get("figures", "/api/v1/figures?limit=5");
    const body = figuresPage.parse(await response.json());
    expect(body.data).toHaveLength(5);
    expect(body.limit).toBe(5);
    for (const row of body.data) {
      expect(Object.keys(row)).toEqual(FIGURE_COLUMNS.map((c) => c.name));
      expect(row.figure_url).toBe(`${PUBLIC}/figures/${row.figure_id}`);
    }
    expect(body.next).toMatch(new RegExp(`^${PUBLIC}/api/v1/figures\\?limit=5&cursor=\\d+$`));
    expect(response.headers.get("Link")).toBe(`<${body.next}>; rel="next"`);
  });

  it("applies every filter as the dashboard does", async () => {
    const [source] = await prisma.source.findMany({ orderBy: { id: "asc" }, take: 1 });
    const cases: Array<[string, Partial<FigureQuery>]> = [
      ["place=UA14", { place: "UA14" }],
      ["place=ua1402", { place: "UA1402" }],
      ["from=2023-01-01&to=2023-03-31", { from: "2023-01-01", to: "2023-03-31" }],
      ["indicator=civilians-killed&indicator=idps", { indicators: ["civilians-killed", "idps"] }],
      ["domain=casualties", { domain: "casualties" }],
      [`source=${source!.id}`, { sources: [source!.id] }],
      ["grade=B", { grade: "B" }],
      ["cred=2", { cred: 2 }],
      ["ver=verified&ver=disputed", { ver: ["verified", "disputed"] }],
      ["sex=female&sex=total", { sex: ["female", "total"] }],
      ["age_group=child", { ageGroup: ["child"] }],
      ["population_group=civilian", { populationGroup: ["civilian"] }],
      ["place=UA14&domain=casualties&grade=C&from=2023-01-01", { place: "UA14", domain: "casualties", grade: "C", from: "2023-01-01" }],
    ];
    let narrowed = 0;
    const all = await expectedIds({});
    for (const [query, expected] of cases) {
      const ids = await figureIds(query);
      expect(ids, query).toEqual(await expectedIds(expected));
      if (ids.length > 0 && ids.length < all.length) narrowed += 1;
    }
    // The cases are not vacuous: most select some but not all figures of the demo data.
    expect(narrowed).toBeGreaterThan(cases.length / 2);
  });

  it("pages by cursor without losing or repeating a figure while others are published between pages", async () => {
    const before = await figureIds("");
    const template = await prisma.figure.findFirstOrThrow({ where: { status: "published" }, orderBy: { id: "asc" } });
    const { id: _id, createdAt: _c, updatedAt: _u, ...copy } = template;
    const seen: number[] = [];
    const added: number[] = [];
    let url: string | null = `/api/v1/figures?limit=7`;
    for (let page = 0; url && page < 1000; page += 1) {
      const response = await get("figures", url);
      const body = figuresPage.parse(await response.json());
      seen.push(...body.data.map((f) => f.figure_id as number));
      url = body.next ? body.next.replace(PUBLIC, "") : null;
      if (page < 3) {
        const fresh = await prisma.figure.create({
          data: { ...copy, contributorIds: [], status: "published", publishedAt: new Date() } as never,
        });
        added.push(fresh.id);
      }
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual([...before, ...added]);
  });

  it("gives only the figures changed after updated_since", async () => {
    const since = new Date(Date.now() - 1000).toISOString();
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(await figureIds(`updated_since=${encodeURIComponent(new Date().toISOString())}`)).toEqual([]);
    const target = await prisma.figure.findFirstOrThrow({
      where: { status: "published", indicator: { isPublic: true } },
      orderBy: { id: "desc" },
    });
    const mark = new Date().toISOString();
    await prisma.figure.update({ where: { id: target.id }, data: { notes: "Updated for the sync test." } });
    expect(await figureIds(`updated_since=${encodeURIComponent(mark)}`)).toEqual([target.id]);
    expect((await figureIds(`updated_since=${encodeURIComponent(since)}`)).length).toBeGreaterThanOrEqual(1);
    expect(await figureIds("updated_since=2000-01-01")).toEqual(await figureIds(""));
  });

  it("answers 304 to a current ETag or Last-Modified, and a new ETag once the data changes", async () => {
    const first = await get("figures", "/api/v1/figures?limit=3&place=UA14");
    expect(first.status).toBe(200);
    const etag = first.headers.get("ETag")!;
    const lastModified = first.headers.get("Last-Modified")!;
    expect(etag).toMatch(/^W\/"\d+-\d+"$/);
    expect(first.headers.get("Cache-Control")).toBe("public, max-age=60, stale-while-revalidate=600");
    expect(first.headers.get("Access-Control-Allow-Origin")).toBe("*");
    const again = await get("figures", "/api/v1/figures?limit=3&place=UA14", { headers: { "If-None-Match": etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("ETag")).toBe(etag);
    expect((await get("figures", "/api/v1/figures?limit=3", { headers: { "If-Modified-Since": lastModified } })).status).toBe(304);
    expect((await get("figures", "/api/v1/figures?limit=3", { headers: { "If-None-Match": 'W/"0-1"' } })).status).toBe(200);

    // A publication moves the data version: the old copy is no longer current.
    const draft = await prisma.figure.findFirstOrThrow({ where: { status: "submitted" } });
    await prisma.figure.update({ where: { id: draft.id }, data: { status: "published", publishedAt: new Date() } });
    const after = await get("figures", "/api/v1/figures?limit=3&place=UA14", { headers: { "If-None-Match": etag } });
    expect(after.status).toBe(200);
    expect(after.headers.get("ETag")).not.toBe(etag);
  });

  it("labels an answer with the data version it was read at, and follows reference-data changes at once", async () => {
    // The names -> ids of a query are kept per data version (lib/data/published-figures.ts): a change
    // of a source's grade or an indicator's visibility must show in the very next answer.
    const etagNow = async () => `W/"${(await readDataVersion()).version}-1"`;
    const graded = await figureIds("grade=A");
    expect(graded).toEqual(await expectedIds({ grade: "A" }));
    const first = await get("figures", "/api/v1/figures?grade=A&limit=5");
    expect(first.headers.get("ETag")).toBe(await etagNow());

    const published = await prisma.figure.findFirstOrThrow({
      where: { status: "published", indicator: { isPublic: true }, source: { reliability: { in: ["C", "D", "E", "F"] } } },
      include: { source: true },
    });
    await prisma.source.update({ where: { id: published.sourceId }, data: { reliability: "A" } });
    try {
      const regraded = await figureIds("grade=A");
      expect(regraded).toContain(published.id);
      expect(regraded).toEqual(await expectedIds({ grade: "A" }));
      expect((await get("figures", "/api/v1/figures?grade=A&limit=5")).headers.get("ETag")).toBe(await etagNow());
    } finally {
      await prisma.source.update({ where: { id: published.sourceId }, data: { reliability: published.source.reliability } });
    }
    expect(await figureIds("grade=A")).toEqual(graded);

    const indicator = await prisma.indicator.findUniqueOrThrow({ where: { id: published.indicatorId } });
    expect((await figureIds(`indicator=${indicator.slug}`)).length).toBeGreaterThan(0);
    await prisma.indicator.update({ where: { id: indicator.id }, data: { isPublic: false } });
    try {
      const hidden = await get("figures", `/api/v1/figures?indicator=${indicator.slug}`);
      expect(hidden.status).toBe(400);
      expect(problem.parse(await hidden.json()).errors?.map((e) => e.parameter)).toEqual(["indicator"]);
      expect(await figureIds("")).not.toContain(published.id);
    } finally {
      await prisma.indicator.update({ where: { id: indicator.id }, data: { isPublic: true } });
    }
    expect(await figureIds(`indicator=${indicator.slug}`)).toContain(published.id);
  });

  it("costs one statement once the query's ids are kept at the current data version, and no separate read of the version", async () => {
    // Statements counted at the client (no replica in the tests: readPrisma is the primary's client).
    const client = (globalThis as unknown as { prisma: typeof prisma }).prisma;
    const statements = vi.spyOn(client, "$queryRaw");
    const versionReads = vi.spyOn(client.dataVersion, "findUnique");
    try {
      const url = "/api/v1/figures?place=UA1402&domain=casualties&grade=D&limit=7";
      const first = await get("figures", url);
      const second = await get("figures", url);
      expect([first.status, second.status]).toEqual([200, 200]);
      expect(await second.text()).toBe(await first.text());
      expect(second.headers.get("ETag")).toBe(first.headers.get("ETag"));
      // The first resolves the names to ids (with the version) and reads the page; the second only the page.
      expect(statements).toHaveBeenCalledTimes(3);
      expect(versionReads).not.toHaveBeenCalled();
      // A conditional request reads the version first, to answer 304 without reading the data.
      expect((await get("figures", url, { headers: { "If-None-Match": first.headers.get("ETag")! } })).status).toBe(304);
      expect(versionReads).toHaveBeenCalledTimes(1);
      expect(statements).toHaveBeenCalledTimes(3);
    } finally {
      statements.mockRestore();
      versionReads.mockRestore();
    }
  });

  it("answers CSV with the HXL hashtag row under the header, and the indicator's own hashtag when it names one", async () => {
    const response = await get("figures", "/api/v1/figures?output_format=csv&indicator=civilians-killed&limit=50");
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toMatch(/^text\/csv/);
    const [header, hashtags, ...rows] = parse(await response.text()) as string[][];
    expect(header).toEqual(FIGURE_COLUMNS.map((c) => c.name));
    for (const tag of hashtags!) expect(isHxlHashtag(tag), tag).toBe(true);
    expect(hashtags![header!.indexOf("best")]).toBe("#affected+killed");
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((r) => Number(r[0]))).toEqual((await figureIds("indicator=civilians-killed")).slice(0, 50));
    const mixed = parse(await (await get("figures", "/api/v1/figures?output_format=csv&limit=2")).text()) as string[][];
    expect(mixed[1]![header!.indexOf("best")]).toBe("#indicator+num");
  });
});

describe("bad requests", () => {
  const bad: Array<[route: string, path: string, parameter: string]> = [
    ["figures", "/api/v1/figures?place=U", "place"],
    ["figures", "/api/v1/figures?place=UA14%00", "place"],
    ["figures", "/api/v1/figures?place=UA99", "place"],
    ["figures", "/api/v1/figures?from=2023-02-30", "from"],
    ["figures", "/api/v1/figures?to=yesterday", "to"],
    ["figures", "/api/v1/figures?from=2023-05-01&to=2023-01-01", "to"],
    ["figures", "/api/v1/figures?indicator=Civilians_Killed", "indicator"],
    ["figures", "/api/v1/figures?indicator=no-such-indicator", "indicator"],
    ["figures", "/api/v1/figures?domain=weather", "domain"],
    ["figures", "/api/v1/figures?source=abc", "source"],
    ["figures", "/api/v1/figures?source=999999", "source"],
    ["figures", "/api/v1/figures?grade=G", "grade"],
    ["figures", "/api/v1/figures?grade=b", "grade"],
    ["figures", "/api/v1/figures?cred=7", "cred"],
    ["figures", "/api/v1/figures?ver=confirmed", "ver"],
    ["figures", "/api/v1/figures?updated_since=2024-13-01", "updated_since"],
    ["figures", "/api/v1/figures?updated_since=2024-05-01T10:00:00", "updated_since"],
    ["figures", "/api/v1/figures?sex=other", "sex"],
    ["figures", "/api/v1/figures?age_group=elderly", "age_group"],
    ["figures", "/api/v1/figures?population_group=combatant", "population_group"],
    ["figures", "/api/v1/figures?limit=0", "limit"],
    ["figures", "/api/v1/figures?limit=10001", "limit"],
    ["figures", "/api/v1/figures?limit=1e3", "limit"],
    ["figures", "/api/v1/figures?limit=", "limit"],
    ["figures", "/api/v1/figures?cursor=-1", "cursor"],
    ["figures", "/api/v1/figures?cursor=2147483648", "cursor"],
    ["figures", "/api/v1/figures?output_format=xml", "output_format"],
    ["figures", "/api/v1/figures?offset=10", "offset"],
    ["figures", "/api/v1/figures?limit=10&limit=20", "limit"],
    ["figures", "/api/v1/figures?place=UA14&place=UA63", "place"],
    ["locations", "/api/v1/locations?level=5", "level"],
    ["locations", "/api/v1/locations?place=XX99", "place"],
    ["locations", "/api/v1/locations?limit=abc", "limit"],
    ["locations", "/api/v1/locations?name=Bakhmut", "name"],
    ["timeline", "/api/v1/timeline-events?from=2023-1-1", "from"],
    ["timeline", "/api/v1/timeline-events?source=0", "source"],
    ["timeline", "/api/v1/timeline-events?place=UA99", "place"],
    ["timeline", "/api/v1/timeline-events?verified=true", "verified"],
    ["indicators", "/api/v1/indicators?domain=casualties", "domain"],
    ["sources", "/api/v1/sources?grade=A", "grade"],
    ["index", "/api/v1?x=1", "x"],
  ];
  it.each(bad)("%s %s answers 400 naming %s", async (route, path, parameter) => {
    const response = await get(route, path);
    expect(response.status).toBe(400);
    expect(response.headers.get("Content-Type")).toMatch(/^application\/json/);
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    const body = problem.parse(await response.json());
    expect(body.error).toBe("bad_request");
    expect(body.errors?.map((e) => e.parameter)).toContain(parameter);
    expect(body.message).toContain(parameter);
  });

  it("names every bad parameter of one request, each once, with why", async () => {
    const response = await get("figures", "/api/v1/figures?grade=Z&limit=0&colour=red&cred=9&limit=5");
    const body = problem.parse(await response.json());
    expect(body.errors!.map((e) => e.parameter).sort()).toEqual(["colour", "cred", "grade", "limit"]);
    for (const error of body.errors!) expect(error.message.length).toBeGreaterThan(5);
  });

  it("a bad figure id is a 400, an unknown or unpublished one a 404", async () => {
    for (const id of ["abc", "0", "1.5", "-3", "99999999999"]) {
      const response = await get("figure", `/api/v1/figures/${id}`, { params: { id } });
      expect(response.status, id).toBe(400);
      expect(problem.parse(await response.json()).errors![0]!.parameter).toBe("id");
    }
    const draft = await prisma.figure.findFirstOrThrow({ where: { status: { in: ["draft", "submitted", "rejected"] } } });
    for (const id of [String(draft.id), "2147483647"]) {
      const response = await get("figure", `/api/v1/figures/${id}`, { params: { id } });
      expect(response.status, id).toBe(404);
      expect(problem.parse(await response.json()).error).toBe("not_found");
    }
  });
});

describe("GET /api/v1/figures/{id}", () => {
  it("gives a published figure with its public history", async () => {
    const figure = await prisma.figure.findFirstOrThrow({ where: { status: "published", indicator: { isPublic: true } } });
    const response = await get("figure", `/api/v1/figures/${figure.id}`, { params: { id: String(figure.id) } });
    expect(response.status).toBe(200);
    const { data } = figureDetail.parse(await response.json());
    expect(data).toMatchObject({ figure_id: figure.id, status: "published", retraction: null });
    expect(data.history.length).toBeGreaterThan(0);
    expect(data.history.at(-1)!.status).toBe("published");
    // People appear only as their organisation.
    expect(JSON.stringify(data.history)).not.toMatch(/@example\.org/);
  });

  it("says that a retracted figure was retracted, and why", async () => {
    const figure = await prisma.figure.findFirstOrThrow({ where: { status: "retracted", indicator: { isPublic: true } } });
    const response = await get("figure", `/api/v1/figures/${figure.id}`, { params: { id: String(figure.id) } });
    const { data } = figureDetail.parse(await response.json());
    expect(data.status).toBe("retracted");
    expect(data.retraction?.reason).toBe(figure.statusReason);
    expect(figure.statusReason).toBeTruthy();
  });
});

describe("reference lists", () => {
  it("/indicators lists every public indicator", async () => {
    const { data } = indicatorList.parse(await (await get("indicators", "/api/v1/indicators")).json());
    const expected = await prisma.indicator.findMany({ where: { isPublic: true } });
    expect(data.map((i) => i.slug).sort()).toEqual(expected.map((i) => i.slug).sort());
  });

  it("/locations pages through the hierarchy with parents, and filters by place and level", async () => {
    const seen: string[] = [];
    let url: string | null = "/api/v1/locations?limit=4";
    while (url) {
      const body = locationsPage.parse(await (await get("locations", url)).json());
      seen.push(...body.data.map((l) => l.pcode));
      url = body.next ? body.next.replace(PUBLIC, "") : null;
    }
    expect(seen.sort()).toEqual((await prisma.location.findMany()).map((l) => l.pcode).sort());
    const oblast = locationsPage.parse(await (await get("locations", "/api/v1/locations?place=UA14&level=2")).json());
    expect(oblast.data.length).toBeGreaterThan(0);
    for (const l of oblast.data) expect(l).toMatchObject({ admin_level: 2, parent_pcode: "UA14" });
  });

  it("/sources lists every source with its grade history", async () => {
    const { data } = sourceList.parse(await (await get("sources", "/api/v1/sources")).json());
    expect(data).toHaveLength(await prisma.source.count());
    const changes = await prisma.sourceGradeChange.count();
    expect(data.reduce((n, s) => n + s.grade_history.length, 0)).toBe(changes);
  });

  it("/timeline-events lists published events only, filtered by place", async () => {
    const { data } = timelinePage.parse(await (await get("timeline", "/api/v1/timeline-events")).json());
    const published = await prisma.timelineEvent.findMany({ where: { status: "published" }, orderBy: { id: "asc" } });
    expect(data.map((e) => e.id)).toEqual(published.map((e) => e.id));
    const some = timelinePage.parse(await (await get("timeline", "/api/v1/timeline-events?place=UA1402&limit=2")).json());
    for (const e of some.data) expect(e.place_pcode.startsWith("UA1402")).toBe(true);
  });
});

describe("HTTP around it", () => {
  it("answers a CORS preflight", async () => {
    const response = await routes.figures!.OPTIONS!();
    expect(response.status).toBe(204);
    expect(response.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(response.headers.get("Access-Control-Allow-Methods")).toContain("GET");
  });

  it("the index is fixed JSON, never cached", async () => {
    const response = await get("index", "/api/v1");
    expect(response.status).toBe(200);
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    expect(response.headers.get("ETag")).toBeNull();
    expect(z.object({ endpoints: z.array(z.string()) }).parse(await response.json()).endpoints).toContain("/api/v1/figures");
  });

  it("refuses every write with a JSON 405 that says which methods it answers", async () => {
    for (const name of ["figures", "figure", "indicators", "locations", "sources", "timeline", "retractions", "index"]) {
      for (const method of ["POST", "PUT", "PATCH", "DELETE"] as const) {
        const handler = routes[name]![method];
        expect(handler, `${method} ${name}`).toBeTypeOf("function");
        const response = await handler!(new Request(`${PUBLIC}/api/v1/figures`, { method, body: "{}" }));
        expect(response.status, `${method} ${name}`).toBe(405);
        expect(response.headers.get("Allow")).toBe("GET, HEAD, OPTIONS");
        expect(response.headers.get("Content-Type")).toMatch(/^application\/json/);
        expect(problem.parse(await response.json()).error).toBe("method_not_allowed");
      }
    }
  });

  it("any other address under /api is a JSON 404", async () => {
    const response = await get("unknown", "/api/v2/figures");
    expect(response.status).toBe(404);
    expect(response.headers.get("Content-Type")).toMatch(/^application\/json/);
    expect(problem.parse(await response.json()).error).toBe("not_found");
  });
});

describe("GET /api/v1/retractions", () => {
  /** Every retracted figure of a public indicator, with its latest retraction's time and reason. */
  async function expectedRetractions() {
    const figures = await prisma.figure.findMany({
      where: { status: "retracted", indicator: { isPublic: true } },
      orderBy: { id: "asc" },
      include: { revisions: { where: { action: "retracted" }, orderBy: { version: "desc" }, take: 1 } },
    });
    return figures.map((f) => ({ id: f.id, at: f.revisions[0]!.changedAt.toISOString(), reason: f.revisions[0]!.reason }));
  }

  it("lists every retracted figure with when and why, so a syncing client knows what to drop", async () => {
    const expected = await expectedRetractions();
    expect(expected.length).toBeGreaterThan(0);
    const response = await get("retractions", "/api/v1/retractions");
    expect(response.status).toBe(200);
    const body = retractionsPage.parse(await response.json());
    expect(body.data.map((r) => [r.figure_id, r.retracted_at, r.reason])).toEqual(expected.map((e) => [e.id, e.at, e.reason]));
    expect(body.data[0]!.figure_url).toBe(`${PUBLIC}/figures/${expected[0]!.id}`);
    // None of them is among the published figures.
    const published = new Set(await figureIds(""));
    for (const r of body.data) expect(published.has(r.figure_id)).toBe(false);
  });

  it("narrows to retractions after `since`, and pages by cursor", async () => {
    const expected = await expectedRetractions();
    const latest = expected
      .map((e) => e.at)
      .sort()
      .at(-1)!;
    const empty = retractionsPage.parse(await (await get("retractions", `/api/v1/retractions?since=${encodeURIComponent(latest)}`)).json());
    expect(empty.data).toEqual([]);
    const before = new Date(Date.parse(latest) - 1).toISOString();
    const recent = retractionsPage.parse(
      await (await get("retractions", `/api/v1/retractions?since=${encodeURIComponent(before)}`)).json(),
    );
    expect(recent.data.map((r) => r.figure_id)).toEqual(expected.filter((e) => e.at > before).map((e) => e.id));

    const seen: number[] = [];
    let url: string | null = "/api/v1/retractions?limit=1";
    while (url) {
      const page = retractionsPage.parse(await (await get("retractions", url)).json());
      seen.push(...page.data.map((r) => r.figure_id));
      url = page.next ? new URL(page.next).pathname + new URL(page.next).search : null;
      expect(page.next === null || page.next.startsWith(PUBLIC)).toBe(true);
    }
    expect(seen).toEqual(expected.map((e) => e.id));
  });

  it("answers 400 naming each bad parameter", async () => {
    const response = await get("retractions", "/api/v1/retractions?since=yesterday&limit=0&colour=red");
    expect(response.status).toBe(400);
    const body = problem.parse(await response.json());
    expect(body.errors?.map((e) => e.parameter).sort()).toEqual(["colour", "limit", "since"]);
  });
});
