"use client";
// Import places from an admin-boundary CSV: preview what would be created or renamed (with
// every problem by line), then apply it all-or-nothing.
import { useActionState } from "react";
import { describeAnswer } from "@/lib/domain/action-messages";
import type { ActionState } from "@/lib/domain/action-state";
import { FieldShell } from "./field";
import { FormStatus } from "./form-status";

const strings = {
  file: "CSV file (admin-boundary layout)",
  fileHint:
    "The COD admin-boundary layout (ADM0_PCODE, ADM0_EN, ADM0_UA, ADM1_PCODE, …: one line per lowest-level place, " +
    "its parents in the columns before) or the older one (admin1Pcode, admin1Name_en, admin1Name_uk, …).",
  csv: "…or paste the CSV here",
  preview: "Preview the import",
  apply: "Apply the import",
  caption: "What the import would do",
  line: "Line",
  pcode: "P-code",
  name: "Names",
  level: "Level",
  parent: "Parent",
  action: "Action",
  actions: { create: "create", update: "rename", unchanged: "no change" } as Record<string, string>,
  problems: "Problems (nothing is imported until they are fixed)",
};

export function LocationImportForm({ action }: { action: (state: ActionState, formData: FormData) => Promise<ActionState> }) {
  const [state, formAction, pending] = useActionState(action, {});
  const plan = state.plan;
  const canApply = !!plan && plan.errors.length === 0 && plan.items.some((i) => i.action !== "unchanged");
  return (
    <form action={formAction} className="form form--wide" aria-label="Import places">
      <FormStatus state={state} />
      <FieldShell name="file" label={strings.file} hint={strings.fileHint} errors={describeAnswer(state).errors.file}>
        <input type="file" id="f-file" name="file" accept=".csv,text/csv" aria-describedby="f-file-hint f-file-error" />
      </FieldShell>
      <FieldShell name="csv" label={strings.csv}>
        <textarea id="f-csv" name="csv" rows={4} defaultValue={state.values?.csv ?? ""} aria-describedby="f-csv-error" />
      </FieldShell>
      <div className="workflow">
        <button type="submit" name="intent" value="preview" className="button" disabled={pending}>
          {strings.preview}
        </button>
        {canApply ? (
          <button type="submit" name="intent" value="apply" className="button button--primary" disabled={pending}>
            {strings.apply}
          </button>
        ) : null}
      </div>
      {plan?.errors.length ? (
        <section aria-label={strings.problems}>
          <h3>{strings.problems}</h3>
          <ul>
            {plan.errors.map((e, i) => (
              <li key={i}>{`${strings.line} ${e.line}: ${e.message}`}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {plan?.items.length ? (
        <div className="table-wrap">
          <table className="data">
            <caption>{strings.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{strings.line}</th>
                <th scope="col">{strings.pcode}</th>
                <th scope="col">{strings.name}</th>
                <th scope="col">{strings.level}</th>
                <th scope="col">{strings.parent}</th>
                <th scope="col">{strings.action}</th>
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
                  <td>{strings.actions[i.action] ?? i.action}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </form>
  );
}
