import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { locationInputSchema } from "@/lib/domain/location-schema";
import { applyBoundaryImport, createLocation, deleteLocation, planBoundaryImport, updateLocation } from "./locations";

const admin = { id: 0, email: "admin@example.org" };
const input = (fields: Record<string, string>) => locationInputSchema().parse(fields);
let ua = 0;
let oblast = 0;

beforeAll(async () => {
  admin.id = (await prisma.user.create({ data: { email: admin.email, name: "Admin", role: "admin" } })).id;
  const country = await createLocation(admin, input({ pcode: "UA", nameEn: "Ukraine", nameUk: "Україна", adminLevel: "0" }), "test");
  if (!country.ok) throw new Error(country.code);
  ua = country.location.id;
  const donetska = await createLocation(
    admin,
    input({ pcode: "UA14", nameEn: "Donetska", nameUk: "Донецька", adminLevel: "1", parentId: String(ua) }),
    "test",
  );
  if (!donetska.ok) throw new Error(donetska.code);
  oblast = donetska.location.id;
});

describe("locations", () => {
  it("refuses a P-code that does not extend the parent's, a wrong level and a duplicate", async () => {
    expect(
      await createLocation(admin, input({ pcode: "UA2302", nameEn: "x", nameUk: "x", adminLevel: "2", parentId: String(oblast) }), "test"),
    ).toMatchObject({ ok: false, code: "pcode_not_under_parent", parentPcode: "UA14" });
    expect(
      await createLocation(admin, input({ pcode: "UA1402", nameEn: "x", nameUk: "x", adminLevel: "3", parentId: String(oblast) }), "test"),
    ).toMatchObject({ ok: false, code: "level_mismatch" });
    expect(
      await createLocation(admin, input({ pcode: "UA14", nameEn: "x", nameUk: "x", adminLevel: "1", parentId: String(ua) }), "test"),
    ).toEqual({ ok: false, code: "pcode_taken" });
  });

  it("moves a place with figures only when confirmed, and never deletes one in use", async () => {
    const raion = await createLocation(
      admin,
      input({ pcode: "UA1499", nameEn: "Test raion", nameUk: "Тест", adminLevel: "2", parentId: String(oblast) }),
      "test",
    );
    if (!raion.ok) throw new Error(raion.code);
    const other = await createLocation(
      admin,
      input({ pcode: "UA99", nameEn: "Other oblast", nameUk: "Інша", adminLevel: "1", parentId: String(ua) }),
      "test",
    );
    if (!other.ok) throw new Error(other.code);
    const indicator = await prisma.indicator.create({
      data: { slug: "idps", domain: "displacement", name: "IDPs", unit: "people", hxlTag: "#affected+idps" },
    });
    const source = await prisma.source.create({ data: { name: "IOM", nameKey: "iom", kind: "un_agency", reliability: "B" } });
    await prisma.figure.create({
      data: {
        indicatorId: indicator.id,
        locationId: raion.location.id,
        sourceId: source.id,
        asOf: new Date("2023-01-01"),
        low: 1,
        best: 1,
        high: 1,
        qualifier: "exact",
        credibility: 2,
      },
    });

    // A place under another parent needs a P-code under that parent, and a move is confirmed.
    const move = { pcode: "UA9901", nameEn: "Test raion", nameUk: "Тест", adminLevel: "2", parentId: String(other.location.id) };
    expect(await updateLocation(admin, raion.location.id, { ...input(move), version: 1 }, "test")).toEqual({
      ok: false,
      code: "move_needs_confirmation",
      figures: 1,
    });
    expect(await updateLocation(admin, raion.location.id, { ...input({ ...move, confirmMove: "on" }), version: 1 }, "test")).toMatchObject({
      ok: true,
      location: { parentId: other.location.id, version: 2 },
    });
    expect(await deleteLocation(admin, raion.location.id, 2, "test")).toMatchObject({ ok: false, code: "in_use", figures: 1 });
    expect(await deleteLocation(admin, other.location.id, 1, "test")).toMatchObject({ ok: false, code: "in_use", children: 1 });
    // Not under itself.
    expect(
      await updateLocation(
        admin,
        other.location.id,
        { ...input({ pcode: "UA99", nameEn: "x", nameUk: "x", adminLevel: "3", parentId: String(raion.location.id) }), version: 1 },
        "test",
      ),
    ).toMatchObject({ ok: false, code: "parent_is_self" });
  });

  it("imports an admin-boundary CSV all-or-nothing, with a preview", async () => {
    const csv = readFileSync(path.resolve(import.meta.dirname, "../../prisma/seed/data/donetsk-admin2.csv"), "utf8");
    const bad = `${csv.trim()}\nUA,Ukraine,Україна,UA14,Donetska,Донецька,UA1418,,\n`;
    const badPlan = await planBoundaryImport(bad);
    expect(badPlan.errors).toHaveLength(1);
    const before = await prisma.location.count();
    expect(await applyBoundaryImport(admin, bad, "test")).toMatchObject({ ok: false });
    expect(await prisma.location.count()).toBe(before);

    const plan = await planBoundaryImport(csv);
    expect(plan.errors).toEqual([]);
    expect(plan.items.filter((i) => i.action === "create").map((i) => i.pcode)).toEqual([
      "UA1402",
      "UA1404",
      "UA1406",
      "UA1408",
      "UA1410",
      "UA1412",
      "UA1414",
      "UA1416",
    ]);
    expect(plan.items.filter((i) => i.action === "unchanged").map((i) => i.pcode)).toEqual(["UA", "UA14"]);
    expect(await applyBoundaryImport(admin, csv, "test")).toEqual({ ok: true, created: 8, updated: 0 });
    expect(await prisma.location.findUniqueOrThrow({ where: { pcode: "UA1402" }, include: { parent: true } })).toMatchObject({
      nameUk: "Бахмутський",
      adminLevel: 2,
      parent: { pcode: "UA14" },
    });
    expect(await applyBoundaryImport(admin, csv, "test")).toEqual({ ok: true, created: 0, updated: 0 });
    expect(await prisma.auditEvent.count({ where: { action: "location.imported" } })).toBe(2);
  });

  it("refuses in the preview what apply could not store or the form would refuse, and then writes nothing", async () => {
    const header =
      "admin0Pcode,admin0Name_en,admin0Name_uk,admin1Pcode,admin1Name_en,admin1Name_uk,admin2Pcode,admin2Name_en,admin2Name_uk,admin3Pcode,admin3Name_en,admin3Name_uk,admin4Pcode,admin4Name_en,admin4Name_uk";
    const files = [
      // Longer than location.name_en VARCHAR(200): this used to preview fine and fail on apply.
      `${header}\nUA,Ukraine,Україна,UA14,Donetska,Донецька,UA1450,${"x".repeat(201)},Ікс,,,,,,\n`,
      `${header}\nUA,Ukraine,Україна,UA14,Donetska,Донецька,UA${"9".repeat(19)},Long,Довгий,,,,,,\n`,
      `${header}\nUA,Ukraine,Україна,UA14,Donetska,Донецька,UA1451,Nul\u0000name,Нуль,,,,,,\n`,
      // admin0 straight to admin4: the form forbids it (a place sits one level below its parent).
      `${header}\nUA,Ukraine,Україна,,,,,,,,,,UA14020010001,Bakhmut,Бахмут\n`,
    ];
    const before = await prisma.location.count();
    const audits = await prisma.auditEvent.count();
    for (const file of files) {
      expect((await planBoundaryImport(file)).errors, file.slice(header.length, header.length + 80)).toHaveLength(1);
      expect(await applyBoundaryImport(admin, file, "test")).toMatchObject({ ok: false });
    }
    expect(await prisma.location.count()).toBe(before);
    expect(await prisma.auditEvent.count()).toBe(audits);
  });

  it("answers what only the database knows about an import as codes, not words", async () => {
    const header =
      "admin0Pcode,admin0Name_en,admin0Name_uk,admin1Pcode,admin1Name_en,admin1Name_uk,admin2Pcode,admin2Name_en,admin2Name_uk";
    // UA14 is under UA in the database; here it sits under another top-level place (UA1, new in the file).
    const moved = `${header}\nUA1,Elsewhere,Деінде,UA14,Donetska,Донецька,,,\n`;
    const plan = await planBoundaryImport(moved);
    expect(plan.errors).toEqual([]);
    expect(plan.problems).toEqual([{ line: 2, code: "parent_differs", pcode: "UA14", parentInDatabase: "UA", parentInFile: "UA1" }]);
    expect(await applyBoundaryImport(admin, moved, "test")).toMatchObject({ ok: false, problems: plan.problems });
  });
});
