// Input schema of the source form, used by the form and again by the server action.
import { z } from "zod";
import { RELIABILITIES, SOURCE_KINDS } from "./enums";
import { optionalTextField, optionalUrlField, optionalVersionField, requiredTextField } from "./form-fields";
import { messages, type Messages } from "./messages";

export const SOURCE_TEXT_LIMITS = { name: 200, affiliation: 200, notes: 4000, gradeReason: 2000 } as const;

export function sourceInputSchema(t: Messages = messages) {
  return z.object({
    name: requiredTextField(SOURCE_TEXT_LIMITS.name, t.errors.sourceNameRequired, t),
    kind: z.enum(SOURCE_KINDS, { error: t.errors.sourceKindInvalid }),
    affiliation: optionalTextField(SOURCE_TEXT_LIMITS.affiliation, t),
    url: optionalUrlField(t),
    reliability: z.enum(RELIABILITIES, { error: t.errors.reliabilityInvalid }),
    notes: optionalTextField(SOURCE_TEXT_LIMITS.notes, t),
    /** Why the grade changed (kept in the public grade history). */
    gradeReason: optionalTextField(SOURCE_TEXT_LIMITS.gradeReason, t),
    version: optionalVersionField(t),
  });
}
export type SourceInput = z.output<ReturnType<typeof sourceInputSchema>>;

/** Names are unique whatever their case or surrounding spaces (the database insists too). */
export function sourceNameKey(name: string): string {
  return name.trim().toLowerCase();
}
