import "server-only";
// SQL fragments shared by the public dashboard's queries: the place subtree (recursive CTE over
// location.parent_id) and the filter conditions. Always tagged templates: values travel as
// parameters, never inside the SQL text.
import { allowedCredibilities, allowedReliabilities, type DashboardFilters } from "@/lib/domain/filters";
import { VERIFICATION_STATUSES } from "@/lib/domain/enums";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * `subtree(id, depth, branch_id)`: the place with P-code `pcode` (depth 0) and every place below
 * it; branch_id is the child of that place each row falls under (the place itself at depth 0).
 */
export function subtreeCte(pcode: string): Prisma.Sql {
  return Prisma.sql`WITH RECURSIVE subtree (id, depth, branch_id) AS (
      SELECT l.id, 0, l.id FROM location l WHERE l.pcode = ${pcode}
      UNION ALL
      SELECT c.id, st.depth + 1, CASE WHEN st.depth = 0 THEN c.id ELSE st.branch_id END
      FROM location c JOIN subtree st ON c.parent_id = st.id
    )`;
}

/**
 * Published figures only, then every filter except place: date range, sources, minimum grade,
 * minimum credibility, verification. Expects the aliases `f` (figure) and `s` (source).
 */
export function figureConditions(filters: DashboardFilters, options: { dates?: boolean } = {}): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`f.status = 'published'`];
  if (options.dates !== false) {
    if (filters.from) conditions.push(Prisma.sql`f.as_of >= ${filters.from}::date`);
    if (filters.to) conditions.push(Prisma.sql`f.as_of <= ${filters.to}::date`);
  }
  if (filters.sources.length > 0) conditions.push(Prisma.sql`f.source_id = ANY(${filters.sources}::int[])`);
  if (filters.grade !== "F") conditions.push(Prisma.sql`s.reliability::text = ANY(${allowedReliabilities(filters.grade)}::text[])`);
  if (filters.cred !== 6) conditions.push(Prisma.sql`f.credibility = ANY(${allowedCredibilities(filters.cred)}::int[])`);
  if (filters.ver.length < VERIFICATION_STATUSES.length) conditions.push(Prisma.sql`f.verification::text = ANY(${filters.ver}::text[])`);
  return Prisma.join(conditions, " AND ");
}

export const TOTALS_ONLY = Prisma.sql`f.sex IS NULL AND f.age_group IS NULL AND f.population_group IS NULL`;
export const BREAKDOWNS_ONLY = Prisma.sql`(f.sex IS NOT NULL OR f.age_group IS NOT NULL OR f.population_group IS NOT NULL)`;

/** The columns of a claim as ClaimPoint reads them (aliases f, s, l). */
export const CLAIM_COLUMNS = Prisma.sql`
  f.id AS "figureId", s.id AS "sourceId", s.name AS "sourceName", s.reliability::text AS "reliability",
  f.credibility::int AS "credibility", f.verification::text AS "verification", f.qualifier::text AS "qualifier",
  f.no_information AS "noInformation", to_char(f.period_start, 'YYYY-MM-DD') AS "periodStart",
  to_char(f.as_of, 'YYYY-MM-DD') AS "asOf", f.low, f.best, f.high, f.source_url AS "sourceUrl",
  l.pcode AS "pcode", l.name_en AS "placeName"`;
