// A figure's estimate: low / best / high, a qualifier, and "no information" (which is not zero).
//
// The rules mirror the database's figure_estimate_check and figure_qualifier_check:
//   no information        => no numbers at all
//   otherwise             => all three numbers, whole, 0 <= low <= best <= high
//   exact                 => low = best = high
//   at least, more than   => low = best (the source gave a floor; high may say how far above)
//   at most, less than    => best = high (the source gave a ceiling)
//   approximately         => any range around the best estimate
import type { Qualifier } from "./enums";
import { formatFor, type Format } from "@/lib/i18n/format";
import { messages, type Messages } from "./messages";

export interface Estimate {
  low: number | null;
  best: number | null;
  high: number | null;
  qualifier: Qualifier;
  noInformation: boolean;
}

export type EstimateField = "low" | "best" | "high" | "noInformation";

export type EstimateProblemCode =
  | "noInformationHasNumbers"
  | "bestRequired"
  | "lowAndHighTogether"
  | "notWholeNumber"
  | "lowAboveBest"
  | "bestAboveHigh"
  | "exactNeedsSingleNumber"
  | "lowMustEqualBest"
  | "highMustEqualBest";

export interface EstimateProblem {
  field: EstimateField;
  code: EstimateProblemCode;
}

const RAISES_THE_FLOOR: readonly Qualifier[] = ["at_least", "more_than"];
const LOWERS_THE_CEILING: readonly Qualifier[] = ["at_most", "less_than"];

/**
 * Every way `estimate` breaks the rules, each attached to the field a person should correct.
 * Checks stop at the first failing layer (presence, then whole numbers, then order, then the
 * qualifier) so a form never shows a follow-on error caused by an earlier one.
 */
export function estimateProblems(estimate: Estimate): EstimateProblem[] {
  const { low, best, high, qualifier, noInformation } = estimate;
  if (noInformation) {
    return low === null && best === null && high === null ? [] : [{ field: "noInformation", code: "noInformationHasNumbers" }];
  }

  const missing: EstimateProblem[] = [];
  if (best === null) missing.push({ field: "best", code: "bestRequired" });
  // With no best estimate, an empty low and high are not a second mistake.
  const rangeGiven = low !== null || high !== null;
  if (low === null && (best !== null || rangeGiven)) missing.push({ field: "low", code: "lowAndHighTogether" });
  if (high === null && (best !== null || rangeGiven)) missing.push({ field: "high", code: "lowAndHighTogether" });
  if (low === null || best === null || high === null) return missing;

  const notWhole = (["low", "best", "high"] as const)
    .filter((field) => !isWholeNumber(estimate[field]))
    .map((field): EstimateProblem => ({ field, code: "notWholeNumber" }));
  if (notWhole.length > 0) return notWhole;

  const disordered: EstimateProblem[] = [];
  if (low > best) disordered.push({ field: "low", code: "lowAboveBest" });
  if (best > high) disordered.push({ field: "high", code: "bestAboveHigh" });
  if (disordered.length > 0) return disordered;

  const problems: EstimateProblem[] = [];
  if (qualifier === "exact") {
    if (low !== best) problems.push({ field: "low", code: "exactNeedsSingleNumber" });
    if (high !== best) problems.push({ field: "high", code: "exactNeedsSingleNumber" });
  } else if (RAISES_THE_FLOOR.includes(qualifier) && low !== best) {
    problems.push({ field: "low", code: "lowMustEqualBest" });
  } else if (LOWERS_THE_CEILING.includes(qualifier) && high !== best) {
    problems.push({ field: "high", code: "highMustEqualBest" });
  }
  return problems;
}

/** True when the estimate could be stored: the same rules as the database's CHECK constraints. */
export function rangeIsConsistent(estimate: Estimate): boolean {
  return estimateProblems(estimate).length === 0;
}

export function estimateProblemMessage(code: EstimateProblemCode, qualifier: Qualifier, t: Messages = messages): string {
  const message = t.errors[code];
  return typeof message === "function" ? message(qualifier) : message;
}

/**
 * One honest style for every estimate: the best estimate first, with its qualifier, then the
 * range in brackets whenever the source gave one wider than a single number.
 *   exact 12000                          -> "12,000"                       / "12 000"
 *   approximately 12000 (10000..15000)   -> "about 12,000 (10,000–15,000)" / "близько 12 000 (10 000–15 000)"
 *   approximately 12000 (12000..12000)   -> "about 12,000"                 / "близько 12 000"
 *   at least 8000000 (8000000..8000000)  -> "at least 8,000,000"           / "щонайменше 8 000 000"
 *   at least 8000 (8000..10000)          -> "at least 8,000 (8,000–10,000)"
 *   no information                       -> "no information"               / "немає даних"
 * A bare range ("10,000–15,000") is never shown: every stored figure has a best estimate,
 * and dropping it would hide which number the source actually stands behind.
 * `format` and `t` are the reader's language's (formatFor(locale), messagesFor(locale) or
 * useDomainMessages()); without them, English.
 */
export function formatEstimate(estimate: Estimate, format: Format = formatFor("en"), t: Messages = messages): string {
  const { low, best, high, qualifier, noInformation } = estimate;
  if (noInformation || best === null) return t.estimate.noInformation;
  if (qualifier === "exact") return format.count(best);

  const main = t.estimate.qualified(t.qualifierPhrase[qualifier], format.count(best));
  if (low === null || high === null || low === high) return main;
  return t.estimate.withRange(main, t.estimate.range(format.count(low), format.count(high)));
}

function isWholeNumber(value: number | null): boolean {
  return value !== null && Number.isSafeInteger(value) && value >= 0;
}
