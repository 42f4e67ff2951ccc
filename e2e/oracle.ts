// The demo data set as the end-to-end tests' oracle: what the e2e database was seeded with.
import { summarizeDomain, type DomainSummary, type PlacedClaim } from "../lib/domain/dashboard";
import { figures } from "../prisma/seed/data/figures";
import { indicators } from "../prisma/seed/data/indicators";
import { locations } from "../prisma/seed/data/locations";
import { sources } from "../prisma/seed/data/sources";
import { timeline } from "../prisma/seed/data/timeline";

export type SeedFigure = (typeof figures)[number];

export const isTotal = (f: SeedFigure) => !f.sex && !f.ageGroup && !f.populationGroup;
export const bestOf = (f: SeedFigure) => (f.estimate.noInformation ? null : f.estimate.best);

/** The P-code and every P-code below it. */
export function subtree(pcode: string): Set<string> {
  const found = new Set([pcode]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const l of locations) {
      if (l.parentPcode && found.has(l.parentPcode) && !found.has(l.pcode)) {
        found.add(l.pcode);
        grew = true;
      }
    }
  }
  return found;
}

export const placeName = (pcode: string) => locations.find((l) => l.pcode === pcode)!.nameEn;

/** Published totals of one indicator about one place itself (what a claims chart draws). */
export function claimsAt(indicator: string, pcode: string, keep: (f: SeedFigure) => boolean = () => true): SeedFigure[] {
  return figures.filter((f) => f.indicator === indicator && f.location === pcode && f.status === "published" && isTotal(f) && keep(f));
}

/** Each source's latest claim of a list (the later entry on the same date), as a domain page's table lists them. */
export function latestPerSource(list: SeedFigure[]): SeedFigure[] {
  const latest = new Map<string, SeedFigure>();
  for (const f of list) {
    const kept = latest.get(f.source);
    if (!kept || f.asOf >= kept.asOf) latest.set(f.source, f);
  }
  return [...latest.values()];
}

export const sourcesOf = (list: SeedFigure[]) => [...new Set(list.map((f) => f.source))].sort();
export const reliabilityOf = (name: string) => sources.find((s) => s.name === name)!.reliability;
export const claimsDrawn = (list: SeedFigure[]) => new Set(list.filter((f) => bestOf(f) !== null).map((f) => `${f.source}@${f.asOf}`)).size;

/**
 * The markers a claims chart draws for claims with a number: on the lines, one per source and date
 * for stocks and running totals; apart from them, one per count during a period (a figure with a
 * period start, or any figure of a "period" indicator), never on a line.
 */
export function markersDrawn(list: SeedFigure[]): { lines: number; line: number; period: number } {
  const measure = (slug: string) => indicators.find((i) => i.slug === slug)!.measure;
  const isPeriod = (f: SeedFigure) => measure(f.indicator) === "period" || !!f.periodStart;
  const withNumbers = list.filter((f) => bestOf(f) !== null);
  return {
    // Sources with a stock or running total (a number or "no information") have a line and band.
    lines: new Set(list.filter((f) => !isPeriod(f)).map((f) => f.source)).size,
    line: claimsDrawn(withNumbers.filter((f) => !isPeriod(f))),
    period: withNumbers.filter(isPeriod).length,
  };
}

export const publicIndicators = (domain: string) =>
  indicators.filter((i) => i.domain === domain).sort((a, b) => a.displayOrder - b.displayOrder);

export { figures, indicators, locations, sources, timeline };

/** A minimal RFC 4180 reader, for checking downloads. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** A claim's identity across the seed and an export: indicator, place, source, "as of", best and breakdown. */
export const claimKey = (c: {
  indicator: string;
  place: string;
  source: string;
  asOf: string;
  best: number | string | null;
  sex?: string | null;
  ageGroup?: string | null;
  populationGroup?: string | null;
}) => [c.indicator, c.place, c.source, c.asOf, c.best ?? "", c.sex ?? "", c.ageGroup ?? "", c.populationGroup ?? ""].join("|");

export const seedClaimKey = (f: SeedFigure) =>
  claimKey({
    indicator: f.indicator,
    place: f.location,
    source: f.source,
    asOf: f.asOf,
    best: bestOf(f),
    sex: f.sex,
    ageGroup: f.ageGroup,
    populationGroup: f.populationGroup,
  });

/** The claim keys of an export's records (CSV rows read with the header, or JSON objects), sorted. */
export function exportedClaimKeys(records: Record<string, string | number | boolean | null>[]): string[] {
  return records
    .map((r) =>
      claimKey({
        indicator: String(r.indicator),
        place: String(r.place_pcode),
        source: String(r.source),
        asOf: String(r.as_of),
        best: r.best === null || r.best === "" ? null : String(r.best),
        sex: (r.sex as string | null) || null,
        ageGroup: (r.age_group as string | null) || null,
        populationGroup: (r.population_group as string | null) || null,
      }),
    )
    .sort();
}

/** CSV rows (header, hashtag row, records) as objects keyed by the header. */
export function csvRecords(rows: string[][]): Record<string, string>[] {
  const [header, , ...records] = rows;
  return records.map((r) => Object.fromEntries(header!.map((name, i) => [name, r[i] ?? ""])));
}

/**
 * The overview card of a domain for a place, from the seed by the card rule (summarizeDomain):
 * the first public indicator in display order with a claim under the place, at the nearest depth,
 * each source's latest total per place there (the later entry on one date). Null: no card figure.
 */
export function expectedCard(domain: string, pcode: string): DomainSummary | null {
  const levelOf = (p: string) => locations.find((l) => l.pcode === p)!.adminLevel;
  const inScope = subtree(pcode);
  for (const indicator of publicIndicators(domain)) {
    const latest = new Map<string, { f: SeedFigure; index: number }>();
    figures.forEach((f, index) => {
      if (f.indicator !== indicator.slug || f.status !== "published" || !isTotal(f) || !inScope.has(f.location)) return;
      const key = `${f.location}|${f.source}`;
      const kept = latest.get(key);
      if (!kept || f.asOf >= kept.f.asOf) latest.set(key, { f, index });
    });
    const depths = [...new Set([...latest.values()].map(({ f }) => levelOf(f.location) - levelOf(pcode)))].sort((a, b) => a - b);
    for (const depth of depths) {
      const claims: PlacedClaim[] = [...latest.values()]
        .filter(({ f }) => levelOf(f.location) - levelOf(pcode) === depth)
        .map(({ f, index }) => ({
          figureId: index + 1,
          sourceId: sources.findIndex((s) => s.name === f.source) + 1,
          sourceName: f.source,
          reliability: reliabilityOf(f.source),
          credibility: f.credibility,
          verification: f.verification,
          qualifier: f.estimate.noInformation ? "exact" : f.estimate.qualifier,
          noInformation: f.estimate.noInformation,
          asOf: f.asOf,
          low: f.estimate.noInformation ? null : f.estimate.low,
          best: f.estimate.noInformation ? null : f.estimate.best,
          high: f.estimate.noInformation ? null : f.estimate.high,
          indicatorSlug: indicator.slug,
          indicatorName: indicator.name,
          unit: indicator.unit,
          displayOrder: indicator.displayOrder,
          pcode: f.location,
          placeName: placeName(f.location),
          depth,
        }));
      const summary = summarizeDomain(claims);
      if (summary) return summary;
    }
  }
  return null;
}
