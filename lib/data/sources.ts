import "server-only";
import { prisma } from "@/lib/db";
import type { Reliability, SourceKind } from "@/lib/domain/enums";
import { CLAIM_COLUMNS } from "./filters-sql";
import type { ClaimPoint } from "./series";

export interface SourceSummary {
  id: number;
  name: string;
  kind: SourceKind;
  affiliation: string | null;
  reliability: Reliability;
  publishedFigures: number;
}

/** Every source, best graded first, with how many published figures it backs. */
export async function listSourcesWithCounts(): Promise<SourceSummary[]> {
  return prisma.$queryRaw<SourceSummary[]>`
    SELECT s.id, s.name, s.kind::text AS kind, s.affiliation, s.reliability::text AS reliability,
      COUNT(f.id)::int AS "publishedFigures"
    FROM source s LEFT JOIN figure f ON f.source_id = s.id AND f.status = 'published'
    GROUP BY s.id
    ORDER BY s.reliability, s.name`;
}

export interface SourceOption {
  id: number;
  name: string;
  reliability: Reliability;
}

/** Sources for the dashboard's source filter, by name. */
export async function listSourceOptions(): Promise<SourceOption[]> {
  return prisma.source.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, reliability: true } });
}

export interface SourceFigure extends ClaimPoint {
  indicatorSlug: string;
  indicatorName: string;
  domain: string;
}

export interface SourceDetail {
  id: number;
  name: string;
  kind: SourceKind;
  affiliation: string | null;
  url: string | null;
  reliability: Reliability;
  notes: string | null;
  gradeHistory: { id: number; fromGrade: Reliability | null; toGrade: Reliability; changedAt: string; reason: string | null }[];
  figures: SourceFigure[];
}

/** A source with its grade history and its published figures (public indicators only), newest first. */
export async function getSourceDetail(id: number): Promise<SourceDetail | null> {
  const source = await prisma.source.findUnique({
    where: { id },
    select: {
      id: true, name: true, kind: true, affiliation: true, url: true, reliability: true, notes: true,
      gradeHistory: { orderBy: [{ changedAt: "desc" }, { id: "desc" }], select: { id: true, fromGrade: true, toGrade: true, changedAt: true, reason: true } },
    },
  });
  if (!source) return null;
  const figures = await prisma.$queryRaw<SourceFigure[]>`
    SELECT ${CLAIM_COLUMNS}, i.slug AS "indicatorSlug", i.name AS "indicatorName", i.domain::text AS "domain"
    FROM figure f
      JOIN source s ON s.id = f.source_id
      JOIN location l ON l.id = f.location_id
      JOIN indicator i ON i.id = f.indicator_id
    WHERE f.source_id = ${id} AND f.status = 'published' AND i.is_public
    ORDER BY f.as_of DESC, i.domain, i.display_order, l.name_en, f.id`;
  return {
    ...source,
    gradeHistory: source.gradeHistory.map((g) => ({ ...g, changedAt: g.changedAt.toISOString().slice(0, 10) })),
    figures,
  };
}
