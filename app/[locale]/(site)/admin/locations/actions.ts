"use server";
// Location administration: create and edit places (P-code rules, confirmed moves), delete an
// unreferenced one, and import an admin-boundary CSV (preview first, then all-or-nothing).
import { z } from "zod";
import { besideFields, defineAction, defineDeleteAction, saveByRef } from "@/lib/actions/define-action";
import { applyBoundaryImport, createLocation, deleteLocation, planBoundaryImport, updateLocation } from "@/lib/data/locations";
import { boundaryImportErrors, locationInputSchema } from "@/lib/domain/location-schema";

const revalidate = ["/admin/locations"];

export const saveLocationAction = defineAction("locations.save", {
  ref: "create-or-update",
  input: () => locationInputSchema(),
  keep: ["id", "version", "pcode", "nameEn", "nameUk", "adminLevel", "parentId", "latitude", "longitude"],
  refusals: besideFields({
    pcode: ["pcode_taken", "pcode_not_under_parent"],
    adminLevel: ["level_mismatch"],
    parentId: ["parent_missing", "parent_is_self"],
    confirmMove: ["move_needs_confirmation"],
  }),
  revalidate,
  body: async (ctx) => {
    const result = await saveByRef(ctx, createLocation, updateLocation);
    return result.ok ? { ok: true, redirectTo: `/admin/locations/${result.location.id}?saved=1` } : result;
  },
});

export const deleteLocationAction = defineDeleteAction("locations.delete", {
  revalidate,
  remove: deleteLocation,
  redirect: "/admin/locations?deleted=1",
});

const MAX_CSV_BYTES = 2_000_000;

export const importLocationsAction = defineAction("locations.import", {
  input: z.object({ csv: z.string().default(""), intent: z.string().optional() }),
  from: (formData) => ({ csv: String(formData.get("csv") ?? ""), intent: formData.get("intent") ?? undefined }),
  refusals: besideFields({ file: ["no_file", "too_large"] }),
  revalidate,
  body: async ({ actor, input, formData, origin }) => {
    const file = formData.get("file");
    const csv = file instanceof File && file.size > 0 ? await file.text() : input.csv;
    if (!csv.trim()) return { ok: false, code: "no_file" };
    if (csv.length > MAX_CSV_BYTES) return { ok: false, code: "too_large" };
    if (input.intent !== "apply") {
      const found = await planBoundaryImport(csv);
      const plan = { items: found.items, errors: boundaryImportErrors(found.errors, found.problems) };
      return plan.errors.length
        ? { ok: false, code: "import_has_errors", plan, values: { csv } }
        : { ok: true, code: "previewed", plan, values: { csv } };
    }
    const result = await applyBoundaryImport(actor, csv, await origin());
    if (!result.ok)
      return {
        ok: false,
        code: "import_has_errors",
        plan: { items: [], errors: boundaryImportErrors(result.errors, result.problems) },
        values: { csv },
      };
    return { ok: true, code: "imported", params: { created: result.created, updated: result.updated } };
  },
});
