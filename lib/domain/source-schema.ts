// Input schema of the source form, used by the form and again by the server action.
import { z } from "zod";
import { RELIABILITIES, SOURCE_KINDS } from "./enums";
import { optionalTextField, optionalUrlField, optionalVersionField, requiredTextField, whenFieldsParsed } from "./form-fields";
import { messages, type Messages } from "./messages";

export const SOURCE_TEXT_LIMITS = { name: 200, affiliation: 200, notes: 4000, notesUk: 4000, gradeReason: 2000 } as const;

/**
 * Every grade a source is given (a new source's first grade, and every change) needs a reason,
 * shown publicly in its grade history. `previousReliability` is the grade the form was loaded
 * with (empty for a new source): it only tells the form when to ask; the data layer compares
 * with the stored grade itself (lib/data/sources.ts).
 */
export function gradeReasonMissing(input: { reliability: string; previousReliability?: string; gradeReason?: string | null }): boolean {
  return input.reliability !== (input.previousReliability ?? "") && !input.gradeReason?.trim();
}

export function sourceInputSchema(t: Messages = messages) {
  return z
    .object({
      name: requiredTextField(SOURCE_TEXT_LIMITS.name, t.errors.sourceNameRequired, t),
      kind: z.enum(SOURCE_KINDS, { error: t.errors.sourceKindInvalid }),
      affiliation: optionalTextField(SOURCE_TEXT_LIMITS.affiliation, t),
      url: optionalUrlField(t),
      reliability: z.enum(RELIABILITIES, { error: t.errors.reliabilityInvalid }),
      notes: optionalTextField(SOURCE_TEXT_LIMITS.notes, t),
      /** Ukrainian notes (issue 14); where missing the English ones are shown. */
      notesUk: optionalTextField(SOURCE_TEXT_LIMITS.notesUk, t),
      /** Why the grade changed (kept in the public grade history). */
      gradeReason: optionalTextField(SOURCE_TEXT_LIMITS.gradeReason, t),
      previousReliability: z
        .union([z.enum(RELIABILITIES), z.literal("")])
        .optional()
        .catch(""),
      version: optionalVersionField(t),
    })
    .superRefine(
      (input, ctx) => {
        if (gradeReasonMissing({ ...input, gradeReason: input.gradeReason ?? undefined }))
          ctx.addIssue({ code: "custom", path: ["gradeReason"], message: t.errors.gradeReasonRequired });
      },
      { when: whenFieldsParsed("reliability", "gradeReason", "previousReliability") },
    );
}
export type SourceInput = z.output<ReturnType<typeof sourceInputSchema>>;

/** Names are unique whatever their case or surrounding spaces (the database insists too). */
export function sourceNameKey(name: string): string {
  return name.trim().toLowerCase();
}
