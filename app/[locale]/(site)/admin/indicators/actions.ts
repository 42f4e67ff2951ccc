"use server";
// Indicator administration: create and edit (including hiding from the public dashboard).
import { defineAction, saveByRef } from "@/lib/actions/define-action";
import { createIndicator, updateIndicator } from "@/lib/data/indicators";
import { indicatorFormObject, indicatorInputSchema } from "@/lib/domain/indicator-schema";

const TEXT_FIELDS = [
  "id",
  "version",
  "slug",
  "domain",
  "name",
  "nameUk",
  "description",
  "descriptionUk",
  "unit",
  "unitUk",
  "hxlTag",
  "measure",
  "displayOrder",
  "isPublic",
];

export const saveIndicatorAction = defineAction("indicators.save", {
  ref: "create-or-update",
  input: () => indicatorInputSchema(),
  from: indicatorFormObject,
  keep: (formData) => ({
    ...Object.fromEntries(TEXT_FIELDS.map((n) => [n, String(formData.get(n) ?? "")])),
    allowedBreakdowns: formData.getAll("allowedBreakdowns").join(","),
  }),
  refusals: { slug_taken: { field: "slug" }, breakdown_in_use: { field: "allowedBreakdowns" } },
  revalidate: ["/admin/indicators", ["/", "layout"]],
  body: async (ctx) => {
    const result = await saveByRef(ctx, createIndicator, updateIndicator);
    return result.ok ? { ok: true, redirectTo: `/admin/indicators/${result.indicator.id}?saved=1` } : result;
  },
});
