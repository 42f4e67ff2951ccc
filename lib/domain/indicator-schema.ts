// Input schema of the indicator form, used by the form and again by the server action.
import { z } from "zod";
import { BREAKDOWN_DIMENSIONS, DOMAINS, MEASURE_KINDS } from "./enums";
import { checkboxField, optionalTextField, optionalVersionField, requiredTextField } from "./form-fields";
import { messages, type Messages } from "./messages";

/** HXL hashtag with optional attributes: "#affected+idps", "#affected +killed +f" (HXL 1.1). */
export const HXL_TAG = /^#[a-z][a-z0-9_]*(\s*\+[a-z][a-z0-9_]*)*$/;
export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const asList = (value: unknown) => (value === undefined || value === null || value === "" ? [] : Array.isArray(value) ? value : [value]);

export function indicatorInputSchema(t: Messages = messages) {
  return z.object({
    slug: z
      .string({ error: t.errors.slugInvalid })
      .trim()
      .max(80, { error: t.errors.slugInvalid })
      .regex(SLUG, { error: t.errors.slugInvalid }),
    domain: z.enum(DOMAINS, { error: t.errors.domainInvalid }),
    name: requiredTextField(200, t.errors.indicatorNameRequired, t),
    description: optionalTextField(2000, t),
    unit: requiredTextField(60, t.errors.unitRequired, t),
    // Ukrainian texts (issue 14): optional; where one is missing the English one is shown.
    nameUk: optionalTextField(200, t),
    descriptionUk: optionalTextField(2000, t),
    unitUk: optionalTextField(60, t),
    hxlTag: z
      .string({ error: t.errors.hxlInvalid })
      .trim()
      .toLowerCase()
      .max(120, { error: t.errors.hxlInvalid })
      .regex(HXL_TAG, { error: t.errors.hxlInvalid }),
    // Checkboxes: several values under one name.
    allowedBreakdowns: z.preprocess(asList, z.array(z.enum(BREAKDOWN_DIMENSIONS, { error: t.errors.invalidChoice }))),
    // What the number measures; a client that does not send it (older API callers) gets "stock".
    measure: z.enum(MEASURE_KINDS, { error: t.errors.invalidChoice }).default("stock"),
    displayOrder: z.coerce
      .number({ error: t.errors.displayOrderInvalid })
      .int({ error: t.errors.displayOrderInvalid })
      .min(0, { error: t.errors.displayOrderInvalid })
      .max(10_000, { error: t.errors.displayOrderInvalid }),
    isPublic: checkboxField(t),
    version: optionalVersionField(t),
  });
}
export type IndicatorInput = z.output<ReturnType<typeof indicatorInputSchema>>;

/** FormData to the object the schema reads (keeps every checked breakdown). */
export function indicatorFormObject(formData: FormData) {
  return { ...Object.fromEntries(formData), allowedBreakdowns: formData.getAll("allowedBreakdowns") };
}
