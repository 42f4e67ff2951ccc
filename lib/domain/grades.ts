// Admiralty (NATO) grading: source reliability A-F and information credibility 1-6, written
// together as "B2". Meanings live in messages.ts (`messages.reliability`, `messages.credibility`).
//
// Ordering: A and 1 are best. F ("reliability cannot be judged") and 6 ("truth cannot be
// judged") are not grades between E/5 and nothing: they say nothing at all. For a "minimum
// grade" filter we therefore treat them as the LOWEST grade, so "at least E" keeps E and drops
// F, and only a minimum of F (or 6) lets everything through.
import { RELIABILITIES, isOneOf, type Reliability } from "./enums";

export const CREDIBILITIES = [1, 2, 3, 4, 5, 6] as const;
export type Credibility = (typeof CREDIBILITIES)[number];

export function isReliability(value: unknown): value is Reliability {
  return isOneOf(RELIABILITIES, value);
}

export function isCredibility(value: unknown): value is Credibility {
  return typeof value === "number" && (CREDIBILITIES as readonly number[]).includes(value);
}

/** "B2". Credibility is a plain number because the database column is an Int. */
export function formatGrade(reliability: Reliability, credibility: number): string {
  return `${reliability}${credibility}`;
}

/** "B2" or "b2" -> { reliability: "B", credibility: 2 }; anything else -> null. */
export function parseGrade(text: string): { reliability: Reliability; credibility: Credibility } | null {
  const match = /^([A-F])([1-6])$/.exec(text.trim().toUpperCase());
  if (!match) return null;
  return { reliability: match[1] as Reliability, credibility: Number(match[2]) as Credibility };
}

/** Negative when `a` is more reliable than `b`, so `sort(compareReliability)` puts A first and F last. */
export function compareReliability(a: Reliability, b: Reliability): number {
  return RELIABILITIES.indexOf(a) - RELIABILITIES.indexOf(b);
}

/** Negative when `a` is more credible than `b` (1 first, 6 last). */
export function compareCredibility(a: number, b: number): number {
  return a - b;
}

/** Reliability first, then credibility: B1 < B2 < C1. */
export function compareGrades(
  a: { reliability: Reliability; credibility: number },
  b: { reliability: Reliability; credibility: number },
): number {
  return compareReliability(a.reliability, b.reliability) || compareCredibility(a.credibility, b.credibility);
}

/** True when `grade` is `minimum` or better. F counts as the lowest grade (see the note above). */
export function meetsMinimumReliability(grade: Reliability, minimum: Reliability): boolean {
  return compareReliability(grade, minimum) <= 0;
}

/** True when `credibility` is `minimum` or better. 6 counts as the lowest. */
export function meetsMinimumCredibility(credibility: number, minimum: number): boolean {
  return compareCredibility(credibility, minimum) <= 0;
}
