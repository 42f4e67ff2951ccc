import "server-only";
// What someone else changed in a figure since a form loaded it: the revision at the loaded
// version against the figure as it is now.
import { prisma } from "@/lib/db";
import { FIGURE_FIELDS } from "@/lib/domain/figure-schema";
import type { Figure } from "@/lib/generated/prisma/client";

const COMPARED = [...FIGURE_FIELDS, "status"] as const;

function text(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}T/.test(value)) return value.slice(0, 10);
  return String(value);
}

export async function figureChanges(current: Figure, loadedVersion: number) {
  const loaded = await prisma.figureRevision.findUnique({ where: { figureId_version: { figureId: current.id, version: loadedVersion } } });
  const before = (loaded?.snapshot ?? {}) as Record<string, unknown>;
  const changes = COMPARED.filter((field) => text(before[field]) !== text(current[field])).map((field) => ({
    field,
    theirs: text(current[field]),
  }));
  return { currentVersion: current.version, changes };
}
