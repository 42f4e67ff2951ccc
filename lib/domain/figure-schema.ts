// The one definition of valid figure and timeline-event input, used by the client form and
// again by the server action (parse `Object.fromEntries(formData)`).
//
// Build the schema per parse with today's calendar date, `figureInputSchema(calendarDateIn(new
// Date()))`; a schema built once at module scope would keep the day it was built.
//
// The estimate: with "no information" ticked no number may be given. Otherwise the best
// estimate is required; when low and high are both left empty they become the best estimate
// (a single-number claim), and giving only one of them is an error rather than a guess.
// The parsed output always satisfies the database's CHECK constraints.
import { z } from "zod";
import { QUALIFIERS, VERIFICATION_STATUSES, SEXES, AGE_GROUPS, POPULATION_GROUPS } from "./enums";
import {
  checkboxField,
  countField,
  credibilityField,
  enumFieldWithDefault,
  idField,
  optionalDateField,
  optionalEnumField,
  optionalTextField,
  optionalUrlField,
  optionalVersionField,
  requiredDateField,
  requiredTextField,
  whenFieldsParsed,
} from "./form-fields";
import { messages, type Messages } from "./messages";
import { estimateProblemMessage, estimateProblems, type Estimate } from "./qualifiers";

/** The fields of a figure that an editor enters, in the form's order (kept on a refused save, compared on a conflict). */
export const FIGURE_FIELDS = [
  "indicatorId",
  "locationId",
  "sourceId",
  "periodStart",
  "asOf",
  "low",
  "best",
  "high",
  "qualifier",
  "noInformation",
  "credibility",
  "verification",
  "sourceUrl",
  "sourcePublishedAt",
  "sourcePlaceName",
  "sex",
  "ageGroup",
  "populationGroup",
  "notes",
] as const;

export const FIGURE_TEXT_LIMITS = { sourcePlaceName: 300, notes: 4000 } as const;
export const TIMELINE_TEXT_LIMITS = { title: 300, description: 4000 } as const;

/** Low and high default to the best estimate when both are left empty. */
function withDefaultRange<E extends Estimate>(estimate: E): E {
  if (estimate.noInformation || estimate.low !== null || estimate.high !== null) return estimate;
  return { ...estimate, low: estimate.best, high: estimate.best };
}

export function figureInputSchema(today: Date, t: Messages = messages) {
  return z
    .object({
      indicatorId: idField(t.errors.indicatorRequired, t),
      locationId: idField(t.errors.locationRequired, t),
      sourceId: idField(t.errors.sourceRequired, t),
      periodStart: optionalDateField({ notAfter: today, tooLate: t.errors.periodStartInFuture }, t),
      asOf: requiredDateField({ missing: t.errors.asOfRequired, notAfter: today, tooLate: t.errors.asOfInFuture }, t),
      low: countField(t),
      best: countField(t),
      high: countField(t),
      qualifier: enumFieldWithDefault(QUALIFIERS, "approximately", t.errors.qualifierInvalid),
      noInformation: checkboxField(t),
      credibility: credibilityField(t),
      verification: enumFieldWithDefault(VERIFICATION_STATUSES, "reported", t.errors.verificationInvalid),
      sourceUrl: optionalUrlField(t),
      sourcePublishedAt: optionalDateField({ notAfter: today, tooLate: t.errors.sourcePublishedInFuture }, t),
      sourcePlaceName: optionalTextField(FIGURE_TEXT_LIMITS.sourcePlaceName, t),
      sex: optionalEnumField(SEXES, t.errors.invalidChoice),
      ageGroup: optionalEnumField(AGE_GROUPS, t.errors.invalidChoice),
      populationGroup: optionalEnumField(POPULATION_GROUPS, t.errors.invalidChoice),
      notes: optionalTextField(FIGURE_TEXT_LIMITS.notes, t),
      version: optionalVersionField(t),
    })
    .superRefine(
      (input, ctx) => {
        for (const problem of estimateProblems(withDefaultRange(input))) {
          ctx.addIssue({
            code: "custom",
            path: [problem.field],
            message: estimateProblemMessage(problem.code, input.qualifier, t),
          });
        }
      },
      { when: whenFieldsParsed("low", "best", "high", "qualifier", "noInformation") },
    )
    .superRefine(
      (input, ctx) => {
        if (input.periodStart !== null && input.periodStart > input.asOf) {
          ctx.addIssue({ code: "custom", path: ["periodStart"], message: t.errors.periodStartAfterAsOf });
        }
      },
      { when: whenFieldsParsed("periodStart", "asOf") },
    )
    .transform(withDefaultRange);
}

export type FigureInput = z.output<ReturnType<typeof figureInputSchema>>;

export function timelineEventInputSchema(today: Date, t: Messages = messages) {
  return z.object({
    occurredOn: requiredDateField({ missing: t.errors.occurredOnRequired, notAfter: today, tooLate: t.errors.occurredOnInFuture }, t),
    title: requiredTextField(TIMELINE_TEXT_LIMITS.title, t.errors.titleRequired, t),
    description: optionalTextField(TIMELINE_TEXT_LIMITS.description, t),
    locationId: idField(t.errors.locationRequired, t),
    sourceId: idField(t.errors.sourceRequired, t),
    sourceUrl: optionalUrlField(t),
    sourcePublishedAt: optionalDateField({ notAfter: today, tooLate: t.errors.sourcePublishedInFuture }, t),
    credibility: credibilityField(t),
    verification: enumFieldWithDefault(VERIFICATION_STATUSES, "reported", t.errors.verificationInvalid),
    version: optionalVersionField(t),
  });
}

export type TimelineEventInput = z.output<ReturnType<typeof timelineEventInputSchema>>;
