// The database itself refuses what breaks the data model's invariants, whatever client writes.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { withOwner } from "@/test/owner";

let ids: { location: number; indicator: number; source: number };

beforeAll(async () => {
  const location = await prisma.location.create({ data: { pcode: "UA14", nameEn: "Donetska", nameUk: "Донецька", adminLevel: 1 } });
  const indicator = await prisma.indicator.create({
    data: { slug: "idps", domain: "displacement", name: "IDPs", unit: "people", hxlTag: "#affected+idps" },
  });
  const source = await prisma.source.create({
    data: { name: "UNHCR", nameKey: "unhcr", kind: "un_agency", reliability: "A" },
  });
  ids = { location: location.id, indicator: indicator.id, source: source.id };
});

type FigureOverrides = Partial<Record<string, string | number | boolean | null>>;

/** Inserts a figure with raw SQL (no zod, no Prisma validation): only the database can refuse it. */
function insertFigure(overrides: FigureOverrides = {}) {
  const row: FigureOverrides = {
    indicator_id: ids.indicator,
    location_id: ids.location,
    source_id: ids.source,
    as_of: "2023-05-01",
    low: 10,
    best: 12,
    high: 15,
    qualifier: "approximately",
    no_information: false,
    credibility: 2,
    status: "draft",
    updated_at: "2023-05-02T00:00:00Z",
    ...overrides,
  };
  const columns = Object.keys(row);
  const placeholders = columns.map((c, i) => {
    const cast =
      c === "qualifier"
        ? '::"Qualifier"'
        : c === "status"
          ? '::"PublicationStatus"'
          : c.endsWith("_at")
            ? "::timestamptz"
            : c === "as_of" || c === "period_start"
              ? "::date"
              : "";
    return `$${i + 1}${cast}`;
  });
  return prisma.$executeRawUnsafe(
    `INSERT INTO figure (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${placeholders.join(", ")})`,
    ...columns.map((c) => row[c]),
  );
}

const violates = (constraint: string) => expect.objectContaining({ message: expect.stringContaining(constraint) });

describe("figure constraints", () => {
  it("accept a well-formed figure and a 'no information' one", async () => {
    await expect(insertFigure()).resolves.toBe(1);
    await expect(insertFigure({ no_information: true, low: null, best: null, high: null })).resolves.toBe(1);
    await expect(insertFigure({ qualifier: "exact", low: 7, best: 7, high: 7 })).resolves.toBe(1);
    await expect(insertFigure({ qualifier: "at_least", low: 7, best: 7, high: 20 })).resolves.toBe(1);
  });

  it.each([
    ["low above best", { low: 13 }, "figure_estimate_check"],
    ["best above high", { best: 16 }, "figure_estimate_check"],
    ["a negative count", { low: -1 }, "figure_estimate_check"],
    ["numbers missing without 'no information'", { low: null, best: null, high: null }, "figure_estimate_check"],
    ["numbers on a 'no information' figure", { no_information: true }, "figure_estimate_check"],
    ["'exact' with a range", { qualifier: "exact" }, "figure_qualifier_check"],
    ["'at least' with best above low", { qualifier: "at_least" }, "figure_qualifier_check"],
    ["'at most' with best below high", { qualifier: "at_most" }, "figure_qualifier_check"],
    ["credibility 7", { credibility: 7 }, "figure_credibility_check"],
    ["credibility 0", { credibility: 0 }, "figure_credibility_check"],
    ["a period that ends before it starts", { period_start: "2023-06-01" }, "figure_period_check"],
    ["a non-http link", { source_url: "javascript:alert(1)" }, "figure_source_url_check"],
    ["a rejection without a reason", { status: "rejected" }, "figure_status_reason_check"],
    ["a published figure without a publication time", { status: "published" }, "figure_published_at_check"],
    ["version 0", { version: 0 }, "figure_version_check"],
  ])("refuse %s", async (_label, overrides, constraint) => {
    await expect(insertFigure(overrides)).rejects.toEqual(violates(constraint));
  });

  it("refuse a figure pointing at a missing source", async () => {
    await expect(insertFigure({ source_id: 999_999 })).rejects.toEqual(violates("figure_source_id_fkey"));
  });
});

describe("reference data constraints", () => {
  it("refuse an admin level outside 0-4 and a malformed P-code", async () => {
    await expect(
      prisma.$executeRaw`INSERT INTO location (pcode, name_en, name_uk, admin_level, updated_at) VALUES ('UA99', 'X', 'X', 5, now())`,
    ).rejects.toEqual(violates("location_admin_level_check"));
    await expect(
      prisma.$executeRaw`INSERT INTO location (pcode, name_en, name_uk, admin_level, updated_at) VALUES ('ua 1', 'X', 'X', 1, now())`,
    ).rejects.toEqual(violates("location_pcode_format_check"));
  });

  it("refuse a duplicate P-code and a source name differing only in case", async () => {
    await expect(
      prisma.location.create({ data: { pcode: "UA14", nameEn: "Again", nameUk: "Знову", adminLevel: 1 } }),
    ).rejects.toMatchObject({ code: "P2002" });
    await expect(
      prisma.source.create({ data: { name: "unhcr", nameKey: "unhcr", kind: "un_agency", reliability: "B" } }),
    ).rejects.toMatchObject({ code: "P2002" });
    await expect(
      prisma.$executeRaw`INSERT INTO source (name, name_key, kind, reliability, updated_at) VALUES ('UNHCR ', 'other', 'ngo', 'B', now())`,
    ).rejects.toEqual(violates("source_name_key_check"));
  });

  it("refuse an invalid HXL hashtag and an upper-case email", async () => {
    await expect(
      prisma.$executeRaw`INSERT INTO indicator (slug, domain, name, unit, hxl_tag, updated_at) VALUES ('x', 'access', 'X', 'events', 'affected', now())`,
    ).rejects.toEqual(violates("indicator_hxl_tag_format_check"));
    await expect(
      prisma.$executeRaw`INSERT INTO app_user (email, name, role, updated_at) VALUES ('Someone@Example.org', 'S', 'editor', now())`,
    ).rejects.toEqual(violates("app_user_email_lowercase_check"));
  });
});

describe("audit log", () => {
  // The app role lacks the privileges anyway (lib/data/audit-roles.test.ts); the trigger holds even
  // for the owner, who has them.
  it("accepts inserts but refuses UPDATE, DELETE and TRUNCATE, even by the owner", async () => {
    const event = await prisma.auditEvent.create({ data: { action: "test.event", entityType: "test", origin: "test" } });
    await withOwner(async (owner) => {
      await expect(owner.query("UPDATE audit_event SET action = 'tampered' WHERE id = $1", [event.id])).rejects.toThrow(/append-only/);
      await expect(owner.query("DELETE FROM audit_event WHERE id = $1", [event.id])).rejects.toThrow(/append-only/);
      await expect(owner.query("TRUNCATE audit_event")).rejects.toThrow(/append-only/);
    });
    expect(await prisma.auditEvent.count()).toBe(1);
  });
});
