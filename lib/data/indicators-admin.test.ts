import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { indicatorInputSchema } from "@/lib/domain/indicator-schema";
import { auditChanges } from "@/lib/domain/audit-diff";
import { createIndicator, getPublicIndicator, updateIndicator } from "./indicators";

const admin = { id: 0, email: "admin@example.org" };
const base = {
  slug: "civilians-killed",
  domain: "casualties",
  name: "Civilians killed",
  unit: "people",
  hxlTag: "#affected+killed",
  displayOrder: "1",
  isPublic: "on",
};
const input = (extra: Record<string, unknown> = {}) => indicatorInputSchema().parse({ ...base, ...extra });

beforeAll(async () => {
  admin.id = (await prisma.user.create({ data: { email: admin.email, name: "Admin", role: "admin" } })).id;
});

describe("indicator administration", () => {
  it("creates, refuses a duplicate slug, and keeps a breakdown that figures use", async () => {
    const created = await createIndicator(admin, input({ allowedBreakdowns: ["sex", "age_group"] }), "test");
    if (!created.ok) throw new Error(created.code);
    expect(await createIndicator(admin, input(), "test")).toEqual({ ok: false, code: "slug_taken" });

    const location = await prisma.location.create({ data: { pcode: "UA14", nameEn: "Donetska", nameUk: "Донецька", adminLevel: 1 } });
    const source = await prisma.source.create({ data: { name: "OHCHR", nameKey: "ohchr", kind: "un_agency", reliability: "A" } });
    await prisma.figure.create({
      data: {
        indicatorId: created.indicator.id,
        locationId: location.id,
        sourceId: source.id,
        asOf: new Date("2023-01-01"),
        low: 5,
        best: 5,
        high: 5,
        qualifier: "exact",
        credibility: 1,
        sex: "female",
      },
    });

    expect(
      await updateIndicator(admin, created.indicator.id, { ...input({ allowedBreakdowns: ["age_group"] }), version: 1 }, "test"),
    ).toEqual({ ok: false, code: "breakdown_in_use", dimensions: ["sex"] });
    // Dropping an unused breakdown and hiding the indicator are fine, and audited.
    const hidden = await updateIndicator(
      admin,
      created.indicator.id,
      { ...input({ allowedBreakdowns: ["sex"], isPublic: "" }), version: 1 },
      "test",
    );
    expect(hidden).toMatchObject({ ok: true, indicator: { allowedBreakdowns: ["sex"], isPublic: false, version: 2 } });
    expect(await updateIndicator(admin, created.indicator.id, { ...input(), version: 1 }, "test")).toMatchObject({
      ok: false,
      code: "conflict",
    });
    const audit = await prisma.auditEvent.findMany({ where: { entityType: "indicator" }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["indicator.created", "indicator.updated"]);
    expect(audit[1]!.before).toMatchObject({ isPublic: true });
  });

  it("keeps the Ukrainian name, description and unit, shows them publicly, and audits their change", async () => {
    const created = await createIndicator(
      admin,
      input({ slug: "returnees", name: "Returnees", nameUk: "  Особи, які повернулися ", unitUk: "осіб", descriptionUk: "" }),
      "test",
    );
    if (!created.ok) throw new Error(created.code);
    // Trimmed; an empty field is stored as null (the English text is shown instead).
    expect(created.indicator).toMatchObject({ nameUk: "Особи, які повернулися", unitUk: "осіб", descriptionUk: null });
    expect(await getPublicIndicator("returnees")).toMatchObject({
      name: "Returnees",
      nameUk: "Особи, які повернулися",
      unitUk: "осіб",
      descriptionUk: null,
    });

    const updated = await updateIndicator(
      admin,
      created.indicator.id,
      { ...input({ slug: "returnees", name: "Returnees", nameUk: "Ті, хто повернувся", unitUk: "осіб" }), version: 1 },
      "test",
    );
    expect(updated).toMatchObject({ ok: true, indicator: { nameUk: "Ті, хто повернувся", version: 2 } });
    const [event] = await prisma.auditEvent.findMany({
      where: { entityType: "indicator", entityId: String(created.indicator.id), action: "indicator.updated" },
    });
    expect(auditChanges(event!.before, event!.after)).toEqual([
      { field: "nameUk", before: "Особи, які повернулися", after: "Ті, хто повернувся" },
    ]);
  });

  it("refuses a Ukrainian text longer than the English field's limit", () => {
    const result = indicatorInputSchema().safeParse({ ...base, nameUk: "а".repeat(201), unitUk: "о".repeat(61) });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path[0]).sort()).toEqual(["nameUk", "unitUk"]);
  });
});
