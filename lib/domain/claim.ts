// One published claim as the read path carries it: to a chart (the fields it draws), a table, a
// page and a download. One type for all of them, so a column added here reaches each.
import type { Qualifier, Reliability, VerificationStatus } from "./enums";

/** A published claim; dates are ISO calendar dates ("YYYY-MM-DD", UTC). */
export interface ClaimRow {
  figureId: number;
  sourceId: number;
  sourceName: string;
  reliability: Reliability;
  credibility: number;
  verification: VerificationStatus;
  qualifier: Qualifier;
  noInformation: boolean;
  periodStart: string | null;
  /** A full ISO timestamp is accepted where only the date is used. */
  asOf: string;
  low: number | null;
  best: number | null;
  high: number | null;
  sourceUrl: string | null;
  /** The place the claim is about. */
  pcode: string;
  placeName: string;
  /** The place's Ukrainian name (pick with lib/domain/localized.ts); absent where a caller built the row itself. */
  placeNameUk?: string | null;
}

/** What a chart reads of a claim. */
export type FigureRow = Pick<
  ClaimRow,
  | "figureId"
  | "sourceId"
  | "sourceName"
  | "reliability"
  | "asOf"
  | "low"
  | "best"
  | "high"
  | "noInformation"
  | "qualifier"
  | "credibility"
  | "verification"
> &
  /** Set: a count during [periodStart, asOf]; null or absent: a stock or running total as of asOf. */
  Partial<Pick<ClaimRow, "periodStart">>;
