"use client";
// The batch page's forms: the column mapping (shown before anything is checked; recognised
// columns preselected, the rest ignored until mapped), the values set once for all rows, what to
// do with duplicates and the status of the new figures; then "check" and "import", each showing
// rows done of total while it runs.
import { useTranslations } from "next-intl";
import { type ReactNode, useActionState, useEffect } from "react";
import { describedBy, FieldShell } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { DataTable } from "@/components/ui/data-table";
import { useRouter } from "@/lib/i18n/navigation";
import type { ActionState } from "@/lib/domain/action-state";
import { FIGURE_COLUMNS } from "@/lib/domain/figure-columns";
import { DEFAULTABLE_FIELDS, FIELD_COLUMN_NAME, IMPORT_FIELDS, type FileColumn, type ImportMapping } from "@/lib/import/columns";
import { ImportProgress } from "./import-progress";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

const describe = Object.fromEntries(FIGURE_COLUMNS.filter((c) => c.imports).map((c) => [c.imports, c.description]));

/**
 * A form about one batch: its action's state, the page refreshed once the action answers (the
 * batch's counts and state are drawn by the server), the batch's id, and the answer (`status`)
 * where the form places it.
 */
function BatchForm({
  action,
  batchId,
  className,
  label,
  children,
}: {
  action: Action;
  batchId: number;
  className: string;
  label: string;
  children: (form: { pending: boolean; status: ReactNode }) => ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  const router = useRouter();
  useEffect(() => {
    if (state.status) router.refresh();
  }, [state, router]);
  return (
    <form action={formAction} className={className} aria-label={label}>
      <input type="hidden" name="batch" value={batchId} />
      {children({ pending, status: <FormStatus state={state} /> })}
    </form>
  );
}

/** One choice of the form as radio buttons: `choices` maps each value to its label, `value` is preselected. */
function RadioChoice<V extends string>({
  legend,
  name,
  value,
  choices,
}: {
  legend: string;
  name: string;
  value: V;
  choices: Record<V, string>;
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {(Object.entries(choices) as Array<[V, string]>).map(([choice, label]) => (
        <label key={choice}>
          <input type="radio" name={name} value={choice} defaultChecked={value === choice} /> {label}
        </label>
      ))}
    </fieldset>
  );
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
  const t = useTranslations("imports.mapping");
  return (
    <BatchForm action={action} batchId={batchId} className="form form--wide" label={t("label")}>
      {({ pending, status }) => (
        <>
          {mapping.indicatorHxl ? <input type="hidden" name="indicatorHxl" value={mapping.indicatorHxl} /> : null}
          <DataTable
            caption={t("caption")}
            rows={columns.map((column, i) => ({ ...column, i }))}
            rowKey={(column) => column.i}
            columns={[
              { header: t("column"), className: "num", cell: (column) => column.i + 1 },
              { header: t("header"), rowHeader: true, cell: (column) => column.header },
              { header: t("hashtag"), cell: (column) => <code>{column.hxl ?? ""}</code> },
              {
                header: t("field"),
                cell: ({ i, ...column }) => (
                  <select
                    name={`col_${i}`}
                    defaultValue={mapping.fields[i] ?? ""}
                    aria-label={t("selectLabel", { number: String(i + 1), header: column.header || column.hxl || "" })}
                  >
                    <option value="">{t("ignore")}</option>
                    {IMPORT_FIELDS.map((field) => (
                      <option key={field} value={field} title={describe[field]}>
                        {FIELD_COLUMN_NAME[field]}
                      </option>
                    ))}
                  </select>
                ),
              },
            ]}
          />
          <fieldset>
            <legend>{t("defaults")}</legend>
            {DEFAULTABLE_FIELDS.map((field) => (
              <FieldShell key={field} name={`def_${field}`} label={t(`defaultLabels.${field}`)}>
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
          <RadioChoice legend={t("duplicates")} name="onDuplicate" value={onDuplicate} choices={{ skip: t("skip"), stop: t("stop") }} />
          <RadioChoice
            legend={t("target")}
            name="targetStatus"
            value={targetStatus}
            choices={{ draft: t("draft"), submitted: t("submitted") }}
          />
          {status}
          <button type="submit" className="button" disabled={pending}>
            {pending ? t("checking") : t("check")}
          </button>
          <ImportProgress batchId={batchId} active={pending} phase="checking" />
        </>
      )}
    </BatchForm>
  );
}

export function ImportApplyForm({ action, batchId, toCreate }: { action: Action; batchId: number; toCreate: number }) {
  const t = useTranslations("imports.mapping");
  return (
    <BatchForm action={action} batchId={batchId} className="workflow-form" label={t("applyLabel")}>
      {({ pending, status }) => (
        <>
          <button type="submit" className="button button--primary" disabled={pending}>
            {pending ? t("applying") : t("apply", { count: toCreate })}
          </button>
          <ImportProgress batchId={batchId} active={pending} phase="writing" />
          {status}
        </>
      )}
    </BatchForm>
  );
}
