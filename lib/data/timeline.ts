import "server-only";
import { prisma } from "@/lib/db";
import type { Reliability, VerificationStatus } from "@/lib/domain/enums";
import { Prisma } from "@/lib/generated/prisma/client";
import { subtreeCte } from "./filters-sql";

export interface TimelineEntry {
  id: number;
  occurredOn: string;
  title: string;
  description: string | null;
  pcode: string;
  placeName: string;
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
  /** Newest first and at most this many; all, oldest first, when absent. */
  latest?: number;
}

/** Published timeline events at the place or below it, filtered by source and date. */
export async function listTimelineEvents(query: TimelineQuery): Promise<TimelineEntry[]> {
  const conditions: Prisma.Sql[] = [Prisma.sql`e.status = 'published'`];
  if (query.from) conditions.push(Prisma.sql`e.occurred_on >= ${query.from}::date`);
  if (query.to) conditions.push(Prisma.sql`e.occurred_on <= ${query.to}::date`);
  if (query.sources.length > 0) conditions.push(Prisma.sql`e.source_id = ANY(${query.sources}::int[])`);
  const order = query.latest ? Prisma.sql`ORDER BY e.occurred_on DESC, e.id DESC LIMIT ${query.latest}` : Prisma.sql`ORDER BY e.occurred_on, e.id`;
  return prisma.$queryRaw<TimelineEntry[]>`
    ${subtreeCte(query.place)}
    SELECT e.id, to_char(e.occurred_on, 'YYYY-MM-DD') AS "occurredOn", e.title, e.description,
      l.pcode, l.name_en AS "placeName", s.id AS "sourceId", s.name AS "sourceName", s.reliability::text AS reliability,
      e.credibility::int AS credibility, e.verification::text AS verification, e.source_url AS "sourceUrl"
    FROM timeline_event e
      JOIN subtree st ON st.id = e.location_id
      JOIN location l ON l.id = e.location_id
      JOIN source s ON s.id = e.source_id
    WHERE ${Prisma.join(conditions, " AND ")}
    ${order}`;
}
