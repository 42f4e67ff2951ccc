import "server-only";
import { prisma, readPrisma } from "@/lib/db";
import { isUniqueViolation } from "./prisma-errors";
import type { Reliability, SourceKind } from "@/lib/domain/enums";
import { pageWindow, type PageWindow } from "@/lib/domain/paging";
import type { AuditAction } from "@/lib/domain/audit-actions";
import { sourceNameKey, type SourceInput } from "@/lib/domain/source-schema";
import { Prisma, type Source } from "@/lib/generated/prisma/client";
import { recordAudit, type Actor, type Tx } from "./audit";
import { changeVersioned, deleteVersioned, lockingStore, type ChangeRequest, type UpdateRecord } from "./versioned";
import { CLAIM_COLUMNS } from "./filters-sql";
import type { ClaimRow } from "@/lib/domain/claim";

export interface SourceSummary {
  id: number;
  name: string;
  kind: SourceKind;
  affiliation: string | null;
  reliability: Reliability;
  publishedFigures: number;
}

/**
 * Every source, best graded first, with how many published figures it backs. The count comes from
 * the rollup source_claims (one row per source and indicator, kept by triggers on latest_claim;
 * migration source_claims), so the page reads ~ sources x indicators rows, never the figure table
 * nor every key of latest_claim.
 */
export async function listSourcesWithCounts(): Promise<SourceSummary[]> {
  return readPrisma.$queryRaw<SourceSummary[]>`
    SELECT s.id, s.name, s.kind::text AS kind, s.affiliation, s.reliability::text AS reliability,
      COALESCE(c.figures, 0)::int AS "publishedFigures"
    FROM source s
      LEFT JOIN (SELECT source_id, SUM(claims) AS figures FROM source_claims GROUP BY source_id) c ON c.source_id = s.id
    ORDER BY s.reliability, s.name, s.id`;
}

export interface SourceOption {
  id: number;
  name: string;
  reliability: Reliability;
}

const optionQuery = { orderBy: { name: "asc" }, select: { id: true, name: true, reliability: true } } as const;

/** Sources for the dashboard's source filter, by name (public: may lag on a replica). */
export async function listSourceOptions(): Promise<SourceOption[]> {
  return readPrisma.source.findMany(optionQuery);
}

/** The same list for staff pages (e.g. the merge target), from the primary: never behind a change just made. */
export async function listSourceOptionsForStaff(): Promise<SourceOption[]> {
  return prisma.source.findMany(optionQuery);
}

export interface SourceFigure extends ClaimRow {
  indicatorSlug: string;
  indicatorName: string;
  indicatorNameUk: string | null;
  domain: string;
}

/** A source as the public reads it (PUBLIC_SOURCE_FIELDS and its notes). */
interface PublicSourceFields {
  id: number;
  name: string;
  kind: SourceKind;
  affiliation: string | null;
  url: string | null;
  reliability: Reliability;
  notes: string | null;
  notesUk: string | null;
}

export interface SourceDetail extends PublicSourceFields {
  gradeHistory: { id: number; fromGrade: Reliability | null; toGrade: Reliability; changedAt: string; reason: string | null }[];
  /** One page of its published figures of public indicators, newest first. */
  figures: SourceFigure[];
  /** Which page that is, of how many figures in all. */
  window: PageWindow;
}

/** Figures per page of a source's page. */
export const SOURCE_FIGURES_PAGE_SIZE = 50;

/** How many published figures of public indicators a source backs, from the rollup source_claims (one row per indicator). */
async function countPublicFigures(sourceId: number): Promise<number> {
  const [row] = await readPrisma.$queryRaw<Array<{ n: number }>>`
    SELECT COALESCE(SUM(sc.claims), 0)::int AS n
    FROM source_claims sc JOIN indicator i ON i.id = sc.indicator_id AND i.is_public
    WHERE sc.source_id = ${sourceId}`;
  return row?.n ?? 0;
}

/** A source as every public reader names and grades it (its page, the API, an export's sources sheet). */
export const PUBLIC_SOURCE_FIELDS = { id: true, name: true, kind: true, affiliation: true, url: true, reliability: true } as const;
/** One public change of a source's grade. */
const GRADE_CHANGE_FIELDS = { fromGrade: true, toGrade: true, changedAt: true, reason: true } as const;
/** A source's public grade history, oldest change first. */
export const GRADE_HISTORY_OLDEST_FIRST = {
  orderBy: [{ changedAt: "asc" }, { id: "asc" }],
  select: GRADE_CHANGE_FIELDS,
} satisfies Prisma.SourceGradeChangeFindManyArgs;

/**
 * A source with its grade history and one page of its published figures (public indicators only),
 * newest first (as_of, then id, both descending: the index figure_source_page_idx gives this order
 * without a sort). A page past the end gives the last page.
 */
export async function getSourceDetail(id: number, page = 1, pageSize = SOURCE_FIGURES_PAGE_SIZE): Promise<SourceDetail | null> {
  const [source, total] = await Promise.all([
    readPrisma.source.findUnique({
      where: { id },
      select: {
        ...PUBLIC_SOURCE_FIELDS,
        notes: true,
        notesUk: true,
        gradeHistory: { orderBy: [{ changedAt: "desc" }, { id: "desc" }], select: { id: true, ...GRADE_CHANGE_FIELDS } },
      },
    }),
    countPublicFigures(id),
  ]);
  if (!source) return null;
  const window = pageWindow(page, pageSize, total);
  // Rows are skipped on the index alone (index-only scan), and only the page's rows are joined. A
  // page in the second half is read from the oldest end, so no page skips more than half the rows.
  const fromEnd = window.offset > total / 2;
  const rows = window.to - window.from + 1;
  const skip = fromEnd ? total - window.to : window.offset;
  const direction = fromEnd ? Prisma.sql`f.as_of ASC, f.id ASC` : Prisma.sql`f.as_of DESC, f.id DESC`;
  const figures =
    total === 0
      ? []
      : await readPrisma.$queryRaw<SourceFigure[]>`
    WITH page AS (
      SELECT f.id FROM figure f
      WHERE f.source_id = ${id} AND f.status = 'published' AND f.indicator_id IN (SELECT id FROM indicator WHERE is_public)
      ORDER BY ${direction} LIMIT ${rows} OFFSET ${skip})
    SELECT ${CLAIM_COLUMNS}, i.slug AS "indicatorSlug", i.name AS "indicatorName", i.name_uk AS "indicatorNameUk", i.domain::text AS "domain"
    FROM page
      JOIN figure f ON f.id = page.id
      JOIN source s ON s.id = f.source_id
      JOIN location l ON l.id = f.location_id
      JOIN indicator i ON i.id = f.indicator_id
    ORDER BY f.as_of DESC, f.id DESC`;
  return {
    ...source,
    gradeHistory: source.gradeHistory.map((g) => ({ ...g, changedAt: g.changedAt.toISOString().slice(0, 10) })),
    figures,
    window,
  };
}

export interface PublicSource extends PublicSourceFields {
  isActive: boolean;
  gradeHistory: { fromGrade: Reliability | null; toGrade: Reliability; changedAt: Date; reason: string | null }[];
}

/** Every source with its public grade history, oldest change first (the API's /api/v1/sources). */
export async function listSourcesWithGradeHistory(): Promise<PublicSource[]> {
  return readPrisma.source.findMany({
    orderBy: { id: "asc" },
    select: { ...PUBLIC_SOURCE_FIELDS, notes: true, notesUk: true, isActive: true, gradeHistory: GRADE_HISTORY_OLDEST_FIRST },
  });
}

// ------------------------------------------------------------------ administration
// Every change is version-checked (a stale edit is a conflict), audited with before and after,
// and a change of grade is kept in the public grade history.

export type SourceChangeResult =
  | { ok: true; source: Source }
  | { ok: false; code: "not_found" | "name_taken" | "in_use" | "same_source" | "grade_reason_required" }
  | { ok: false; code: "conflict"; current: Source };

function sourceData(input: SourceInput) {
  const { version: _version, gradeReason: _reason, previousReliability: _previous, ...fields } = input;
  return { ...fields, nameKey: sourceNameKey(input.name) };
}

/** A grade without a reason is refused, whatever the form said the grade was before. */
const noReason = { ok: false, code: "grade_reason_required" } as const;

export async function createSource(actor: Actor, input: SourceInput, origin: string | null): Promise<SourceChangeResult> {
  if (!input.gradeReason?.trim()) return noReason;
  try {
    return await prisma.$transaction(async (tx) => {
      const source = await tx.source.create({ data: sourceData(input) });
      await tx.sourceGradeChange.create({
        data: { sourceId: source.id, fromGrade: null, toGrade: source.reliability, changedById: actor.id, reason: input.gradeReason },
      });
      await recordAudit(tx, { actor, action: "source.created", entityType: "source", entityId: source.id, after: source, origin });
      return { ok: true as const, source };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, code: "name_taken" };
    throw error;
  }
}

const sourceStore = lockingStore<Source, Prisma.SourceUpdateManyMutationInput>("source", (tx) => tx.source);

/** A version-checked, audited change of a source (see versioned.ts). */
async function changeSource(
  { actor, id, expectedVersion, origin }: ChangeRequest<Actor>,
  action: AuditAction,
  data: (before: Source, tx: Tx) => Promise<Prisma.SourceUpdateManyMutationInput>,
): Promise<SourceChangeResult> {
  try {
    const result = await changeVersioned<Source, Prisma.SourceUpdateManyMutationInput, never>(
      sourceStore,
      id,
      expectedVersion,
      () => null,
      async (before, tx) => ({
        data: await data(before, tx),
        record: (tx2, _before, after) => recordAudit(tx2, { actor, action, entityType: "source", entityId: id, before, after, origin }),
      }),
    );
    return result.ok ? { ok: true, source: result.record } : result;
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, code: "name_taken" };
    throw error;
  }
}

class GradeReasonMissing extends Error {}

export const updateSource: UpdateRecord<Actor, SourceInput, SourceChangeResult> = async (actor, id, input, origin) => {
  try {
    return await changeSourceFields(actor, id, input, origin);
  } catch (error) {
    if (error instanceof GradeReasonMissing) return noReason;
    throw error;
  }
};

function changeSourceFields(actor: Actor, id: number, input: SourceInput & { version: number }, origin: string | null) {
  return changeSource({ actor, id, expectedVersion: input.version, origin }, "source.updated", async (before, tx) => {
    if (before.reliability !== input.reliability) {
      if (!input.gradeReason?.trim()) throw new GradeReasonMissing();
      await tx.sourceGradeChange.create({
        data: { sourceId: id, fromGrade: before.reliability, toGrade: input.reliability, changedById: actor.id, reason: input.gradeReason },
      });
    }
    return sourceData(input);
  });
}

/** A deactivated source cannot be cited by new figures; the figures that cite it stay. */
export function setSourceActive(actor: Actor, id: number, version: number, active: boolean, origin: string | null) {
  return changeSource({ actor, id, expectedVersion: version, origin }, active ? "source.reactivated" : "source.deactivated", async () => ({
    isActive: active,
  }));
}

/** How many figures and timeline events cite a source (a cited source cannot be deleted). */
export async function sourceUsage(id: number, tx: Tx | typeof prisma = prisma) {
  const [figures, events] = await Promise.all([
    tx.figure.count({ where: { sourceId: id } }),
    tx.timelineEvent.count({ where: { sourceId: id } }),
  ]);
  return { figures, events };
}

export async function deleteSource(actor: Actor, id: number, expectedVersion: number, origin: string | null): Promise<SourceChangeResult> {
  // Under the row lock no figure can start citing it between the check and the delete.
  const result = await deleteVersioned<Source, { ok: false; code: "in_use" }>(sourceStore, id, expectedVersion, {
    blocked: async (_source, tx) => {
      const usage = await sourceUsage(id, tx);
      return usage.figures + usage.events > 0 ? { ok: false, code: "in_use" } : null;
    },
    record: (tx, before) => recordAudit(tx, { actor, action: "source.deleted", entityType: "source", entityId: id, before, origin }),
  });
  return result.ok ? { ok: true, source: result.record } : result;
}

/**
 * Two entries that turn out to be the same source: every figure and timeline event of `removeId`
 * moves to `keepId`, in one transaction with an audit entry, and `removeId` is deleted.
 */
export async function mergeSources(actor: Actor, keepId: number, removeId: number, origin: string | null): Promise<SourceChangeResult> {
  if (keepId === removeId) return { ok: false, code: "same_source" };
  return prisma.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<
      Array<{ id: number }>
    >`SELECT id FROM source WHERE id IN (${keepId}, ${removeId}) ORDER BY id FOR UPDATE`;
    if (rows.length !== 2) return { ok: false as const, code: "not_found" as const };
    const [keep, remove] = await Promise.all([
      tx.source.findUniqueOrThrow({ where: { id: keepId } }),
      tx.source.findUniqueOrThrow({ where: { id: removeId } }),
    ]);
    const figures = await tx.figure.updateMany({ where: { sourceId: removeId }, data: { sourceId: keepId } });
    const events = await tx.timelineEvent.updateMany({ where: { sourceId: removeId }, data: { sourceId: keepId } });
    await tx.source.delete({ where: { id: removeId } });
    const after = await tx.source.update({ where: { id: keepId }, data: { version: { increment: 1 } } });
    await recordAudit(tx, {
      actor,
      action: "source.merged",
      entityType: "source",
      entityId: keepId,
      origin,
      before: { kept: keep, removed: remove },
      after: { kept: after, movedFigures: figures.count, movedEvents: events.count },
    });
    return { ok: true as const, source: after };
  });
}

export interface SourceAdminFilter {
  search?: string;
  kind?: SourceKind;
  reliability?: Reliability;
  active?: boolean;
}

export function listSourcesForAdmin(filter: SourceAdminFilter) {
  return prisma.source.findMany({
    where: {
      ...(filter.search
        ? {
            OR: [
              { name: { contains: filter.search, mode: "insensitive" } },
              { affiliation: { contains: filter.search, mode: "insensitive" } },
            ],
          }
        : {}),
      ...(filter.kind ? { kind: filter.kind } : {}),
      ...(filter.reliability ? { reliability: filter.reliability } : {}),
      ...(filter.active === undefined ? {} : { isActive: filter.active }),
    },
    orderBy: { name: "asc" },
    include: { _count: { select: { figures: true, timelineEvents: true } } },
  });
}

export function getSourceForAdmin(id: number) {
  return prisma.source.findUnique({
    where: { id },
    include: { _count: { select: { figures: true, timelineEvents: true } }, gradeHistory: { orderBy: { changedAt: "asc" } } },
  });
}
