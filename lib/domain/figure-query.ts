// Which published figures a whole-data read wants: the API's /api/v1/figures, the exports and
// the "Download data" of a domain page. The dashboard's vocabulary (place with everything below
// it, dates, source, minimum grade and credibility, verification) plus what a machine reader
// needs (indicator or domain, breakdowns, updated_since for incremental sync).
import type { DashboardFilters } from "./filters";
import type { AgeGroup, Domain, PopulationGroup, Reliability, Sex, VerificationStatus } from "./enums";
import { VERIFICATION_STATUSES } from "./enums";
import type { Credibility } from "./grades";

export interface FigureQuery {
  /** P-code; the place and everything below it. null: everywhere. */
  place: string | null;
  /** "as of" range, YYYY-MM-DD, inclusive. */
  from: string | null;
  to: string | null;
  /** Indicator slugs; empty: every public indicator. */
  indicators: string[];
  domain: Domain | null;
  sources: number[];
  /** Minimum source reliability (current grade); F lets every grade through. */
  grade: Reliability;
  /** Minimum credibility; 6 lets every credibility through. */
  cred: Credibility;
  ver: VerificationStatus[];
  /** Only figures changed after this instant (ISO timestamp). */
  updatedSince: string | null;
  /** Breakdown values; empty: no restriction. "total" matches claims without that breakdown. */
  sex: (Sex | "total")[];
  ageGroup: (AgeGroup | "total")[];
  populationGroup: (PopulationGroup | "total")[];
}

export const ALL_FIGURES: FigureQuery = {
  place: null,
  from: null,
  to: null,
  indicators: [],
  domain: null,
  sources: [],
  grade: "F",
  cred: 6,
  ver: [...VERIFICATION_STATUSES],
  updatedSince: null,
  sex: [],
  ageGroup: [],
  populationGroup: [],
};

/** The dashboard's filters on a domain page (or one indicator of it) as a whole-data query. */
export function figureQueryFromFilters(filters: DashboardFilters, scope: { domain?: Domain; indicator?: string }): FigureQuery {
  return {
    ...ALL_FIGURES,
    place: filters.place,
    from: filters.from,
    to: filters.to,
    sources: [...filters.sources],
    grade: filters.grade,
    cred: filters.cred,
    ver: [...filters.ver],
    domain: scope.domain ?? null,
    indicators: scope.indicator ? [scope.indicator] : [],
  };
}
