import "server-only";
import { prisma, readPrisma } from "@/lib/db";
import type { Reliability, VerificationStatus } from "@/lib/domain/enums";
import type { WorkflowAuditStep } from "@/lib/domain/audit-actions";
import { Prisma, type TimelineEvent } from "@/lib/generated/prisma/client";
import { canEditRecord, canSeeInEditor, withContributor, type Principal } from "@/lib/domain/permissions";
import type { TimelineEventInput } from "@/lib/domain/figure-schema";
import { pageWindow, type PageWindow } from "@/lib/domain/paging";
import { recordAudit, type Actor, type Tx } from "./audit";
import { underPlace } from "./filters-sql";
import { prismaStore } from "./versioned";
import { AUTHOR_FIELD, changeWorkflowRecord, WORKFLOW_LIST_FIELDS, workflowStep, type WorkflowTransition } from "./workflow";

export interface TimelineEntry {
  id: number;
  occurredOn: string;
  title: string;
  description: string | null;
  pcode: string;
  placeName: string;
  placeNameUk: string;
  sourceId: number;
  sourceName: string;
  reliability: Reliability;
  credibility: number;
  verification: VerificationStatus;
  sourceUrl: string | null;
}

export interface TimelineQuery {
  place: string;
  sources: number[];
  from: string | null;
  to: string | null;
}

/** Events per page of /timeline. */
export const TIMELINE_PAGE_SIZE = 100;

const ENTRY_COLUMNS = Prisma.sql`
  e.id, to_char(e.occurred_on, 'YYYY-MM-DD') AS "occurredOn", e.title, e.description,
  l.pcode, l.name_en AS "placeName", l.name_uk AS "placeNameUk", s.id AS "sourceId", s.name AS "sourceName", s.reliability::text AS reliability,
  e.credibility::int AS credibility, e.verification::text AS verification, e.source_url AS "sourceUrl"`;

/** Published events at the place or below it, filtered by source and date (alias e). */
function publishedAt(query: TimelineQuery): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`e.status = 'published'`];
  if (query.from) conditions.push(Prisma.sql`e.occurred_on >= ${query.from}::date`);
  if (query.to) conditions.push(Prisma.sql`e.occurred_on <= ${query.to}::date`);
  if (query.sources.length > 0) conditions.push(Prisma.sql`e.source_id = ANY(${query.sources}::int[])`);
  conditions.push(
    Prisma.sql`EXISTS (SELECT 1 FROM location_closure st WHERE ${underPlace("st", query.place)} AND st.descendant_id = e.location_id)`,
  );
  return Prisma.join(conditions, " AND ");
}

/** The newest `latest` published events (the home page's few), newest first. */
export async function listTimelineEvents(query: TimelineQuery & { latest: number }): Promise<TimelineEntry[]> {
  return readPrisma.$queryRaw<TimelineEntry[]>`
    SELECT ${ENTRY_COLUMNS}
    FROM timeline_event e JOIN location l ON l.id = e.location_id JOIN source s ON s.id = e.source_id
    WHERE ${publishedAt(query)}
    ORDER BY e.occurred_on DESC, e.id DESC LIMIT ${query.latest}`;
}

/**
 * One page of the published events, oldest first (occurred_on, then id: the order of the index
 * timeline_event_page_idx), with the window (which page, of how many events). A page past the end
 * gives the last page.
 */
export async function pageTimelineEvents(
  query: TimelineQuery,
  page: number,
  pageSize = TIMELINE_PAGE_SIZE,
): Promise<{ events: TimelineEntry[]; window: PageWindow }> {
  const [count] = await readPrisma.$queryRaw<
    Array<{ n: number }>
  >`SELECT COUNT(*)::int AS n FROM timeline_event e WHERE ${publishedAt(query)}`;
  const window = pageWindow(page, pageSize, count?.n ?? 0);
  if (window.total === 0) return { events: [], window };
  const events = await readPrisma.$queryRaw<TimelineEntry[]>`
    SELECT ${ENTRY_COLUMNS}
    FROM timeline_event e JOIN location l ON l.id = e.location_id JOIN source s ON s.id = e.source_id
    WHERE ${publishedAt(query)}
    ORDER BY e.occurred_on, e.id LIMIT ${window.pageSize} OFFSET ${window.offset}`;
  return { events, window };
}

/**
 * Published events in id order after `after`, up to `limit` (the API's /api/v1/timeline-events:
 * a cursor that neither loses nor repeats an event while others are published). `place` null: everywhere.
 */
export async function pagePublishedTimelineEvents(
  query: Omit<TimelineQuery, "place"> & { place: string | null },
  page: { after: number | null; limit: number },
): Promise<TimelineEntry[]> {
  const conditions: Prisma.Sql[] = [Prisma.sql`e.status = 'published'`, Prisma.sql`e.id > ${page.after ?? 0}`];
  if (query.from) conditions.push(Prisma.sql`e.occurred_on >= ${query.from}::date`);
  if (query.to) conditions.push(Prisma.sql`e.occurred_on <= ${query.to}::date`);
  if (query.sources.length > 0) conditions.push(Prisma.sql`e.source_id = ANY(${query.sources}::int[])`);
  if (query.place)
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM location_closure st WHERE ${underPlace("st", query.place)} AND st.descendant_id = e.location_id)`,
    );
  return readPrisma.$queryRaw<TimelineEntry[]>`
    SELECT ${ENTRY_COLUMNS}
    FROM timeline_event e JOIN location l ON l.id = e.location_id JOIN source s ON s.id = e.source_id
    WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY e.id LIMIT ${page.limit}`;
}

// ------------------------------------------------------------------ the editorial workflow
// Timeline events go through the same steps as figures (draft, submit, review), on the same
// version-checked change (workflow.ts); each change is in the audit log with before and after.

export type TimelineActor = Actor & Principal;

const eventStore = prismaStore<TimelineEvent, Prisma.TimelineEventUncheckedUpdateManyInput>((tx) => tx.timelineEvent);

function eventData(input: TimelineEventInput) {
  const { version: _version, ...fields } = input;
  return fields;
}

function auditEvent(tx: Tx, actor: TimelineActor, origin: string | null, action: WorkflowAuditStep, before: unknown, after: TimelineEvent) {
  return recordAudit(tx, {
    actor,
    action: `timeline_event.${action}`,
    entityType: "timeline_event",
    entityId: after.id,
    before,
    after,
    origin,
  });
}

export async function createTimelineEvent(actor: TimelineActor, input: TimelineEventInput, origin: string | null) {
  return prisma.$transaction(async (tx) => {
    const event = await tx.timelineEvent.create({
      data: { ...eventData(input), status: "draft", authorId: actor.id, lastEditorId: actor.id, contributorIds: [actor.id] },
    });
    await auditEvent(tx, actor, origin, "created", undefined, event);
    return event;
  });
}

export function updateTimelineEvent(
  actor: TimelineActor,
  id: number,
  input: TimelineEventInput & { version: number },
  origin: string | null,
) {
  return changeWorkflowRecord(
    eventStore,
    actor,
    id,
    input.version,
    (e) => canEditRecord(actor, e),
    (before) => ({
      // Whoever saves values joins the contributors, who may not publish them (four-eyes rule).
      data: {
        ...eventData(input),
        status: "draft" as const,
        statusReason: null,
        lastEditorId: actor.id,
        contributorIds: withContributor(before, actor),
      },
      record: (tx, before, after) => auditEvent(tx, actor, origin, "updated", before, after as TimelineEvent),
    }),
  );
}

export const transitionTimelineEvent: WorkflowTransition<TimelineActor, TimelineEvent> = (
  actor,
  id,
  action,
  expectedVersion,
  reason,
  origin,
) => {
  const step = workflowStep(actor, action, reason);
  return changeWorkflowRecord(eventStore, actor, id, expectedVersion, step.allowed, (event) => {
    const { data, recordedAs } = step.plan(event);
    return {
      data: { ...data, lastEditorId: actor.id },
      record: (tx, before, after) => auditEvent(tx, actor, origin, recordedAs, before, after as TimelineEvent),
    };
  });
};

const editorSelect = {
  ...WORKFLOW_LIST_FIELDS,
  occurredOn: true,
  title: true,
  description: true,
  sourceUrl: true,
  ...AUTHOR_FIELD,
} as const satisfies Prisma.TimelineEventSelect;

/** The editor's list: own events for editors, everyone's for reviewers and admins. */
export function listTimelineEventsForEditor(user: Principal) {
  return prisma.timelineEvent.findMany({
    where: user.role === "editor" ? { authorId: user.id } : {},
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: 200,
    select: editorSelect,
  });
}

export async function getTimelineEventForEditor(user: Principal, id: number) {
  const event = await prisma.timelineEvent.findUnique({ where: { id } });
  return event && canSeeInEditor(user, event) ? event : null;
}

/** Submitted events for the review queue, oldest first. */
export function submittedTimelineEvents() {
  return prisma.timelineEvent.findMany({
    where: { status: "submitted" },
    orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
    select: editorSelect,
  });
}
