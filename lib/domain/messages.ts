// The words of lib/domain's rules (grades, qualifiers, statuses, field errors), in the reader's
// language. The words themselves are in messages/<locale>/domain.json (ICU, plurals included);
// this builds from them the `Messages` object that the rules and schemas take, so logic never holds
// a sentence. On the server: messagesFor(locale) (lib/i18n/domain-messages.ts); in a client
// component: useDomainMessages() (components/i18n/use-domain-messages.ts). Phrases that embed values
// are functions, because word order and plural forms differ between languages.
import { createTranslator } from "use-intl/core";
import enDomain from "@/messages/en/domain.json" with { type: "json" };
import * as enums from "./enums";
import { CREDIBILITIES, type Credibility } from "./grades";
import type { FreshnessLevel } from "./chart-series";
import type { PasswordProblem } from "./password-policy";
import type { PublicationAction, ReasonedAction } from "./status";

/** Looks up a key of messages/<locale>/domain.json, with ICU values. */
export type DomainTranslator = (key: string, values?: Record<string, string | number>) => string;

/** The words of each value of a closed list (one of lib/domain/enums.ts's): every value has its words, none is left out. */
const pick = <K extends string>(keys: readonly K[], t: DomainTranslator, prefix: string) =>
  Object.fromEntries(keys.map((k) => [k, t(`${prefix}.${k}`)])) as Record<K, string>;

/** The rules' words in one language, from a translator over that language's domain.json. */
export function domainMessages(t: DomainTranslator) {
  const reliability = pick(enums.RELIABILITIES, t, "reliability");
  const credibility = Object.fromEntries(CREDIBILITIES.map((c) => [c, t(`credibility.${c}`)])) as Record<Credibility, string>;
  const qualifierPhrase = pick(enums.QUALIFIERS, t, "qualifierPhrase");
  return {
    reliability,
    credibility,
    /** "B2: source usually reliable; information probably true" (for a title or tooltip). */
    gradeDescription: (grade: string, r: enums.Reliability, c: Credibility) =>
      t("gradeDescription", { grade, reliability: reliability[r].toLowerCase(), credibility: credibility[c].toLowerCase() }),

    /** How a qualifier reads in front of a number: "at least 8,000,000". */
    qualifierPhrase,
    /** Option labels of the qualifier select. */
    qualifierLabel: pick(enums.QUALIFIERS, t, "qualifierLabel"),

    estimate: {
      noInformation: t("estimate.noInformation"),
      qualified: (phrase: string, best: string) => t("estimate.qualified", { phrase, best }),
      range: (low: string, high: string) => t("estimate.range", { low, high }),
      withRange: (main: string, range: string) => t("estimate.withRange", { main, range }),
    },

    measureKind: pick(enums.MEASURE_KINDS, t, "measureKind"),
    verification: pick(enums.VERIFICATION_STATUSES, t, "verification"),
    verificationDescription: pick(enums.VERIFICATION_STATUSES, t, "verificationDescription"),
    publicationStatus: pick(enums.PUBLICATION_STATUSES, t, "publicationStatus"),
    publicationAction: pick(
      ["submit", "withdraw", "publish", "reject", "return", "revise", "retract"],
      t,
      "publicationAction",
    ) satisfies Record<PublicationAction, string>,
    role: pick(enums.ROLES, t, "role"),
    domain: pick(enums.DOMAINS, t, "domain"),
    sourceKind: pick(enums.SOURCE_KINDS, t, "sourceKind"),
    breakdownDimension: pick(enums.BREAKDOWN_DIMENSIONS, t, "breakdownDimension"),
    sex: pick(enums.SEXES, t, "sex"),
    ageGroup: pick(enums.AGE_GROUPS, t, "ageGroup"),
    populationGroup: pick(enums.POPULATION_GROUPS, t, "populationGroup"),
    freshness: pick(["fresh", "ageing", "stale"], t, "freshness") satisfies Record<FreshnessLevel, string>,
    age: (days: number) => t("age", { days }),

    errors: {
      indicatorRequired: t("errors.indicatorRequired"),
      locationRequired: t("errors.locationRequired"),
      sourceRequired: t("errors.sourceRequired"),
      invalidChoice: t("errors.invalidChoice"),

      asOfRequired: t("errors.asOfRequired"),
      occurredOnRequired: t("errors.occurredOnRequired"),
      invalidDate: t("errors.invalidDate"),
      dateTooEarly: (earliest: string) => t("errors.dateTooEarly", { earliest }),
      asOfInFuture: t("errors.asOfInFuture"),
      periodStartInFuture: t("errors.periodStartInFuture"),
      periodStartAfterAsOf: t("errors.periodStartAfterAsOf"),
      sourcePublishedInFuture: t("errors.sourcePublishedInFuture"),
      occurredOnInFuture: t("errors.occurredOnInFuture"),

      notWholeNumber: t("errors.notWholeNumber"),
      numberTooLarge: (max: number) => t("errors.numberTooLarge", { max }),
      noInformationHasNumbers: t("errors.noInformationHasNumbers"),
      bestRequired: t("errors.bestRequired"),
      lowAndHighTogether: t("errors.lowAndHighTogether"),
      lowAboveBest: t("errors.lowAboveBest"),
      bestAboveHigh: t("errors.bestAboveHigh"),
      exactNeedsSingleNumber: t("errors.exactNeedsSingleNumber"),
      lowMustEqualBest: (q: enums.Qualifier) => t("errors.lowMustEqualBest", { phrase: qualifierPhrase[q] }),
      highMustEqualBest: (q: enums.Qualifier) => t("errors.highMustEqualBest", { phrase: qualifierPhrase[q] }),

      qualifierInvalid: t("errors.qualifierInvalid"),
      credibilityRequired: t("errors.credibilityRequired"),
      verificationInvalid: t("errors.verificationInvalid"),
      checkboxInvalid: t("errors.checkboxInvalid"),
      urlInvalid: t("errors.urlInvalid"),
      textTooLong: (max: number) => t("errors.textTooLong", { max }),
      titleRequired: t("errors.titleRequired"),
      versionInvalid: t("errors.versionInvalid"),
      idInvalid: t("errors.idInvalid"),
      textUnstorable: t("errors.textUnstorable"),

      pcodeInvalid: t("errors.pcodeInvalid"),
      pcodeTaken: t("errors.pcodeTaken"),
      pcodeNotUnderParent: (parent: string) => t("errors.pcodeNotUnderParent", { parent }),
      placeNameRequired: t("errors.placeNameRequired"),
      adminLevelInvalid: t("errors.adminLevelInvalid"),
      levelNotUnderParent: t("errors.levelNotUnderParent"),
      parentMissing: t("errors.parentMissing"),
      parentIsSelf: t("errors.parentIsSelf"),
      coordinateInvalid: t("errors.coordinateInvalid"),
      coordinatesTogether: t("errors.coordinatesTogether"),
      moveNeedsConfirmation: (figures: number) => t("errors.moveNeedsConfirmation", { figures }),
      locationInUse: (figures: number, places: number) => t("errors.locationInUse", { figures, places }),
      csvNoPcodeColumns: t("errors.csvNoPcodeColumns"),
      csvQuoteNotClosed: t("errors.csvQuoteNotClosed"),
      csvQuoteInside: t("errors.csvQuoteInside"),
      csvTextAfterQuote: t("errors.csvTextAfterQuote"),
      csvNotCsv: t("errors.csvNotCsv"),
      csvFieldCount: (found: number, expected: number) => t("errors.csvFieldCount", { found, expected }),
      csvNameWithoutPcode: (column: string, name: string) => t("errors.csvNameWithoutPcode", { column, name }),
      csvBadPcode: (pcode: string) => t("errors.csvBadPcode", { pcode }),
      csvMissingName: (pcode: string) => t("errors.csvMissingName", { pcode }),
      csvBadName: (pcode: string, problem: string) => t("errors.csvBadName", { pcode, problem: problem.replace(/[.\s]+$/, "") }),
      csvLevelGap: (pcode: string, level: number, parent: string | null) =>
        parent === null ? t("errors.csvLevelGapTop", { pcode, level }) : t("errors.csvLevelGap", { pcode, level, parent }),
      csvParentMismatch: (pcode: string, parent: string) => t("errors.csvParentMismatch", { pcode, parent }),
      csvParentUnknown: (pcode: string, parent: string) => t("errors.csvParentUnknown", { pcode, parent }),
      csvParentDiffers: (pcode: string, inDatabase: string, inFile: string) => t("errors.csvParentDiffers", { pcode, inDatabase, inFile }),
      csvConflict: (pcode: string, line: number) => t("errors.csvConflict", { pcode, line }),
      slugInvalid: t("errors.slugInvalid"),
      slugTaken: t("errors.slugTaken"),
      domainInvalid: t("errors.domainInvalid"),
      indicatorNameRequired: t("errors.indicatorNameRequired"),
      unitRequired: t("errors.unitRequired"),
      hxlInvalid: t("errors.hxlInvalid"),
      displayOrderInvalid: t("errors.displayOrderInvalid"),
      breakdownInUse: (names: string) => t("errors.breakdownInUse", { names }),
      sourceNameRequired: t("errors.sourceNameRequired"),
      sourceNameTaken: t("errors.sourceNameTaken"),
      sourceKindInvalid: t("errors.sourceKindInvalid"),
      reliabilityInvalid: t("errors.reliabilityInvalid"),
      gradeReasonRequired: t("errors.gradeReasonRequired"),
      emailInvalid: t("errors.emailInvalid"),
      nameRequired: t("errors.nameRequired"),
      roleInvalid: t("errors.roleInvalid"),
      passwordRequired: t("errors.passwordRequired"),
      password: pick(["too_short", "too_long", "common", "contains_email"], t, "errors.password") satisfies Record<PasswordProblem, string>,
      passwordsDiffer: t("errors.passwordsDiffer"),
      currentPasswordRequired: t("errors.currentPasswordRequired"),
      currentPasswordWrong: t("errors.currentPasswordWrong"),
      passwordUnchanged: t("errors.passwordUnchanged"),

      actionInvalid: t("errors.actionInvalid"),
      reasonRequired: pick(["reject", "return", "retract"], t, "errors.reasonRequired") satisfies Record<ReasonedAction, string>,
    },
  };
}

/** The shape every language's words have. */
export type Messages = ReturnType<typeof domainMessages>;

/**
 * English, for code that has no reader (tests, logs, the machine-facing API). Pages and forms take
 * the reader's language: messagesFor(locale) or useDomainMessages().
 */
export const messages: Messages = domainMessages(
  createTranslator({ locale: "en", messages: { domain: enDomain }, namespace: "domain" }) as unknown as DomainTranslator,
);
