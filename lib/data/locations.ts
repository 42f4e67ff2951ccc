import "server-only";
import { prisma } from "@/lib/db";

export interface PlaceOption {
  pcode: string;
  nameEn: string;
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
  parent: { pcode: string; nameEn: string } | null;
}

/** Every place, in tree order (each place followed by the places below it, by name). */
export async function listPlaces(): Promise<PlaceOption[]> {
  return prisma.$queryRaw<PlaceOption[]>`
    WITH RECURSIVE tree (id, pcode, name_en, admin_level, depth, path) AS (
      SELECT id, pcode, name_en, admin_level, 0, ARRAY[name_en::text] FROM location WHERE parent_id IS NULL
      UNION ALL
      SELECT c.id, c.pcode, c.name_en, c.admin_level, t.depth + 1, t.path || c.name_en::text
      FROM location c JOIN tree t ON c.parent_id = t.id
    )
    SELECT pcode, name_en AS "nameEn", admin_level::int AS "adminLevel", depth::int AS depth FROM tree ORDER BY path`;
}

export async function getPlace(pcode: string): Promise<Place | null> {
  const place = await prisma.location.findUnique({
    where: { pcode },
    select: { id: true, pcode: true, nameEn: true, nameUk: true, adminLevel: true, parent: { select: { pcode: true, nameEn: true } } },
  });
  return place;
}
