import { describe, expect, it } from "vitest";
import * as generated from "@/lib/generated/prisma/enums";
import {
  AGE_GROUPS,
  BREAKDOWN_DIMENSIONS,
  DOMAINS,
  IMPORT_BATCH_STATES,
  IMPORT_DUPLICATES,
  POPULATION_GROUPS,
  PUBLICATION_STATUSES,
  QUALIFIERS,
  RELIABILITIES,
  ROLES,
  SEXES,
  SOURCE_KINDS,
  VERIFICATION_STATUSES,
  isOneOf,
} from "./enums";

describe("enum lists", () => {
  it.each([
    ["Role", ROLES, generated.Role],
    ["Domain", DOMAINS, generated.Domain],
    ["BreakdownDimension", BREAKDOWN_DIMENSIONS, generated.BreakdownDimension],
    ["Sex", SEXES, generated.Sex],
    ["AgeGroup", AGE_GROUPS, generated.AgeGroup],
    ["PopulationGroup", POPULATION_GROUPS, generated.PopulationGroup],
    ["SourceKind", SOURCE_KINDS, generated.SourceKind],
    ["Reliability", RELIABILITIES, generated.Reliability],
    ["Qualifier", QUALIFIERS, generated.Qualifier],
    ["VerificationStatus", VERIFICATION_STATUSES, generated.VerificationStatus],
    ["PublicationStatus", PUBLICATION_STATUSES, generated.PublicationStatus],
    ["ImportBatchState", IMPORT_BATCH_STATES, generated.ImportBatchState],
    ["ImportDuplicates", IMPORT_DUPLICATES, generated.ImportDuplicates],
  ])("%s matches prisma/schema.prisma, in order", (_name, ours, theirs) => {
    expect([...ours]).toEqual(Object.values(theirs));
  });

  it("narrows untrusted strings", () => {
    expect(isOneOf(DOMAINS, "casualties")).toBe(true);
    expect(isOneOf(DOMAINS, "Casualties")).toBe(false);
    expect(isOneOf(DOMAINS, undefined)).toBe(false);
    expect(isOneOf(DOMAINS, 1)).toBe(false);
  });
});
