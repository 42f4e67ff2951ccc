"use client";
// Import places from an admin-boundary CSV: preview what would be created or renamed (with
// every problem by line), then apply it all-or-nothing.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { describeAnswer } from "@/lib/domain/action-messages";
import type { ActionState } from "@/lib/domain/action-state";
import { DataTable } from "@/components/ui/data-table";
import { FieldShell } from "./field";
import { FormStatus } from "./form-status";

const PLAN_ACTIONS = ["create", "update", "unchanged"] as const;
const isPlanAction = (action: string): action is (typeof PLAN_ACTIONS)[number] => (PLAN_ACTIONS as readonly string[]).includes(action);

export function LocationImportForm({ action }: { action: (state: ActionState, formData: FormData) => Promise<ActionState> }) {
  const t = useTranslations("admin.locationImport");
  const [state, formAction, pending] = useActionState(action, {});
  const plan = state.plan;
  const canApply = !!plan && plan.errors.length === 0 && plan.items.some((i) => i.action !== "unchanged");
  return (
    <form action={formAction} className="form form--wide" aria-label={t("label")}>
      <FormStatus state={state} />
      <FieldShell name="file" label={t("file")} hint={t("fileHint")} errors={describeAnswer(state).errors.file}>
        <input type="file" id="f-file" name="file" accept=".csv,text/csv" aria-describedby="f-file-hint f-file-error" />
      </FieldShell>
      <FieldShell name="csv" label={t("csv")}>
        <textarea id="f-csv" name="csv" rows={4} defaultValue={state.values?.csv ?? ""} aria-describedby="f-csv-error" />
      </FieldShell>
      <div className="workflow">
        <button type="submit" name="intent" value="preview" className="button" disabled={pending}>
          {t("preview")}
        </button>
        {canApply ? (
          <button type="submit" name="intent" value="apply" className="button button--primary" disabled={pending}>
            {t("apply")}
          </button>
        ) : null}
      </div>
      {plan?.errors.length ? (
        <section aria-label={t("problems")}>
          <h3>{t("problems")}</h3>
          <ul>
            {plan.errors.map((e, i) => (
              <li key={i}>{t("lineProblem", { line: e.line, message: e.message })}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {plan?.items.length ? (
        <DataTable
          caption={t("caption")}
          rows={plan.items}
          rowKey={(i) => i.pcode}
          columns={[
            { header: t("line"), className: "num", cell: (i) => i.line },
            { header: t("pcode"), cell: (i) => i.pcode },
            {
              header: t("name"),
              cell: (i) => (
                <>
                  {i.nameEn} / <span lang="uk">{i.nameUk}</span>
                </>
              ),
            },
            { header: t("level"), className: "num", cell: (i) => i.adminLevel },
            { header: t("parent"), cell: (i) => i.parentPcode ?? "—" },
            { header: t("action"), cell: (i) => (isPlanAction(i.action) ? t(`actions.${i.action}`) : i.action) },
          ]}
        />
      ) : null}
    </form>
  );
}
