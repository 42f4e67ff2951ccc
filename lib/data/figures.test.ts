// The figure workflow against PostgreSQL: history written atomically with every change,
// optimistic concurrency under many connections, the state machine and the four-eyes rule.
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { withOwner } from "@/test/owner";
import { figureInputSchema } from "@/lib/domain/figure-schema";
import {
  createFigure,
  deleteDraft,
  getFigureForEditor,
  getPublicFigure,
  transitionFigure,
  updateFigure,
  type FigureActor,
} from "./figures";

let editor: FigureActor, otherEditor: FigureActor, reviewer: FigureActor, otherReviewer: FigureActor, admin: FigureActor;
let refs: { indicatorId: string; locationId: string; sourceId: string };
const today = new Date("2026-01-01T00:00:00Z");

beforeAll(async () => {
  const mk = async (email: string, role: "editor" | "reviewer" | "admin") => {
    const u = await prisma.user.create({ data: { email, name: email, role, organisation: `${role} NGO` } });
    return { id: u.id, email, role };
  };
  editor = await mk("ed@example.org", "editor");
  otherEditor = await mk("ed2@example.org", "editor");
  reviewer = await mk("rev@example.org", "reviewer");
  otherReviewer = await mk("rev2@example.org", "reviewer");
  admin = await mk("adm@example.org", "admin");
  const location = await prisma.location.create({ data: { pcode: "UA14", nameEn: "Donetska", nameUk: "Донецька", adminLevel: 1 } });
  const indicator = await prisma.indicator.create({
    data: { slug: "idps", domain: "displacement", name: "IDPs", unit: "people", hxlTag: "#affected+idps" },
  });
  const source = await prisma.source.create({ data: { name: "IOM", nameKey: "iom", kind: "un_agency", reliability: "B" } });
  refs = { indicatorId: String(indicator.id), locationId: String(location.id), sourceId: String(source.id) };
});

function input(overrides: Record<string, string> = {}) {
  const parsed = figureInputSchema(today).parse({
    ...refs,
    asOf: "2023-05-01",
    low: "10,000",
    best: "12,000",
    high: "15,000",
    credibility: "2",
    ...overrides,
  });
  return parsed;
}

const history = async (id: number) => ({
  revisions: await prisma.figureRevision.findMany({ where: { figureId: id }, orderBy: { version: "asc" } }),
  audit: await prisma.auditEvent.findMany({ where: { entityType: "figure", entityId: String(id) }, orderBy: { id: "asc" } }),
});

describe("figures", () => {
  it("a new figure is a draft with revision 1 and an audit event", async () => {
    const figure = await createFigure(editor, input(), "test");
    expect(figure).toMatchObject({ status: "draft", version: 1, authorId: editor.id, best: 12000 });
    const { revisions, audit } = await history(figure.id);
    expect(revisions.map((r) => [r.version, r.action])).toEqual([[1, "created"]]);
    expect(revisions[0]!.snapshot).toMatchObject({ best: 12000, status: "draft" });
    expect(audit.map((a) => a.action)).toEqual(["figure.created"]);
  });

  it("saving from the current version works; from an older one it is a conflict that shows the current figure", async () => {
    const figure = await createFigure(editor, input(), "test");
    const saved = await updateFigure(editor, figure.id, { ...input({ best: "13,000" }), version: 1 }, "test");
    expect(saved).toMatchObject({ ok: true, record: { version: 2, best: 13000 } });
    const stale = await updateFigure(editor, figure.id, { ...input({ best: "14,000" }), version: 1 }, "test");
    expect(stale).toMatchObject({ ok: false, code: "conflict", current: { version: 2, best: 13000 } });
  });

  it("of many concurrent saves of one version from separate connections, exactly one wins", async () => {
    const figure = await createFigure(editor, input(), "test");
    const attempts = Array.from({ length: 8 }, (_, i) =>
      updateFigure(editor, figure.id, { ...input({ best: String(12001 + i), high: "20000" }), version: 1 }, "test"),
    );
    const results = await Promise.all(attempts);
    const winners = results.filter((r) => r.ok);
    expect(winners).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.code === "conflict")).toHaveLength(7);
    const { revisions, audit } = await history(figure.id);
    expect(revisions.map((r) => r.version)).toEqual([1, 2]);
    expect(audit).toHaveLength(2);
    const stored = await prisma.figure.findUniqueOrThrow({ where: { id: figure.id } });
    expect(winners[0]!.ok && winners[0]!.record.best).toBe(stored.best);
  });

  it("a failure while writing the history leaves nothing: no change, no revision, no audit event", async () => {
    const figure = await createFigure(editor, input(), "test");
    // Only the owner may add a trigger (the app role cannot alter tables).
    await withOwner((owner) =>
      owner.query(`
      CREATE FUNCTION fail_revision() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$;
      CREATE TRIGGER fail_revision BEFORE INSERT ON figure_revision FOR EACH ROW EXECUTE FUNCTION fail_revision();`),
    );
    try {
      await expect(updateFigure(editor, figure.id, { ...input({ best: "13,500" }), version: 1 }, "test")).rejects.toThrow(/disk full/);
    } finally {
      await withOwner((owner) => owner.query("DROP TRIGGER fail_revision ON figure_revision; DROP FUNCTION fail_revision();"));
    }
    expect(await prisma.figure.findUniqueOrThrow({ where: { id: figure.id } })).toMatchObject({ version: 1, best: 12000 });
    const { revisions, audit } = await history(figure.id);
    expect(revisions).toHaveLength(1);
    expect(audit).toHaveLength(1);
  });

  it("editors see and change only their own figures", async () => {
    const figure = await createFigure(editor, input(), "test");
    expect(await getFigureForEditor(otherEditor, figure.id)).toBeNull();
    expect(await updateFigure(otherEditor, figure.id, { ...input(), version: 1 }, "test")).toEqual({ ok: false, code: "not_found" });
    expect(await getFigureForEditor(reviewer, figure.id)).not.toBeNull();
  });

  it("goes draft -> submitted -> published, never published by an editor, and the public sees its history", async () => {
    const figure = await createFigure(editor, input(), "test");
    expect(await transitionFigure(editor, figure.id, "submit", 1, null, "test")).toMatchObject({
      ok: true,
      record: { status: "submitted", version: 2 },
    });
    expect(await transitionFigure(editor, figure.id, "publish", 2, null, "test")).toEqual({ ok: false, code: "forbidden" });
    expect(await getPublicFigure(figure.id)).toBeNull();
    const published = await transitionFigure(reviewer, figure.id, "publish", 2, null, "test");
    expect(published).toMatchObject({ ok: true, record: { status: "published", reviewerId: reviewer.id, version: 3 } });
    expect(published.ok && published.record.publishedAt).toBeInstanceOf(Date);

    const page = await getPublicFigure(figure.id);
    expect(page?.history.map((h) => [h.version, h.action, h.status, h.organisation])).toEqual([
      [1, "created", "draft", "editor NGO"],
      [2, "submitted", "submitted", "editor NGO"],
      [3, "published", "published", "reviewer NGO"],
    ]);
    expect(JSON.stringify(page)).not.toContain("ed@example.org");

    expect(await deleteDraft(editor, figure.id, 3, "test")).toEqual({ ok: false, code: "forbidden" });
    const retracted = await transitionFigure(reviewer, figure.id, "retract", 3, "Double-counted returnees.", "test");
    expect(retracted).toMatchObject({ ok: true, record: { status: "retracted", statusReason: "Double-counted returnees." } });
    expect((await getPublicFigure(figure.id))?.history.at(-1)).toMatchObject({ action: "retracted", reason: "Double-counted returnees." });
  });

  it("refuses transitions the state machine does not have", async () => {
    const figure = await createFigure(editor, input(), "test");
    expect(await transitionFigure(reviewer, figure.id, "publish", 1, null, "test")).toEqual({ ok: false, code: "invalid_transition" });
    expect(await transitionFigure(reviewer, figure.id, "retract", 1, "x", "test")).toEqual({ ok: false, code: "invalid_transition" });
  });

  it("applies the four-eyes rule, and records an admin publishing their own figure", async () => {
    const own = await createFigure(reviewer, input(), "test");
    await transitionFigure(reviewer, own.id, "submit", 1, null, "test");
    expect(await transitionFigure(reviewer, own.id, "publish", 2, null, "test")).toEqual({ ok: false, code: "four_eyes" });

    const adminOwn = await createFigure(admin, input(), "test");
    await transitionFigure(admin, adminOwn.id, "submit", 1, null, "test");
    expect(await transitionFigure(admin, adminOwn.id, "publish", 2, "Checked against the sitrep.", "test")).toMatchObject({ ok: true });
    const { revisions, audit } = await history(adminOwn.id);
    expect(audit.at(-1)?.action).toBe("figure.published_own");
    // The step is named by its code (each page words it in the reader's language); the reason is only what was typed.
    expect(revisions.at(-1)).toMatchObject({ action: "published_own", reason: "Checked against the sitrep." });
  });

  it("four-eyes: a reviewer who changed an editor's numbers cannot publish them; another reviewer can", async () => {
    const figure = await createFigure(editor, input(), "test");
    const edited = await updateFigure(reviewer, figure.id, { ...input({ best: "14,000" }), version: 1 }, "test");
    expect(edited).toMatchObject({ ok: true, record: { best: 14000, contributorIds: [editor.id, reviewer.id] } });
    expect(await transitionFigure(reviewer, figure.id, "submit", 2, null, "test")).toMatchObject({ ok: true });
    expect(await transitionFigure(reviewer, figure.id, "publish", 3, null, "test")).toEqual({ ok: false, code: "four_eyes" });
    expect(await prisma.figure.findUniqueOrThrow({ where: { id: figure.id } })).toMatchObject({ status: "submitted", version: 3 });
    const published = await transitionFigure(otherReviewer, figure.id, "publish", 3, null, "test");
    expect(published).toMatchObject({ ok: true, record: { status: "published" } });
    expect((await history(figure.id)).audit.at(-1)?.action).toBe("figure.published");
  });

  it("four-eyes: sending a figure back does not launder the reviewer's own changes", async () => {
    const figure = await createFigure(editor, input(), "test");
    await updateFigure(reviewer, figure.id, { ...input({ best: "14,000" }), version: 1 }, "test");
    await transitionFigure(reviewer, figure.id, "submit", 2, null, "test");
    expect(await transitionFigure(reviewer, figure.id, "return", 3, "Check the total.", "test")).toMatchObject({ ok: true });
    expect(await transitionFigure(editor, figure.id, "submit", 4, null, "test")).toMatchObject({ ok: true });
    expect(await transitionFigure(reviewer, figure.id, "publish", 5, null, "test")).toEqual({ ok: false, code: "four_eyes" });
  });

  it("four-eyes: an admin who changed an editor's numbers may publish them, recorded as published_own", async () => {
    const figure = await createFigure(editor, input(), "test");
    await updateFigure(admin, figure.id, { ...input({ best: "14,000" }), version: 1 }, "test");
    await transitionFigure(admin, figure.id, "submit", 2, null, "test");
    const published = await transitionFigure(admin, figure.id, "publish", 3, null, "test");
    expect(published).toMatchObject({ ok: true, record: { status: "published" } });
    const { revisions, audit } = await history(figure.id);
    expect(audit.at(-1)?.action).toBe("figure.published_own");
    expect(revisions.at(-1)).toMatchObject({ action: "published_own", reason: null });
  });

  it("the migration to published_own rewrites the history written before it, and nothing else", async () => {
    const figure = await createFigure(editor, input(), "test");
    const suffix = "(published by an administrator who entered or changed its values)";
    const old = [
      { version: 2, action: "published", reason: `Checked. ${suffix}` },
      { version: 3, action: "published", reason: suffix },
      { version: 4, action: "published", reason: "An ordinary publication." },
    ];
    const snapshot = (await history(figure.id)).revisions[0]!.snapshot as object;
    for (const r of old) await prisma.figureRevision.create({ data: { figureId: figure.id, snapshot, changedById: admin.id, ...r } });
    const sql = readFileSync(path.join(process.cwd(), "prisma/migrations/20261202050000_revision_published_own/migration.sql"), "utf8");
    await withOwner((client) => client.query(sql));
    const after = (await history(figure.id)).revisions
      .filter((r) => r.version > 1)
      .map(({ version, action, reason }) => ({ version, action, reason }));
    expect(after).toEqual([
      { version: 2, action: "published_own", reason: "Checked." },
      { version: 3, action: "published_own", reason: null },
      { version: 4, action: "published", reason: "An ordinary publication." },
    ]);
  });

  it("rejecting keeps the reason; saving a rejected figure takes it back to draft", async () => {
    const figure = await createFigure(editor, input(), "test");
    await transitionFigure(editor, figure.id, "submit", 1, null, "test");
    expect(await transitionFigure(reviewer, figure.id, "reject", 2, "Wrong place: this is the raion total.", "test")).toMatchObject({
      ok: true,
      record: { status: "rejected", statusReason: "Wrong place: this is the raion total." },
    });
    expect(await updateFigure(editor, figure.id, { ...input({ best: "11,000", low: "11,000" }), version: 3 }, "test")).toMatchObject({
      ok: true,
      record: { status: "draft", version: 4 },
    });
    expect((await history(figure.id)).revisions.at(-1)?.action).toBe("revised");
  });

  it("deletes a draft with its revisions but keeps the audit trail", async () => {
    const figure = await createFigure(editor, input(), "test");
    expect(await deleteDraft(otherEditor, figure.id, 1, "test")).toEqual({ ok: false, code: "not_found" });
    expect(await deleteDraft(editor, figure.id, 1, "test")).toMatchObject({ ok: true });
    expect(await prisma.figure.findUnique({ where: { id: figure.id } })).toBeNull();
    const { revisions, audit } = await history(figure.id);
    expect(revisions).toHaveLength(0);
    expect(audit.map((a) => a.action)).toEqual(["figure.created", "figure.deleted"]);
  });
});
