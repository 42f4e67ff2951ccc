import { describe, expect, it } from "vitest";
import {
  AGE_GROUPS,
  BREAKDOWN_DIMENSIONS,
  DOMAINS,
  POPULATION_GROUPS,
  PUBLICATION_STATUSES,
  QUALIFIERS,
  ROLES,
  SEXES,
  SOURCE_KINDS,
  VERIFICATION_STATUSES,
} from "./enums";
import { messages } from "./messages";
import { PUBLICATION_ACTIONS } from "./status";

describe("messages", () => {
  it.each([
    ["role", ROLES, messages.role],
    ["domain", DOMAINS, messages.domain],
    ["sourceKind", SOURCE_KINDS, messages.sourceKind],
    ["breakdownDimension", BREAKDOWN_DIMENSIONS, messages.breakdownDimension],
    ["sex", SEXES, messages.sex],
    ["ageGroup", AGE_GROUPS, messages.ageGroup],
    ["populationGroup", POPULATION_GROUPS, messages.populationGroup],
    ["qualifierLabel", QUALIFIERS, messages.qualifierLabel],
    ["qualifierPhrase", QUALIFIERS, messages.qualifierPhrase],
    ["verification", VERIFICATION_STATUSES, messages.verification],
    ["verificationDescription", VERIFICATION_STATUSES, messages.verificationDescription],
    ["publicationStatus", PUBLICATION_STATUSES, messages.publicationStatus],
    ["publicationAction", PUBLICATION_ACTIONS, messages.publicationAction],
  ] as const)("labels every value of %s and nothing else", (_name, values, labels) => {
    expect(Object.keys(labels).sort()).toEqual([...values].sort());
    for (const label of Object.values(labels)) expect(label.trim()).not.toBe("");
  });

  it("writes error messages as sentences", () => {
    for (const [code, message] of Object.entries(messages.errors)) {
      const texts =
        typeof message === "string"
          ? [message]
          : typeof message === "function"
            ? [(message as (...args: unknown[]) => string)("at_least", "UA14")]
            : Object.values(message);
      for (const text of texts) expect(text, code).toMatch(/^[A-Z].*\.$/);
    }
  });
});
