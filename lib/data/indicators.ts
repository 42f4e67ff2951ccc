import "server-only";
import { cache } from "react";
import { prisma, readPrisma } from "@/lib/db";
import { isUniqueViolation } from "./prisma-errors";
import { publicRead } from "./read-slots";
import type { BreakdownDimension, Domain, MeasureKind } from "@/lib/domain/enums";
import { SLUG, type IndicatorInput } from "@/lib/domain/indicator-schema";
import { type Prisma, type Indicator } from "@/lib/generated/prisma/client";
import { recordAudit, type Actor, type Tx } from "./audit";
import { changeVersioned, prismaStore, type UpdateRecord } from "./versioned";

export interface PublicIndicator {
  id: number;
  slug: string;
  domain: Domain;
  name: string;
  description: string | null;
  unit: string;
  /** Ukrainian texts (null where none was written: the English one is shown). */
  nameUk: string | null;
  descriptionUk: string | null;
  unitUk: string | null;
  hxlTag: string;
  allowedBreakdowns: BreakdownDimension[];
  measure: MeasureKind;
}

const select = {
  id: true,
  slug: true,
  domain: true,
  name: true,
  description: true,
  unit: true,
  nameUk: true,
  descriptionUk: true,
  unitUk: true,
  hxlTag: true,
  allowedBreakdowns: true,
  measure: true,
} as const;

// Public reads use `readPrisma` (the replica when there is one); staff pages and writes use `prisma`.

/** The public indicators of a domain, in display order. */
export async function listPublicIndicators(domain: Domain): Promise<PublicIndicator[]> {
  return readPrisma.indicator.findMany({ where: { domain, isPublic: true }, orderBy: [{ displayOrder: "asc" }, { name: "asc" }], select });
}

/**
 * A public indicator by slug; null when unknown or hidden. Read once per request (React's cache)
 * however many parts of a page ask (an indicator's page, its metadata and its panels).
 */
export const getPublicIndicator = cache(async (slug: string): Promise<PublicIndicator | null> => {
  // A slug from a URL that no indicator can have (e.g. with a NUL) is not worth a query.
  if (slug.length > 80 || !SLUG.test(slug)) return null;
  return publicRead(() => readPrisma.indicator.findFirst({ where: { slug, isPublic: true }, select }));
});

/** Every public indicator, by domain and display order (the API's /api/v1/indicators). */
export async function listAllPublicIndicators(): Promise<PublicIndicator[]> {
  return readPrisma.indicator.findMany({
    where: { isPublic: true },
    orderBy: [{ domain: "asc" }, { displayOrder: "asc" }, { name: "asc" }, { id: "asc" }],
    select,
  });
}

// ------------------------------------------------------------------ administration
// Indicators are never deleted (figures point at them): they are hidden from the public
// dashboard instead. A breakdown that figures use cannot be taken away.

export type IndicatorChangeResult =
  | { ok: true; indicator: Indicator }
  | { ok: false; code: "not_found" | "slug_taken" }
  | { ok: false; code: "breakdown_in_use"; dimensions: BreakdownDimension[] }
  | { ok: false; code: "conflict"; current: Indicator };

const BREAKDOWN_COLUMNS: Record<BreakdownDimension, Prisma.FigureWhereInput> = {
  sex: { sex: { not: null } },
  age_group: { ageGroup: { not: null } },
  population_group: { populationGroup: { not: null } },
};

/** The breakdowns that figures of this indicator use. */
export async function breakdownsInUse(indicatorId: number, tx: Tx | typeof prisma = prisma): Promise<BreakdownDimension[]> {
  const used: BreakdownDimension[] = [];
  for (const [dimension, where] of Object.entries(BREAKDOWN_COLUMNS) as Array<[BreakdownDimension, Prisma.FigureWhereInput]>) {
    if (await tx.figure.count({ where: { indicatorId, ...where }, take: 1 })) used.push(dimension);
  }
  return used;
}

function indicatorData(input: IndicatorInput) {
  const { version: _version, ...fields } = input;
  return fields;
}

export async function createIndicator(actor: Actor, input: IndicatorInput, origin: string | null): Promise<IndicatorChangeResult> {
  try {
    return await prisma.$transaction(async (tx) => {
      const indicator = await tx.indicator.create({ data: indicatorData(input) });
      await recordAudit(tx, {
        actor,
        action: "indicator.created",
        entityType: "indicator",
        entityId: indicator.id,
        after: indicator,
        origin,
      });
      return { ok: true as const, indicator };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, code: "slug_taken" };
    throw error;
  }
}

const indicatorStore = prismaStore<Indicator, Prisma.IndicatorUpdateManyMutationInput>((tx) => tx.indicator);

export const updateIndicator: UpdateRecord<Actor, IndicatorInput, IndicatorChangeResult> = async (actor, id, input, origin) => {
  try {
    const result = await changeVersioned<
      Indicator,
      Prisma.IndicatorUpdateManyMutationInput,
      { ok: false; code: "breakdown_in_use"; dimensions: BreakdownDimension[] }
    >(
      indicatorStore,
      id,
      input.version,
      () => null,
      async (before, tx) => {
        // Locked: a figure insert checks its foreign key with a share lock on this row, so no
        // figure can start using a breakdown between this check and the update.
        await tx.$queryRaw`SELECT id FROM indicator WHERE id = ${id} FOR UPDATE`;
        const removed = before.allowedBreakdowns.filter((d) => !input.allowedBreakdowns.includes(d));
        const stillUsed = (await breakdownsInUse(id, tx)).filter((d) => removed.includes(d));
        if (stillUsed.length) return { ok: false as const, code: "breakdown_in_use" as const, dimensions: stillUsed };
        return {
          data: indicatorData(input),
          record: (tx2, _before, after) =>
            recordAudit(tx2, { actor, action: "indicator.updated", entityType: "indicator", entityId: id, before, after, origin }),
        };
      },
    );
    return result.ok ? { ok: true, indicator: result.record } : result;
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, code: "slug_taken" };
    throw error;
  }
};

export function listIndicatorsForAdmin() {
  return prisma.indicator.findMany({
    orderBy: [{ domain: "asc" }, { displayOrder: "asc" }, { name: "asc" }],
    include: { _count: { select: { figures: true } } },
  });
}

export function getIndicatorForAdmin(id: number) {
  return prisma.indicator.findUnique({ where: { id }, include: { _count: { select: { figures: true } } } });
}
