// The schema's enums as plain `as const` arrays, so that client code and pure logic can use
// them without loading the Prisma client. Order matters where it means something
// (reliability A..F, publication workflow); enums.test.ts keeps every list equal to
// prisma/schema.prisma.

export const ROLES = ["editor", "reviewer", "admin"] as const;
export type Role = (typeof ROLES)[number];

/** Values double as URL segments of the dashboard. */
export const DOMAINS = ["displacement", "casualties", "infrastructure", "access"] as const;
export type Domain = (typeof DOMAINS)[number];

export const BREAKDOWN_DIMENSIONS = ["sex", "age_group", "population_group"] as const;
export type BreakdownDimension = (typeof BREAKDOWN_DIMENSIONS)[number];

export const SEXES = ["female", "male"] as const;
export type Sex = (typeof SEXES)[number];

export const AGE_GROUPS = ["child", "adult", "older_person"] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];

export const POPULATION_GROUPS = ["civilian", "military"] as const;
export type PopulationGroup = (typeof POPULATION_GROUPS)[number];

export const SOURCE_KINDS = ["un_agency", "government", "party_to_conflict", "ngo", "media", "researcher", "other"] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Admiralty source reliability, from most to least reliable (F, "cannot be judged", last). */
export const RELIABILITIES = ["A", "B", "C", "D", "E", "F"] as const;
export type Reliability = (typeof RELIABILITIES)[number];

export const QUALIFIERS = ["exact", "approximately", "at_least", "at_most", "more_than", "less_than"] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** What an indicator measures: a stock as of a date, a cumulative total since a start, or a count during a period. */
export const MEASURE_KINDS = ["stock", "cumulative", "period"] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];

export const VERIFICATION_STATUSES = ["reported", "corroborated", "verified", "disputed"] as const;
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];

export const PUBLICATION_STATUSES = ["draft", "submitted", "published", "rejected", "retracted"] as const;
export type PublicationStatus = (typeof PUBLICATION_STATUSES)[number];

/** Narrows an untrusted string (a URL segment, a query parameter) to one of `values`. */
export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === "string" && (values as readonly string[]).includes(value);
}

/** Where a bulk import of figures stands (lib/data/figure-import.ts). */
export const IMPORT_BATCH_STATES = ["uploaded", "checked", "applied"] as const;
export type ImportBatchState = (typeof IMPORT_BATCH_STATES)[number];

/** What an import does with a row that repeats an existing figure: leave it out, or refuse the file. */
export const IMPORT_DUPLICATES = ["skip", "stop"] as const;
export type ImportDuplicates = (typeof IMPORT_DUPLICATES)[number];
