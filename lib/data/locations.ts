import "server-only";
import { cache } from "react";
import {
  levelFitsParent,
  parseBoundaryCsv,
  pcodeFitsParent,
  type BoundaryParse,
  type BoundaryRow,
  type LocationInput,
  type PlacementProblem,
} from "@/lib/domain/location-schema";
import { type Prisma, type Location } from "@/lib/generated/prisma/client";
import { recordAudit, type Actor, type Tx } from "./audit";
import { changeVersioned, deleteVersioned, lockingStore, type UpdateRecord } from "./versioned";
import { prisma, readPrisma } from "@/lib/db";
import { isUniqueViolation } from "./prisma-errors";
import { publicRead } from "./read-slots";

export interface PlaceOption {
  pcode: string;
  nameEn: string;
  nameUk: string;
  adminLevel: number;
  /** Depth in the hierarchy (0 for the country), for indenting a list. */
  depth: number;
}

export interface Place {
  id: number;
  pcode: string;
  nameEn: string;
  nameUk: string;
  adminLevel: number;
  parent: { pcode: string; nameEn: string; nameUk: string } | null;
}

// The public place lists read `readPrisma` (the replica when there is one); administration uses `prisma`.

/**
 * The places a public filter offers around the selected one, in tree order: its ancestors, its
 * siblings, and its children (every place below it while there are at most WHOLE_SUBTREE_UP_TO). Bounded by the hierarchy's fan-out, not by the number of places
 * (a list of all 11,000 places made every public page megabytes); a reader reaches any place by
 * choosing a wider or a narrower one step by step. An unknown P-code gets the top level.
 */
const WHOLE_SUBTREE_UP_TO = 200;

export async function listPlacesAround(pcode: string): Promise<PlaceOption[]> {
  const rows = await readPrisma.$queryRaw<(PlaceOption & { id: number; parentId: number | null })[]>`
    WITH selected AS (SELECT id, parent_id FROM location WHERE pcode = ${pcode}),
    ancestors AS (SELECT c.ancestor_id AS id FROM location_closure c JOIN selected ON c.descendant_id = selected.id)
    SELECT l.id, l.parent_id AS "parentId", l.pcode, l.name_en AS "nameEn", l.name_uk AS "nameUk", l.admin_level::int AS "adminLevel",
      (SELECT count(*)::int FROM location_closure up WHERE up.descendant_id = l.id AND up.depth > 0) AS depth
    FROM location l
    WHERE l.id IN (SELECT id FROM ancestors)
      OR l.id IN (
        SELECT c.descendant_id FROM location_closure c JOIN selected ON c.ancestor_id = selected.id
        WHERE c.depth = 1 OR (SELECT count(*) FROM location_closure w WHERE w.ancestor_id = selected.id) <= ${WHOLE_SUBTREE_UP_TO})
      OR l.parent_id IS NOT DISTINCT FROM (SELECT parent_id FROM selected)
      OR (l.parent_id IS NULL AND NOT EXISTS (SELECT 1 FROM selected))`;
  // Tree order: each place followed by the listed places below it, by name.
  const children = new Map<number | null, typeof rows>();
  for (const row of rows) children.set(row.parentId, [...(children.get(row.parentId) ?? []), row]);
  const ids = new Set(rows.map((r) => r.id));
  const ordered: PlaceOption[] = [];
  const visit = (parentId: number | null) => {
    for (const row of (children.get(parentId) ?? []).sort((a, b) => a.nameEn.localeCompare(b.nameEn) || a.pcode.localeCompare(b.pcode))) {
      ordered.push({ pcode: row.pcode, nameEn: row.nameEn, nameUk: row.nameUk, adminLevel: row.adminLevel, depth: row.depth });
      visit(row.id);
    }
  };
  // The top: places whose parent is not listed (the country, or the top level).
  for (const parentId of new Set(rows.filter((r) => r.parentId === null || !ids.has(r.parentId)).map((r) => r.parentId))) visit(parentId);
  return ordered;
}

// Once per request (React's cache), however many parts of a page ask: the page's heading and every
// chart panel (lib/data/series.ts) read the selected place through it.
export const getPlace = cache(async (pcode: string): Promise<Place | null> =>
  publicRead(() =>
    readPrisma.location.findUnique({
      where: { pcode },
      select: {
        id: true,
        pcode: true,
        nameEn: true,
        nameUk: true,
        adminLevel: true,
        parent: { select: { pcode: true, nameEn: true, nameUk: true } },
      },
    }),
  ),
);

export interface PublicLocation {
  id: number;
  pcode: string;
  nameEn: string;
  nameUk: string;
  adminLevel: number;
  parentPcode: string | null;
  latitude: number | null;
  longitude: number | null;
}

/**
 * The hierarchy a page at a time, in id order after `after` (the API's /api/v1/locations): every
 * place, or the subtree of `place`, or one admin level. null when `place` names no place.
 */
export async function pageLocations(query: {
  place: string | null;
  level: number | null;
  after: number | null;
  limit: number;
}): Promise<PublicLocation[] | null> {
  if (query.place !== null && !(await readPrisma.location.findUnique({ where: { pcode: query.place }, select: { id: true } }))) return null;
  return readPrisma.$queryRaw<PublicLocation[]>`
    SELECT l.id, l.pcode, l.name_en AS "nameEn", l.name_uk AS "nameUk", l.admin_level::int AS "adminLevel", p.pcode AS "parentPcode",
      l.latitude::float8 AS latitude, l.longitude::float8 AS longitude
    FROM location l LEFT JOIN location p ON p.id = l.parent_id
    WHERE l.id > ${query.after ?? 0}
      AND (${query.level}::int IS NULL OR l.admin_level = ${query.level}::int)
      AND (${query.place}::text IS NULL OR l.id IN (
        SELECT c.descendant_id FROM location_closure c WHERE c.ancestor_id = (SELECT id FROM location WHERE pcode = ${query.place})))
    ORDER BY l.id
    LIMIT ${query.limit}`;
}

// ------------------------------------------------------------------ administration
// P-codes are unique and extend the parent's; a place sits one level below its parent; a place
// that figures or events refer to is not deleted, and is moved only when the caller confirms
// (after seeing how many figures the move affects). Every change is audited.

export type LocationChangeResult =
  | { ok: true; location: Location }
  | {
      ok: false;
      code: "not_found" | "pcode_taken" | "parent_missing" | "parent_is_self" | "level_mismatch" | "pcode_not_under_parent";
      parentPcode?: string;
    }
  | { ok: false; code: "move_needs_confirmation"; figures: number }
  | { ok: false; code: "in_use"; figures: number; children: number }
  | { ok: false; code: "conflict"; current: Location };

async function checkPlacement(
  tx: Tx,
  input: LocationInput,
  selfId: number | null,
): Promise<Exclude<LocationChangeResult, { ok: true }> | null> {
  if (input.parentId === null) return levelFitsParent(input.adminLevel, null) ? null : { ok: false, code: "level_mismatch" };
  const parent = await tx.location.findUnique({ where: { id: input.parentId } });
  if (!parent) return { ok: false, code: "parent_missing" };
  if (selfId !== null) {
    // Not under itself or one of its own descendants.
    for (let p: Location | null = parent; p; p = p.parentId === null ? null : await tx.location.findUnique({ where: { id: p.parentId } })) {
      if (p.id === selfId) return { ok: false, code: "parent_is_self" };
    }
  }
  if (!levelFitsParent(input.adminLevel, parent.adminLevel)) return { ok: false, code: "level_mismatch" };
  if (!pcodeFitsParent(input.pcode, parent.pcode)) return { ok: false, code: "pcode_not_under_parent", parentPcode: parent.pcode };
  return null;
}

function locationData(input: LocationInput) {
  const { version: _version, confirmMove: _confirm, ...fields } = input;
  return fields;
}

export async function createLocation(actor: Actor, input: LocationInput, origin: string | null): Promise<LocationChangeResult> {
  try {
    return await prisma.$transaction(async (tx) => {
      const problem = await checkPlacement(tx, input, null);
      if (problem) return problem;
      const location = await tx.location.create({ data: locationData(input) });
      await recordAudit(tx, { actor, action: "location.created", entityType: "location", entityId: location.id, after: location, origin });
      return { ok: true as const, location };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, code: "pcode_taken" };
    throw error;
  }
}

/** Figures and timeline events at a place (what a move or delete would affect). */
export async function locationUsage(id: number, tx: Tx | typeof prisma = prisma) {
  const [figures, events, children] = await Promise.all([
    tx.figure.count({ where: { locationId: id } }),
    tx.timelineEvent.count({ where: { locationId: id } }),
    tx.location.count({ where: { parentId: id } }),
  ]);
  return { figures, events, children };
}

const locationStore = lockingStore<Location, Prisma.LocationUncheckedUpdateManyInput>("location", (tx) => tx.location);

type LocationRefusal = Exclude<LocationChangeResult, { ok: true } | { code: "conflict" } | { code: "not_found" }>;

export const updateLocation: UpdateRecord<Actor, LocationInput, LocationChangeResult> = async (actor, id, input, origin) => {
  try {
    const result = await changeVersioned<Location, Prisma.LocationUncheckedUpdateManyInput, LocationRefusal>(
      locationStore,
      id,
      input.version,
      () => null,
      async (before, tx) => {
        const problem = await checkPlacement(tx, input, id);
        if (problem) return problem as LocationRefusal;
        const usage = await locationUsage(id, tx);
        // Children keep P-codes that extend this one's; changing it would orphan their codes.
        if (before.pcode !== input.pcode && usage.children > 0)
          return { ok: false as const, code: "pcode_not_under_parent" as const, parentPcode: before.pcode };
        if (before.parentId !== input.parentId && usage.figures + usage.events > 0 && !input.confirmMove) {
          return { ok: false as const, code: "move_needs_confirmation" as const, figures: usage.figures + usage.events };
        }
        const action = before.parentId !== input.parentId ? "location.moved" : "location.updated";
        return {
          data: locationData(input),
          record: (tx2, _before, after) => recordAudit(tx2, { actor, action, entityType: "location", entityId: id, before, after, origin }),
        };
      },
    );
    return result.ok ? { ok: true, location: result.record } : result;
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, code: "pcode_taken" };
    throw error;
  }
};

export async function deleteLocation(actor: Actor, id: number, version: number, origin: string | null): Promise<LocationChangeResult> {
  type InUse = { ok: false; code: "in_use"; figures: number; children: number };
  const result = await deleteVersioned<Location, InUse>(locationStore, id, version, {
    blocked: async (_location, tx) => {
      const usage = await locationUsage(id, tx);
      const figures = usage.figures + usage.events;
      return figures + usage.children > 0 ? { ok: false, code: "in_use", figures, children: usage.children } : null;
    },
    record: (tx, before) => recordAudit(tx, { actor, action: "location.deleted", entityType: "location", entityId: id, before, origin }),
  });
  return result.ok ? { ok: true, location: result.record } : result;
}

export interface ImportPlanItem extends BoundaryRow {
  action: "create" | "update" | "unchanged";
}

export interface ImportPlan {
  items: ImportPlanItem[];
  /** The file's own errors, as the parser words them (lib/domain/location-schema.ts). */
  errors: BoundaryParse["errors"];
  /** What the database adds, as codes (boundaryImportErrors words both). */
  problems: PlacementProblem[];
}

/** What an import would do: each place created, updated (names) or left as it is, or what stops it. */
export async function planBoundaryImport(csv: string): Promise<ImportPlan> {
  const { rows, errors } = parseBoundaryCsv(csv);
  const problems: PlacementProblem[] = [];
  const existing = new Map(
    (
      await prisma.location.findMany({
        where: { pcode: { in: rows.map((r) => r.pcode) } },
        include: { parent: { select: { pcode: true } } },
      })
    ).map((l) => [l.pcode, l]),
  );
  const known = new Set([...existing.keys(), ...rows.map((r) => r.pcode)]);
  for (const row of rows) {
    if (row.parentPcode && !known.has(row.parentPcode) && !(await prisma.location.findUnique({ where: { pcode: row.parentPcode } }))) {
      problems.push({ line: row.line, code: "parent_unknown", pcode: row.pcode, parentPcode: row.parentPcode });
    }
    const current = existing.get(row.pcode);
    if (current && (current.parent?.pcode ?? null) !== row.parentPcode) {
      problems.push({
        line: row.line,
        code: "parent_differs",
        pcode: row.pcode,
        parentInDatabase: current.parent?.pcode ?? null,
        parentInFile: row.parentPcode,
      });
    }
  }
  const items = rows.map((row) => {
    const current = existing.get(row.pcode);
    const action: ImportPlanItem["action"] = !current
      ? "create"
      : current.nameEn !== row.nameEn || current.nameUk !== row.nameUk
        ? "update"
        : "unchanged";
    return { ...row, action };
  });
  return { items, errors, problems };
}

/** Applies an import all-or-nothing: any error, and nothing is written. */
export async function applyBoundaryImport(actor: Actor, csv: string, origin: string | null) {
  const plan = await planBoundaryImport(csv);
  if (plan.errors.length || plan.problems.length) return { ok: false as const, errors: plan.errors, problems: plan.problems };
  const counts = await prisma.$transaction(async (tx) => {
    let created = 0;
    let updated = 0;
    for (const item of plan.items) {
      if (item.action === "unchanged") continue;
      const parent = item.parentPcode ? await tx.location.findUniqueOrThrow({ where: { pcode: item.parentPcode } }) : null;
      if (item.action === "create") {
        await tx.location.create({
          data: { pcode: item.pcode, nameEn: item.nameEn, nameUk: item.nameUk, adminLevel: item.adminLevel, parentId: parent?.id ?? null },
        });
        created++;
      } else {
        await tx.location.update({
          where: { pcode: item.pcode },
          data: { nameEn: item.nameEn, nameUk: item.nameUk, version: { increment: 1 } },
        });
        updated++;
      }
    }
    await recordAudit(tx, {
      actor,
      action: "location.imported",
      entityType: "location",
      after: { created, updated, places: plan.items.map((i) => `${i.pcode}:${i.action}`) },
      origin,
    });
    return { created, updated };
  });
  return { ok: true as const, ...counts };
}

export function listLocationsForAdmin() {
  return prisma.location.findMany({
    orderBy: [{ adminLevel: "asc" }, { pcode: "asc" }],
    include: { _count: { select: { figures: true, children: true } } },
  });
}

export function getLocationForAdmin(id: number) {
  return prisma.location.findUnique({
    where: { id },
    include: {
      parent: { select: { id: true, pcode: true, nameEn: true } },
      _count: { select: { figures: true, timelineEvents: true, children: true } },
    },
  });
}
