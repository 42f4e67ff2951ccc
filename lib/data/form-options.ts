import "server-only";
// The choices of the figure form: indicators grouped by domain, places with their hierarchy (in the
// reader's language), and the active sources with their grades (a deactivated source cannot be cited anew).
import { prisma } from "@/lib/db";
import { placeName } from "@/lib/domain/localized";
import { comparePlacePaths, type PathStep } from "@/lib/domain/place-order";
import { formatFor } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/routing";

/** `citedSourceId`: the source an existing record cites, selectable on it even when deactivated. */
export async function figureFormOptions(locale: Locale, citedSourceId?: number) {
  const [indicators, locations, sources] = await Promise.all([
    prisma.indicator.findMany({
      orderBy: [{ domain: "asc" }, { displayOrder: "asc" }, { name: "asc" }],
      select: { id: true, name: true, domain: true, unit: true, allowedBreakdowns: true },
    }),
    prisma.location.findMany({
      select: { id: true, pcode: true, nameEn: true, nameUk: true, adminLevel: true, parentId: true },
    }),
    prisma.source.findMany({ where: { isActive: true }, orderBy: { name: "asc" }, select: { id: true, name: true, reliability: true } }),
  ]);
  // Each place with the path above it in the reader's language ("Україна › Донецька › Бахмутський"),
  // in tree order, siblings by the name shown in the reader's alphabet.
  const byId = new Map(locations.map((l) => [l.id, l]));
  const steps = (id: number | null): PathStep[] => {
    const found: PathStep[] = [];
    for (let l = id === null ? undefined : byId.get(id); l; l = l.parentId === null ? undefined : byId.get(l.parentId))
      found.unshift({ name: placeName(l, locale), key: l.pcode });
    return found;
  };
  const { compare } = formatFor(locale);
  const places = locations
    .map((l) => {
      const sortPath = steps(l.id);
      return { ...l, path: sortPath.slice(0, -1).map((s) => s.name), sortPath };
    })
    .sort((a, b) => comparePlacePaths(a.sortPath, b.sortPath, compare))
    .map(({ sortPath: _sortPath, ...place }) => place);
  if (citedSourceId !== undefined && !sources.some((s) => s.id === citedSourceId)) {
    const cited = await sourceOption(citedSourceId);
    if (cited) sources.push(cited);
  }
  return { indicators, places, sources };
}
export type FigureFormOptions = Awaited<ReturnType<typeof figureFormOptions>>;

/** A source cited by an existing figure stays selectable on that figure even when deactivated. */
async function sourceOption(id: number) {
  return prisma.source.findUnique({ where: { id }, select: { id: true, name: true, reliability: true } });
}

/**
 * The chosen indicator, place and source that do not exist (a forged or stale form): field
 * names, so the action answers a field error instead of the insert failing on a foreign key.
 */
export async function missingChoices(choices: { indicatorId?: number; locationId: number; sourceId: number }): Promise<string[]> {
  const [indicator, location, source] = await Promise.all([
    choices.indicatorId === undefined ? true : prisma.indicator.count({ where: { id: choices.indicatorId } }),
    prisma.location.count({ where: { id: choices.locationId } }),
    prisma.source.count({ where: { id: choices.sourceId } }),
  ]);
  return [...(indicator ? [] : ["indicatorId"]), ...(location ? [] : ["locationId"]), ...(source ? [] : ["sourceId"])];
}
