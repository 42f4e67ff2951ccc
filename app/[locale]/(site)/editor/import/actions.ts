"use server";
// The bulk import's actions (the upload itself is a route handler, upload/route.ts): check a
// batch with the mapping chosen on the page, apply it all-or-nothing, submit its drafts, delete it.
// Each goes through the one builder (guard, role from the registry) and lib/data/figure-import.
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { defineAction, type Done } from "@/lib/actions/define-action";
import type { MutationName } from "@/lib/auth/mutations";
import { applyBatch, checkBatch, deleteBatch, submitBatch, type BatchResult } from "@/lib/data/figure-import";
import type { FigureActor } from "@/lib/data/figures";
import { IMPORT_DUPLICATES } from "@/lib/domain/enums";
import { idSchema } from "@/lib/domain/record-ref";
import { DEFAULTABLE_FIELDS, parseMapping } from "@/lib/import/columns";
import { IMPORT_LIMITS } from "@/lib/import/read";
import type { Locale } from "@/lib/i18n/routing";

const batchInput = z.object({ batch: idSchema });
const paths = (id: number) => [`/editor/import/${id}`, "/editor/import", "/editor", "/review"];

/** The mapping as the page posts it: `col_<i>` = the field of column i (empty: ignored), `def_<field>` = the value for all rows. */
function mappingFrom(formData: FormData) {
  const fields: Array<string | null> = [];
  for (let i = 0; i < IMPORT_LIMITS.columns; i++) {
    const value = formData.get(`col_${i}`);
    if (value === null) break;
    fields.push(typeof value === "string" && value ? value : null);
  }
  const defaults = Object.fromEntries(DEFAULTABLE_FIELDS.map((f) => [f, String(formData.get(`def_${f}`) ?? "")]));
  return parseMapping({ fields, defaults, indicatorHxl: formData.get("indicatorHxl") }, fields.length);
}

export const checkImportAction = defineAction("imports.check", {
  input: batchInput.extend({
    onDuplicate: z.enum(IMPORT_DUPLICATES),
    targetStatus: z.enum(["draft", "submitted"]),
  }),
  body: async ({ actor, input, formData }) => {
    const result = await checkBatch(actor, input.batch, {
      mapping: mappingFrom(formData),
      onDuplicate: input.onDuplicate,
      targetStatus: input.targetStatus,
    });
    if (!result.ok) return { ...result, revalidate: paths(input.batch) };
    return {
      ok: true,
      code: "checked",
      params: { rows: result.rows, toCreate: result.toCreate, duplicates: result.duplicates, withErrors: result.withErrors },
      revalidate: paths(input.batch),
    };
  },
});

export const applyImportAction = defineAction("imports.apply", {
  input: batchInput,
  body: async ({ actor, input, origin }) => {
    // A refusal quotes the first problem, in the reader's words.
    const result = await applyBatch(actor, input.batch, await origin(), (await getLocale()) as Locale);
    if (!result.ok) return { ...result, revalidate: paths(input.batch) };
    return { ok: true, code: "applied", params: { created: result.toCreate, skipped: result.duplicates }, revalidate: paths(input.batch) };
  },
});

/** A step on one batch: the data layer's `run` (a refusal is answered as it is), then what `done` says. */
function batchStep<R extends object>(
  name: MutationName,
  run: (actor: FigureActor, id: number, origin: string) => Promise<BatchResult<R>>,
  done: (result: R, id: number) => Done,
) {
  return defineAction(name, {
    input: batchInput,
    body: async ({ actor, input, origin }) => {
      const result = await run(actor, input.batch, await origin());
      return result.ok ? done(result, input.batch) : result;
    },
  });
}

export const submitImportAction = batchStep("imports.submit", submitBatch, (result, id) => ({
  ok: true,
  code: "submitted",
  params: { done: result.done, refused: result.refused },
  revalidate: paths(id),
}));

// Back to the list (defineAction keeps the reader's language: /uk/editor/import?deleted=1 on a Ukrainian page).
export const deleteImportAction = batchStep("imports.delete", deleteBatch, (_result, id) => ({
  ok: true,
  redirect: "/editor/import?deleted=1",
  revalidate: paths(id),
}));
