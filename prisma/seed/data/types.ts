// Shapes of the demo data. The data files reference each other by natural keys (source name,
// indicator slug, P-code, ISO dates), never by database ids; seed.ts resolves them. The closed
// lists (kinds, grades, statuses ...) are lib/domain's, the one type of each.
import type {
  AgeGroup,
  BreakdownDimension,
  Domain,
  MeasureKind,
  PopulationGroup,
  PublicationStatus,
  Qualifier,
  Reliability,
  Role,
  Sex,
  SourceKind,
  VerificationStatus,
} from "../../../lib/domain/enums";
import type { Credibility } from "../../../lib/domain/grades";

/** "YYYY-MM-DD" */
export type IsoDate = `${number}-${number}-${number}`;

export interface SourceSeed {
  /** Natural key; Source.nameKey is lower(trim(name)). */
  name: string;
  kind: SourceKind;
  affiliation: string | null;
  url: string | null;
  reliability: Reliability;
  /** Why the source has this grade, and what its numbers are (and are not). */
  notes: string;
  /** The same in Ukrainian (issue 14: every demo source's notes in both languages). */
  notesUk: string;
}

export interface IndicatorSeed {
  slug: string;
  domain: Domain;
  name: string;
  description: string;
  unit: string;
  /** Ukrainian name, description and unit (the terms OCHA Ukraine and Ukrainian authorities use). */
  nameUk: string;
  descriptionUk: string;
  unitUk: string;
  hxlTag: string;
  allowedBreakdowns: BreakdownDimension[];
  /** Stock as of a date, cumulative since a start, or count during a period. */
  measure: MeasureKind;
  displayOrder: number;
}

export interface LocationSeed {
  pcode: string;
  nameEn: string;
  nameUk: string;
  adminLevel: 0 | 1 | 2 | 3 | 4;
  parentPcode: string | null;
  latitude: number | null;
  longitude: number | null;
  pcodeNote: string | null;
}

export interface UserSeed {
  email: string;
  name: string;
  organisation: string;
  role: Role;
}

/** A figure's estimate: either "no information" or low <= best <= high with a qualifier. */
export type EstimateSeed =
  { noInformation: true } | { noInformation: false; low: number; best: number; high: number; qualifier: Qualifier };

export interface FigureSeed {
  indicator: string;
  location: string;
  source: string;
  /** Start of the counted period; absent for a cumulative "as of" figure. */
  periodStart?: IsoDate;
  asOf: IsoDate;
  estimate: EstimateSeed;
  credibility: Credibility;
  verification: VerificationStatus;
  status: PublicationStatus;
  statusReason?: string;
  sourceUrl?: string | null;
  sourcePublishedAt?: IsoDate | null;
  sourcePlaceName?: string | null;
  sex?: Sex;
  ageGroup?: AgeGroup;
  populationGroup?: PopulationGroup;
  notes?: string;
}

export interface TimelineSeed {
  occurredOn: IsoDate;
  title: string;
  description: string;
  location: string;
  source: string;
  sourceUrl: string | null;
  sourcePublishedAt: IsoDate | null;
  credibility: Credibility;
  verification: VerificationStatus;
  status: PublicationStatus;
}

// ---------------------------------------------------------------- estimate helpers

/** A single number the source states as a count. */
export const exact = (n: number): EstimateSeed => ({ noInformation: false, low: n, best: n, high: n, qualifier: "exact" });

/** "about n"; low/high only when the source itself gave a range. */
export const about = (best: number, low = best, high = best): EstimateSeed => ({
  noInformation: false,
  low,
  best,
  high,
  qualifier: "approximately",
});

/** "at least n" (a floor; high only when the source also gave a ceiling). */
export const atLeast = (n: number, high = n): EstimateSeed => ({ noInformation: false, low: n, best: n, high, qualifier: "at_least" });

/** "more than n" */
export const moreThan = (n: number, high = n): EstimateSeed => ({ noInformation: false, low: n, best: n, high, qualifier: "more_than" });

/** "up to n" */
export const atMost = (n: number, low = n): EstimateSeed => ({ noInformation: false, low, best: n, high: n, qualifier: "at_most" });

/** "fewer than n" */
export const lessThan = (n: number, low = n): EstimateSeed => ({ noInformation: false, low, best: n, high: n, qualifier: "less_than" });

/** The source had nothing to say for this place and period: not zero. */
export const noInfo: EstimateSeed = { noInformation: true };
