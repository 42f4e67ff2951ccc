import "server-only";
import { prisma } from "@/lib/db";
import type { BreakdownDimension, Domain } from "@/lib/domain/enums";

export interface PublicIndicator {
  id: number;
  slug: string;
  domain: Domain;
  name: string;
  description: string | null;
  unit: string;
  hxlTag: string;
  allowedBreakdowns: BreakdownDimension[];
}

const select = { id: true, slug: true, domain: true, name: true, description: true, unit: true, hxlTag: true, allowedBreakdowns: true } as const;

/** The public indicators of a domain, in display order. */
export async function listPublicIndicators(domain: Domain): Promise<PublicIndicator[]> {
  return prisma.indicator.findMany({ where: { domain, isPublic: true }, orderBy: [{ displayOrder: "asc" }, { name: "asc" }], select });
}

/** A public indicator by slug; null when unknown or hidden. */
export async function getPublicIndicator(slug: string): Promise<PublicIndicator | null> {
  return prisma.indicator.findFirst({ where: { slug, isPublic: true }, select });
}
