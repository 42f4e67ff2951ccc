import "server-only";
// Figures: the editor's and reviewer's writes, and the reads behind their pages and the public
// figure page. Every change writes, in one transaction, the figure, a full-snapshot revision
// and an audit event; a change names the version it was made from and is refused (conflict)
// when someone else changed the figure meanwhile.
import { prisma, readPrisma } from "@/lib/db";
import type { Figure, Prisma } from "@/lib/generated/prisma/client";
import type { PublicationStatus } from "@/lib/domain/enums";
import type { AuditAction, WorkflowAuditStep } from "@/lib/domain/audit-actions";
import type { FigureInput } from "@/lib/domain/figure-schema";
import { pageWindow } from "@/lib/domain/paging";
import {
  canDeleteDraft,
  canEditRecord,
  canSeeInEditor,
  withContributor,
  type Principal,
  type WorkflowDenial,
} from "@/lib/domain/permissions";
import { recordAudit, type Actor, type Tx } from "./audit";
import { deleteVersioned, lockingStore, type ChangeRequest } from "./versioned";
import {
  AUTHOR_FIELD,
  changeWorkflowRecord,
  WORKFLOW_LIST_FIELDS,
  workflowStep,
  type ChangeResult,
  type WorkflowTransition,
} from "./workflow";

export type FigureActor = Actor & Principal;

/** The fields a revision snapshots: everything that describes the claim and its state. */
export function snapshotOf(figure: Figure): Prisma.InputJsonValue {
  const { createdAt: _c, updatedAt: _u, ...rest } = figure;
  return JSON.parse(JSON.stringify(rest)) as Prisma.InputJsonValue;
}

async function writeHistory(
  tx: Tx,
  actor: FigureActor,
  origin: string | null,
  change: { action: WorkflowAuditStep; before: Figure | null; after: Figure; reason?: string | null; auditAction?: AuditAction },
) {
  await tx.figureRevision.create({
    data: {
      figureId: change.after.id,
      version: change.after.version,
      action: change.action,
      snapshot: snapshotOf(change.after),
      changedById: actor.id,
      reason: change.reason ?? null,
    },
  });
  await recordAudit(tx, {
    actor,
    action: change.auditAction ?? `figure.${change.action}`,
    entityType: "figure",
    entityId: change.after.id,
    before: change.before ? snapshotOf(change.before) : undefined,
    after: snapshotOf(change.after),
    origin,
  });
}

export function dataFrom(input: FigureInput) {
  const { version: _version, ...fields } = input;
  return fields;
}

export async function createFigure(actor: FigureActor, input: FigureInput, origin: string | null): Promise<Figure> {
  return prisma.$transaction(async (tx) => {
    const figure = await tx.figure.create({
      data: { ...dataFrom(input), status: "draft", authorId: actor.id, lastEditorId: actor.id, contributorIds: [actor.id] },
    });
    await writeHistory(tx, actor, origin, { action: "created", before: null, after: figure });
    return figure;
  });
}

const figureStore = lockingStore<Figure, Prisma.FigureUncheckedUpdateManyInput>("figure", (tx) => tx.figure);

/** A checked, version-safe change of a figure with its revision and audit event (see workflow.ts). */
async function changeFigure(
  { actor, id, expectedVersion, origin }: ChangeRequest<FigureActor>,
  allowed: (figure: Figure) => boolean | WorkflowDenial,
  update: (figure: Figure) => {
    data: Prisma.FigureUncheckedUpdateManyInput;
    action: WorkflowAuditStep;
    reason?: string | null;
    auditAction?: AuditAction;
  },
): Promise<ChangeResult<Figure>> {
  return changeWorkflowRecord(figureStore, actor, id, expectedVersion, allowed, (before) => {
    const planned = update(before);
    return {
      data: { ...planned.data, lastEditorId: actor.id },
      record: (tx, _before, after) => writeHistory(tx, actor, origin, { ...planned, before, after: after as Figure }),
    };
  });
}

/** Saves an edit. A rejected figure goes back to draft with the save. */
export function updateFigure(actor: FigureActor, id: number, input: FigureInput & { version: number }, origin: string | null) {
  return changeFigure(
    { actor, id, expectedVersion: input.version, origin },
    (f) => canEditRecord(actor, f),
    (before) => ({
      // The reviewer's reason stays in the revision history; the edited draft starts clean.
      // Whoever saves values joins the contributors, who may not publish them (four-eyes rule).
      data: { ...dataFrom(input), status: "draft", statusReason: null, contributorIds: withContributor(before, actor) },
      action: before.status === "rejected" ? "revised" : "updated",
    }),
  );
}

export const transitionFigure: WorkflowTransition<FigureActor, Figure> = (actor, id, action, expectedVersion, reason, origin) => {
  const step = workflowStep(actor, action, reason);
  return changeFigure({ actor, id, expectedVersion, origin }, step.allowed, (figure) => {
    // An administrator publishing values they entered or changed is recorded as its own step
    // (`published_own`) in the history and the audit log; pages name it in the reader's language.
    const { data, recordedAs } = step.plan(figure);
    return { data, action: recordedAs, reason, auditAction: `figure.${recordedAs}` };
  });
};

/** Deletes a draft (with its revisions); the audit event keeps what it was. */
export function deleteDraft(actor: FigureActor, id: number, expectedVersion: number, origin: string | null): Promise<ChangeResult<Figure>> {
  return deleteVersioned<Figure, { ok: false; code: "forbidden" }>(figureStore, id, expectedVersion, {
    check: (figure) => {
      if (!canSeeInEditor(actor, figure)) return { ok: false, code: "not_found" };
      return canDeleteDraft(actor, figure) ? null : { ok: false, code: "forbidden" };
    },
    record: (tx, figure) =>
      recordAudit(tx, { actor, action: "figure.deleted", entityType: "figure", entityId: id, before: snapshotOf(figure), origin }),
  });
}

// ------------------------------------------------------------------ reads

/** What a staff list shows of a claim's estimate: the fields formatEstimate reads, and the indicator's name and unit. */
export const ESTIMATE_FIELDS = {
  low: true,
  best: true,
  high: true,
  qualifier: true,
  noInformation: true,
  indicator: { select: { name: true, nameUk: true, unit: true, unitUk: true } },
} as const satisfies Prisma.FigureSelect;

const listSelect = { ...WORKFLOW_LIST_FIELDS, asOf: true, periodStart: true, ...ESTIMATE_FIELDS } as const satisfies Prisma.FigureSelect;

export const EDITOR_PAGE_SIZE = 100;

/**
 * The editor's list, one page of it, with the total: own figures for editors, everyone's for
 * reviewers and admins. The page past the end shows the last page (`pageWindow`).
 */
export async function listFiguresForEditor(
  user: Principal,
  filter: { status?: PublicationStatus; search?: string },
  page = 1,
  pageSize = EDITOR_PAGE_SIZE,
) {
  const search = filter.search?.trim();
  const where: Prisma.FigureWhereInput = {
    ...(user.role === "editor" ? { authorId: user.id } : {}),
    ...(filter.status ? { status: filter.status } : {}),
    ...(search
      ? {
          OR: [
            { notes: { contains: search, mode: "insensitive" } },
            { source: { name: { contains: search, mode: "insensitive" } } },
            { indicator: { name: { contains: search, mode: "insensitive" } } },
            { indicator: { nameUk: { contains: search, mode: "insensitive" } } },
            { location: { nameEn: { contains: search, mode: "insensitive" } } },
            { location: { nameUk: { contains: search, mode: "insensitive" } } },
            { location: { pcode: { startsWith: search.toUpperCase() } } },
          ],
        }
      : {}),
  };
  const total = await prisma.figure.count({ where });
  const window = pageWindow(page, pageSize, total);
  const rows = await prisma.figure.findMany({
    where,
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    skip: window.offset,
    take: window.pageSize,
    select: listSelect,
  });
  return { rows, window };
}
export type EditorFigureRow = Awaited<ReturnType<typeof listFiguresForEditor>>["rows"][number];

/** A figure as the editor form loads it, or null when the user may not see it (a 404). */
export async function getFigureForEditor(user: Principal, id: number) {
  const figure = await prisma.figure.findUnique({ where: { id }, include: { source: { select: { name: true } } } });
  return figure && canSeeInEditor(user, figure) ? figure : null;
}

/** A figure as the editor page shows it (pages use this, not Prisma's generated types). */
export type EditorFigure = NonNullable<Awaited<ReturnType<typeof getFigureForEditor>>>;

const reviewSelect = {
  ...listSelect,
  indicatorId: true,
  locationId: true,
  sourceId: true,
  notes: true,
  sourceUrl: true,
  sourcePublishedAt: true,
  sourcePlaceName: true,
  sex: true,
  ageGroup: true,
  populationGroup: true,
  createdAt: true,
  ...AUTHOR_FIELD,
} as const satisfies Prisma.FigureSelect;

/** The review queue, oldest first, each item with the published claims it competes with. */
export async function reviewQueue() {
  const submitted = await prisma.figure.findMany({
    // A batch's figures are reviewed with their batch, a page at a time (batchFiguresInReview), not one card each.
    where: { status: "submitted", importBatchId: null },
    orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
    select: reviewSelect,
  });
  return Promise.all(submitted.map(async (figure) => ({ figure, competing: await competingClaims(figure) })));
}

const COMPETING_WINDOW_DAYS = 31;

/** Published claims for the same indicator, place and breakdown, dated within a month of it. */
export function competingClaims(figure: {
  id: number;
  indicatorId: number;
  locationId: number;
  asOf: Date;
  sex: string | null;
  ageGroup: string | null;
  populationGroup: string | null;
}) {
  const day = 86_400_000;
  return prisma.figure.findMany({
    where: {
      id: { not: figure.id },
      status: "published",
      indicatorId: figure.indicatorId,
      locationId: figure.locationId,
      sex: figure.sex as never,
      ageGroup: figure.ageGroup as never,
      populationGroup: figure.populationGroup as never,
      asOf: {
        gte: new Date(figure.asOf.getTime() - COMPETING_WINDOW_DAYS * day),
        lte: new Date(figure.asOf.getTime() + COMPETING_WINDOW_DAYS * day),
      },
    },
    orderBy: [{ asOf: "asc" }, { id: "asc" }],
    select: listSelect,
  });
}

const PUBLIC_REASONS = new Set(["published", "retracted"]);

/**
 * The public figure page: published and retracted figures only, with the public history
 * (values, status changes and reasons; people shown only by organisation). Public: read from
 * `readPrisma`, so on a replica a change may show a second or so late.
 */
export async function getPublicFigure(id: number) {
  const figure = await readPrisma.figure.findFirst({
    where: { id, status: { in: ["published", "retracted"] } },
    include: {
      indicator: { select: { name: true, nameUk: true, unit: true, unitUk: true, hxlTag: true, domain: true, slug: true } },
      location: { select: { nameEn: true, nameUk: true, pcode: true } },
      source: { select: { id: true, name: true, reliability: true, kind: true, affiliation: true } },
      revisions: { orderBy: { version: "asc" }, include: { changedBy: { select: { organisation: true } } } },
    },
  });
  if (!figure) return null;
  const history = figure.revisions.map((r) => {
    const s = r.snapshot as {
      low: number | null;
      best: number | null;
      high: number | null;
      qualifier: string;
      noInformation: boolean;
      status: string;
      verification: string;
    };
    return {
      version: r.version,
      action: r.action,
      at: r.changedAt,
      organisation: r.changedBy?.organisation ?? null,
      // Reviewers' comments to editors stay internal; publication and retraction reasons are public.
      reason: PUBLIC_REASONS.has(r.action) ? r.reason : null,
      low: s.low,
      best: s.best,
      high: s.high,
      qualifier: s.qualifier,
      noInformation: s.noInformation,
      status: s.status,
      verification: s.verification,
    };
  });
  const { revisions: _revisions, ...rest } = figure;
  return { figure: rest, history };
}
