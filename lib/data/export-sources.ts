import "server-only";
// The sources an export's figures cite, with their grades and public grade history (the XLSX
// "sources" sheet), and the data version a download is labelled with. Public reads: readPrisma.
import { readPrisma } from "@/lib/db";
import type { Reliability } from "@/lib/domain/enums";
import { GRADE_HISTORY_OLDEST_FIRST, PUBLIC_SOURCE_FIELDS } from "./sources";

export interface ExportSource {
  id: number;
  name: string;
  kind: string;
  affiliation: string | null;
  url: string | null;
  reliability: Reliability;
  /** Oldest first; dates as ISO timestamps (UTC). */
  gradeHistory: { fromGrade: Reliability | null; toGrade: Reliability; changedAt: string; reason: string | null }[];
}

/** The sources with these ids, by name. */
export async function listExportSources(ids: readonly number[]): Promise<ExportSource[]> {
  if (ids.length === 0) return [];
  const rows = await readPrisma.source.findMany({
    where: { id: { in: [...ids] } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { ...PUBLIC_SOURCE_FIELDS, gradeHistory: GRADE_HISTORY_OLDEST_FIRST },
  });
  return rows.map((s) => ({ ...s, gradeHistory: s.gradeHistory.map((g) => ({ ...g, changedAt: g.changedAt.toISOString() })) }));
}

/** Source names for a "read me" (the filter's ids in words). */
export async function sourceNames(ids: readonly number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await readPrisma.source.findMany({ where: { id: { in: [...ids] } }, select: { id: true, name: true } });
  return new Map(rows.map((r) => [r.id, r.name]));
}
