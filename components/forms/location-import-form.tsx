"use client";
// Import places from an admin-boundary CSV: preview what would be created or renamed (with
// every problem by line), then apply it all-or-nothing.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { describeAnswer } from "@/lib/domain/action-messages";
import type { ActionState } from "@/lib/domain/action-state";
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
        <div className="table-wrap">
          <table className="data">
            <caption>{t("caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("line")}</th>
                <th scope="col">{t("pcode")}</th>
                <th scope="col">{t("name")}</th>
                <th scope="col">{t("level")}</th>
                <th scope="col">{t("parent")}</th>
                <th scope="col">{t("action")}</th>
              </tr>
            </thead>
            <tbody>
              {plan.items.map((i) => (
                <tr key={i.pcode}>
                  <td className="num">{i.line}</td>
                  <td>{i.pcode}</td>
                  <td>
                    {i.nameEn} / <span lang="uk">{i.nameUk}</span>
                  </td>
                  <td className="num">{i.adminLevel}</td>
                  <td>{i.parentPcode ?? "—"}</td>
                  <td>{isPlanAction(i.action) ? t(`actions.${i.action}`) : i.action}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </form>
  );
}
