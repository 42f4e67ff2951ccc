"use client";
// The batch page's forms: the column mapping (shown before anything is checked; recognised
// columns preselected, the rest ignored until mapped), the values set once for all rows, what to
// do with duplicates and the status of the new figures; then "check" and "import", each showing
// rows done of total while it runs.
import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { describedBy, FieldShell } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import type { ActionState } from "@/lib/domain/action-state";
import { FIGURE_COLUMNS } from "@/lib/domain/figure-columns";
import {
  DEFAULTABLE_FIELDS,
  FIELD_COLUMN_NAME,
  IMPORT_FIELDS,
  type DefaultableField,
  type FileColumn,
  type ImportMapping,
} from "@/lib/import/columns";
import { ImportProgress } from "./import-progress";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

const describe = Object.fromEntries(FIGURE_COLUMNS.filter((c) => c.imports).map((c) => [c.imports, c.description]));

const strings = {
  mapping: "Columns of the file",
  column: "Column",
  header: "Header",
  hashtag: "HXL hashtag",
  field: "Fills",
  ignore: "— ignored —",
  defaults: "Values for every row (used where the file has no column or the cell is empty)",
  defaultLabels: {
    indicator: "Indicator (code or HXL hashtag)",
    place: "Place (P-code)",
    sourceName: "Source (exact name)",
    periodStart: "Start of the period (YYYY-MM-DD)",
    asOf: "As of (YYYY-MM-DD or DD.MM.YYYY)",
    qualifier: "Qualifier (exact, approximately, at_least …)",
    credibility: "Credibility (1–6)",
    verification: "Verification (reported, corroborated, verified, disputed)",
    sourceUrl: "Link to the source's publication",
    sourcePublishedAt: "The source's publication date",
  } satisfies Record<DefaultableField, string>,
  duplicates:
    "Rows that repeat an existing figure (same source, indicator, place and the source’s name for it, period, “as of” and breakdown)",
  skip: "Leave them out and import the rest",
  stop: "Import nothing while there are any",
  target: "The new figures are",
  draft: "Drafts (submit them later)",
  submitted: "Submitted for review (a reviewer publishes them; never published directly)",
  check: "Check every row",
  checking: "Checking…",
  apply: (n: number) => `Import ${n.toLocaleString("en-GB")} figure${n === 1 ? "" : "s"}`,
  applying: "Importing…",
};

function useRefreshOnSuccess(state: ActionState) {
  const router = useRouter();
  useEffect(() => {
    if (state.status) router.refresh();
  }, [state, router]);
}

export function ImportMappingForm({
  action,
  batchId,
  columns,
  mapping,
  onDuplicate,
  targetStatus,
}: {
  action: Action;
  batchId: number;
  columns: FileColumn[];
  mapping: ImportMapping;
  onDuplicate: "skip" | "stop";
  targetStatus: "draft" | "submitted";
}) {
  const [state, formAction, pending] = useActionState(action, {});
  useRefreshOnSuccess(state);
  return (
    <form action={formAction} className="form form--wide" aria-label="Column mapping">
      <input type="hidden" name="batch" value={batchId} />
      {mapping.indicatorHxl ? <input type="hidden" name="indicatorHxl" value={mapping.indicatorHxl} /> : null}
      <div className="table-wrap">
        <table className="data">
          <caption>{strings.mapping}</caption>
          <thead>
            <tr>
              <th scope="col">{strings.column}</th>
              <th scope="col">{strings.header}</th>
              <th scope="col">{strings.hashtag}</th>
              <th scope="col">{strings.field}</th>
            </tr>
          </thead>
          <tbody>
            {columns.map((column, i) => (
              <tr key={i}>
                <td className="num">{i + 1}</td>
                <th scope="row">{column.header}</th>
                <td>
                  <code>{column.hxl ?? ""}</code>
                </td>
                <td>
                  <select
                    name={`col_${i}`}
                    defaultValue={mapping.fields[i] ?? ""}
                    aria-label={`Column ${i + 1} (${column.header || column.hxl}) fills`}
                  >
                    <option value="">{strings.ignore}</option>
                    {IMPORT_FIELDS.map((field) => (
                      <option key={field} value={field} title={describe[field]}>
                        {FIELD_COLUMN_NAME[field]}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <fieldset>
        <legend>{strings.defaults}</legend>
        {DEFAULTABLE_FIELDS.map((field) => (
          <FieldShell key={field} name={`def_${field}`} label={strings.defaultLabels[field]}>
            <input
              type="text"
              id={`f-def_${field}`}
              name={`def_${field}`}
              defaultValue={mapping.defaults[field] ?? ""}
              aria-describedby={describedBy(`def_${field}`)}
            />
          </FieldShell>
        ))}
      </fieldset>
      <fieldset>
        <legend>{strings.duplicates}</legend>
        <label>
          <input type="radio" name="onDuplicate" value="skip" defaultChecked={onDuplicate === "skip"} /> {strings.skip}
        </label>
        <label>
          <input type="radio" name="onDuplicate" value="stop" defaultChecked={onDuplicate === "stop"} /> {strings.stop}
        </label>
      </fieldset>
      <fieldset>
        <legend>{strings.target}</legend>
        <label>
          <input type="radio" name="targetStatus" value="draft" defaultChecked={targetStatus === "draft"} /> {strings.draft}
        </label>
        <label>
          <input type="radio" name="targetStatus" value="submitted" defaultChecked={targetStatus === "submitted"} /> {strings.submitted}
        </label>
      </fieldset>
      <FormStatus state={state} />
      <button type="submit" className="button" disabled={pending}>
        {pending ? strings.checking : strings.check}
      </button>
      <ImportProgress batchId={batchId} active={pending} phase="checking" />
    </form>
  );
}

export function ImportApplyForm({ action, batchId, toCreate }: { action: Action; batchId: number; toCreate: number }) {
  const [state, formAction, pending] = useActionState(action, {});
  useRefreshOnSuccess(state);
  return (
    <form action={formAction} className="workflow-form" aria-label="Import the checked rows">
      <input type="hidden" name="batch" value={batchId} />
      <button type="submit" className="button button--primary" disabled={pending}>
        {pending ? strings.applying : strings.apply(toCreate)}
      </button>
      <ImportProgress batchId={batchId} active={pending} phase="writing" />
      <FormStatus state={state} />
    </form>
  );
}
