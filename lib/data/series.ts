import "server-only";
// Chart queries. Every public chart reads through this module only, so that later the raw
// aggregates can be served from rollup tables kept current on publish without touching pages.
import { prisma } from "@/lib/db";
import type { Qualifier, Reliability, VerificationStatus } from "@/lib/generated/prisma/enums";

/** One published claim as a chart or table shows it. Dates are ISO calendar dates (UTC). */
export interface ClaimPoint {
  figureId: number;
  sourceId: number;
  sourceName: string;
  reliability: Reliability;
  credibility: number;
  verification: VerificationStatus;
  qualifier: Qualifier;
  noInformation: boolean;
  periodStart: string | null;
  asOf: string;
  low: number | null;
  best: number | null;
  high: number | null;
}

export interface ClaimsOverTime {
  indicator: { slug: string; name: string; unit: string; hxlTag: string };
  location: { pcode: string; nameEn: string; nameUk: string };
  points: ClaimPoint[];
}

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Every source's published claims for one indicator at one place, oldest first: totals only
 * (no sex, age or population-group breakdown). Null when the indicator or place is unknown.
 */
export async function getClaimsOverTime(query: { indicatorSlug: string; pcode: string }): Promise<ClaimsOverTime | null> {
  const [indicator, location] = await Promise.all([
    prisma.indicator.findUnique({ where: { slug: query.indicatorSlug }, select: { id: true, slug: true, name: true, unit: true, hxlTag: true, isPublic: true } }),
    prisma.location.findUnique({ where: { pcode: query.pcode }, select: { id: true, pcode: true, nameEn: true, nameUk: true } }),
  ]);
  if (!indicator?.isPublic || !location) return null;

  const figures = await prisma.figure.findMany({
    where: {
      status: "published",
      indicatorId: indicator.id,
      locationId: location.id,
      sex: null,
      ageGroup: null,
      populationGroup: null,
    },
    orderBy: [{ asOf: "asc" }, { source: { name: "asc" } }, { id: "asc" }],
    select: {
      id: true, periodStart: true, asOf: true, low: true, best: true, high: true, qualifier: true,
      noInformation: true, credibility: true, verification: true,
      source: { select: { id: true, name: true, reliability: true } },
    },
  });

  return {
    indicator: { slug: indicator.slug, name: indicator.name, unit: indicator.unit, hxlTag: indicator.hxlTag },
    location: { pcode: location.pcode, nameEn: location.nameEn, nameUk: location.nameUk },
    points: figures.map((f) => ({
      figureId: f.id,
      sourceId: f.source.id,
      sourceName: f.source.name,
      reliability: f.source.reliability,
      credibility: f.credibility,
      verification: f.verification,
      qualifier: f.qualifier,
      noInformation: f.noInformation,
      periodStart: f.periodStart ? isoDate(f.periodStart) : null,
      asOf: isoDate(f.asOf),
      low: f.low,
      best: f.best,
      high: f.high,
    })),
  };
}
