// Timeline events follow the figures' workflow: drafts, version-checked edits, review, audit.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { timelineEventInputSchema } from "@/lib/domain/figure-schema";
import {
  createTimelineEvent,
  pageTimelineEvents,
  submittedTimelineEvents,
  transitionTimelineEvent,
  updateTimelineEvent,
  type TimelineActor,
} from "./timeline";

let editor: TimelineActor, reviewer: TimelineActor, otherReviewer: TimelineActor, admin: TimelineActor;
let refs: { locationId: string; sourceId: string };

beforeAll(async () => {
  const e = await prisma.user.create({ data: { email: "ed@example.org", name: "Ed", role: "editor" } });
  const r = await prisma.user.create({ data: { email: "rev@example.org", name: "Rev", role: "reviewer" } });
  editor = { id: e.id, email: e.email, role: "editor" };
  reviewer = { id: r.id, email: r.email, role: "reviewer" };
  const r2 = await prisma.user.create({ data: { email: "rev2@example.org", name: "Rev 2", role: "reviewer" } });
  otherReviewer = { id: r2.id, email: r2.email, role: "reviewer" };
  const a = await prisma.user.create({ data: { email: "adm@example.org", name: "Adm", role: "admin" } });
  admin = { id: a.id, email: a.email, role: "admin" };
  const location = await prisma.location.create({ data: { pcode: "UA14", nameEn: "Donetska", nameUk: "Донецька", adminLevel: 1 } });
  const source = await prisma.source.create({
    data: { name: "Wagner Group", nameKey: "wagner group", kind: "party_to_conflict", reliability: "E" },
  });
  refs = { locationId: String(location.id), sourceId: String(source.id) };
});

const input = (title: string) =>
  timelineEventInputSchema(new Date("2026-01-01T00:00:00Z")).parse({
    ...refs,
    occurredOn: "2023-05-20",
    title,
    credibility: "5",
    verification: "disputed",
  });

const auditOf = (id: number) =>
  prisma.auditEvent.findMany({ where: { entityType: "timeline_event", entityId: String(id) }, orderBy: { id: "asc" } });

describe("timeline event workflow", () => {
  it("draft -> edited -> submitted -> published, with a conflict for a stale edit, all audited", async () => {
    const event = await createTimelineEvent(editor, input("Wagner claims full control of Bakhmut"), "test");
    expect(event).toMatchObject({ status: "draft", version: 1 });
    expect(
      await updateTimelineEvent(editor, event.id, { ...input("Prigozhin claims full control of Bakhmut"), version: 1 }, "test"),
    ).toMatchObject({ ok: true, record: { version: 2 } });
    expect(await updateTimelineEvent(editor, event.id, { ...input("stale"), version: 1 }, "test")).toMatchObject({
      ok: false,
      code: "conflict",
    });
    expect(await transitionTimelineEvent(editor, event.id, "submit", 2, null, "test")).toMatchObject({
      ok: true,
      record: { status: "submitted" },
    });
    expect((await submittedTimelineEvents()).map((e) => e.id)).toEqual([event.id]);
    expect(await transitionTimelineEvent(editor, event.id, "publish", 3, null, "test")).toEqual({ ok: false, code: "forbidden" });
    expect(await transitionTimelineEvent(reviewer, event.id, "publish", 3, null, "test")).toMatchObject({
      ok: true,
      record: { status: "published" },
    });

    const published = (await pageTimelineEvents({ place: "UA14", sources: [], from: null, to: null }, 1)).events;
    expect(published.map((e) => e.title)).toEqual(["Prigozhin claims full control of Bakhmut"]);
    const audit = await prisma.auditEvent.findMany({
      where: { entityType: "timeline_event", entityId: String(event.id) },
      orderBy: { id: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual([
      "timeline_event.created",
      "timeline_event.updated",
      "timeline_event.submitted",
      "timeline_event.published",
    ]);
    expect(audit[1]!.before).toMatchObject({ title: "Wagner claims full control of Bakhmut" });
  });

  it("four-eyes: a reviewer who changed an editor's event cannot publish it, even after a send-back; another reviewer can", async () => {
    const event = await createTimelineEvent(editor, input("Wagner claims the city centre"), "test");
    const edited = await updateTimelineEvent(reviewer, event.id, { ...input("Wagner claims all of Bakhmut"), version: 1 }, "test");
    expect(edited).toMatchObject({ ok: true, record: { contributorIds: [editor.id, reviewer.id] } });
    await transitionTimelineEvent(reviewer, event.id, "submit", 2, null, "test");
    expect(await transitionTimelineEvent(reviewer, event.id, "publish", 3, null, "test")).toEqual({ ok: false, code: "four_eyes" });
    await transitionTimelineEvent(reviewer, event.id, "return", 3, "Which source?", "test");
    await transitionTimelineEvent(editor, event.id, "submit", 4, null, "test");
    expect(await transitionTimelineEvent(reviewer, event.id, "publish", 5, null, "test")).toEqual({ ok: false, code: "four_eyes" });
    expect(await prisma.timelineEvent.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({ status: "submitted", version: 5 });
    const published = await transitionTimelineEvent(otherReviewer, event.id, "publish", 5, null, "test");
    expect(published).toMatchObject({ ok: true, record: { status: "published" } });
    expect((await auditOf(event.id)).at(-1)?.action).toBe("timeline_event.published");
  });

  it("four-eyes: an admin who changed an editor's event may publish it, recorded as published_own", async () => {
    const event = await createTimelineEvent(editor, input("Russia's MoD claims Bakhmut"), "test");
    await updateTimelineEvent(admin, event.id, { ...input("Russia's MoD claims full control of Bakhmut"), version: 1 }, "test");
    await transitionTimelineEvent(admin, event.id, "submit", 2, null, "test");
    const published = await transitionTimelineEvent(admin, event.id, "publish", 3, null, "test");
    expect(published).toMatchObject({ ok: true, record: { status: "published" } });
    expect((await auditOf(event.id)).at(-1)?.action).toBe("timeline_event.published_own");
  });
});
