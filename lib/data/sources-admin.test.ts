// Source administration against PostgreSQL: grade history, unique names, deactivation,
// delete protection and merging, each audited.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { sourceInputSchema } from "@/lib/domain/source-schema";
import { createSource, deleteSource, getSourceDetail, mergeSources, setSourceActive, updateSource } from "./sources";

const admin = { id: 0, email: "admin@example.org" };
let refs: { indicatorId: number; locationId: number };

beforeAll(async () => {
  admin.id = (await prisma.user.create({ data: { email: admin.email, name: "Admin", role: "admin" } })).id;
  const location = await prisma.location.create({ data: { pcode: "UA14", nameEn: "Donetska", nameUk: "Донецька", adminLevel: 1 } });
  const indicator = await prisma.indicator.create({
    data: { slug: "idps", domain: "displacement", name: "IDPs", unit: "people", hxlTag: "#affected+idps" },
  });
  refs = { indicatorId: indicator.id, locationId: location.id };
});

const input = (name: string, reliability = "C", extra: Record<string, string> = {}) =>
  sourceInputSchema().parse({ name, kind: "media", reliability, gradeReason: "First grade.", ...extra });

async function create(name: string, reliability = "C") {
  const result = await createSource(admin, input(name, reliability), "test");
  if (!result.ok) throw new Error(result.code);
  return result.source;
}

const cite = (sourceId: number) =>
  prisma.figure.create({
    data: { ...refs, sourceId, asOf: new Date("2023-05-01"), low: 1, best: 1, high: 1, qualifier: "exact", credibility: 2 },
  });

describe("source administration", () => {
  it("keeps every grade change as history, with the reason", async () => {
    const source = await create("Kyiv Independent", "C");
    const result = await updateSource(
      admin,
      source.id,
      { ...input("Kyiv Independent", "B", { gradeReason: "Corrections policy reviewed." }), version: 1 },
      "test",
    );
    expect(result).toMatchObject({ ok: true, source: { reliability: "B", version: 2 } });
    const history = await prisma.sourceGradeChange.findMany({ where: { sourceId: source.id }, orderBy: { id: "asc" } });
    expect(history.map((h) => [h.fromGrade, h.toGrade, h.reason])).toEqual([
      [null, "C", "First grade."],
      ["C", "B", "Corrections policy reviewed."],
    ]);
    const audit = await prisma.auditEvent.findMany({
      where: { entityType: "source", entityId: String(source.id) },
      orderBy: { id: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual(["source.created", "source.updated"]);
    expect(audit[1]!.before).toMatchObject({ reliability: "C" });
    expect(audit[1]!.after).toMatchObject({ reliability: "B" });
  });

  it("refuses a grade without a reason, whatever the form claimed the grade was", async () => {
    expect(await createSource(admin, { ...input("No Reason Weekly"), gradeReason: null }, "test")).toEqual({
      ok: false,
      code: "grade_reason_required",
    });
    const source = await create("Reasoned Weekly", "C");
    const sameGrade = { ...input("Reasoned Weekly", "C"), gradeReason: null, version: 1 };
    expect(await updateSource(admin, source.id, sameGrade, "test")).toMatchObject({ ok: true, source: { version: 2 } });
    const changed = { ...input("Reasoned Weekly", "A"), previousReliability: "A" as const, gradeReason: "  ", version: 2 };
    expect(await updateSource(admin, source.id, changed, "test")).toEqual({ ok: false, code: "grade_reason_required" });
    expect(await prisma.source.findUniqueOrThrow({ where: { id: source.id } })).toMatchObject({ reliability: "C", version: 2 });
    expect(await prisma.sourceGradeChange.count({ where: { sourceId: source.id } })).toBe(1);
  });

  it("refuses a name that differs only in case, and a stale edit", async () => {
    const source = await create("Reuters");
    expect(await createSource(admin, input("  reuters "), "test")).toEqual({ ok: false, code: "name_taken" });
    await updateSource(admin, source.id, { ...input("Reuters", "B"), version: 1 }, "test");
    expect(await updateSource(admin, source.id, { ...input("Reuters", "A"), version: 1 }, "test")).toMatchObject({
      ok: false,
      code: "conflict",
    });
  });

  it("deactivates and reactivates; the figures citing it stay", async () => {
    const source = await create("Deactivated Daily");
    const figure = await cite(source.id);
    expect(await setSourceActive(admin, source.id, 1, false, "test")).toMatchObject({ ok: true, source: { isActive: false } });
    expect(await prisma.figure.findUniqueOrThrow({ where: { id: figure.id } })).toMatchObject({ sourceId: source.id });
    expect(await setSourceActive(admin, source.id, 2, true, "test")).toMatchObject({ ok: true, source: { isActive: true } });
  });

  it("deletes an unreferenced source but never one that figures cite", async () => {
    const unused = await create("Unused Source");
    expect(await deleteSource(admin, unused.id, 1, "test")).toMatchObject({ ok: true });
    expect(await prisma.source.findUnique({ where: { id: unused.id } })).toBeNull();
    const cited = await create("Cited Source");
    await cite(cited.id);
    expect(await deleteSource(admin, cited.id, 1, "test")).toEqual({ ok: false, code: "in_use" });
    expect(await prisma.source.findUnique({ where: { id: cited.id } })).not.toBeNull();
  });

  it("merges two sources: figures and events move to the one kept, in one audited step", async () => {
    const keep = await create("Ukrinform");
    const remove = await create("Ukrinform (duplicate)");
    const figure = await cite(remove.id);
    const event = await prisma.timelineEvent.create({
      data: { occurredOn: new Date("2023-05-20"), title: "x", locationId: refs.locationId, sourceId: remove.id, credibility: 3 },
    });
    expect(await mergeSources(admin, keep.id, remove.id, "test")).toMatchObject({ ok: true, source: { id: keep.id } });
    expect(await prisma.figure.findUniqueOrThrow({ where: { id: figure.id } })).toMatchObject({ sourceId: keep.id });
    expect(await prisma.timelineEvent.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({ sourceId: keep.id });
    expect(await prisma.source.findUnique({ where: { id: remove.id } })).toBeNull();
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: "source.merged" } });
    expect(audit.after).toMatchObject({ movedFigures: 1, movedEvents: 1 });
    expect(await mergeSources(admin, keep.id, keep.id, "test")).toEqual({ ok: false, code: "same_source" });
  });

  it("keeps Ukrainian notes beside the English ones, and shows both on the public page's data", async () => {
    const created = await createSource(
      admin,
      input("Ukrainska Pravda", "C", { notes: "Ukrainian online newspaper.", notesUk: "Українське інтернет-видання." }),
      "test",
    );
    if (!created.ok) throw new Error(created.code);
    expect(created.source).toMatchObject({ notes: "Ukrainian online newspaper.", notesUk: "Українське інтернет-видання." });
    expect(await getSourceDetail(created.source.id)).toMatchObject({ notesUk: "Українське інтернет-видання." });
    const cleared = await updateSource(
      admin,
      created.source.id,
      { ...input("Ukrainska Pravda", "C", { notesUk: "" }), version: 1 },
      "test",
    );
    expect(cleared).toMatchObject({ ok: true, source: { notesUk: null } });
  });
});
