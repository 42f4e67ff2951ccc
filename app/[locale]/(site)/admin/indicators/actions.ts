"use server";
// Indicator administration: create and edit (including hiding from the public dashboard).
import { defineAction } from "@/lib/actions/define-action";
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
  body: async ({ actor, input, ref, origin }) => {
    const result =
      ref.mode === "update"
        ? await updateIndicator(actor, ref.id, { ...input, version: ref.version }, await origin())
        : await createIndicator(actor, input, await origin());
    return result.ok ? { ok: true, redirectTo: `/admin/indicators/${result.indicator.id}?saved=1` } : result;
  },
});
