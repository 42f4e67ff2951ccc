import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { WorkflowButton } from "@/components/forms/workflow-button";
import { ImportApplyForm, ImportMappingForm } from "@/components/import/batch-forms";
import { requirePageRole } from "@/lib/auth/guard";
import { getBatch } from "@/lib/data/figure-import";
import { messages } from "@/lib/domain/messages";
import { parseRecordId } from "@/lib/domain/record-ref";
import { applyImportAction, checkImportAction, deleteImportAction, submitImportAction } from "../actions";

export const dynamic = "force-dynamic";

const strings = {
  title: (file: string) => `Import: ${file}`,
  record: "The import",
  file: "File",
  sha: "SHA-256",
  by: "Uploaded by",
  when: "Uploaded",
  checkedAt: "Last checked",
  appliedAt: "Imported",
  sheet: "Sheet",
  counts: "Rows",
  total: "Rows read",
  toCreate: "To create",
  duplicates: "Duplicates",
  withErrors: "With errors",
  figures: "Figures now",
  mappingTitle: "1. How the columns are read",
  mappingLede:
    "Recognised by their names or HXL hashtags; map the others by hand or leave them ignored. Nothing is checked until you press “Check every row”.",
  previewTitle: "2. What the check found",
  notChecked: "Not checked yet.",
  problems: (shown: number, all: number) => (shown < all ? `The first ${shown} problems (the error report has all of them)` : "Problems"),
  noProblems: "No problems: every row can be imported.",
  report: "Download the error report (the file with an error column)",
  applyTitle: "3. Import",
  applyBlocked: "Fix the problems (in the file, then upload it again, or in the mapping) before importing: an import is all or nothing.",
  duplicatesStop:
    "Some rows repeat existing figures and you chose to import nothing while there are any: choose to leave them out, or remove them.",
  nothingNew: "Nothing to import: every row repeats a figure that exists already (importing the same file twice creates nothing).",
  applied: (n: number) => `Imported ${n.toLocaleString("en-GB")} figure${n === 1 ? "" : "s"}.`,
  viewFigures: "Open your figures",
  submit: "Submit all drafts of this import for review",
  remove: "Delete this import",
  removeApplied: "Delete this import and its figures",
  confirmRemove: "Yes, delete it",
  back: "All imports",
};

export const metadata: Metadata = { title: "Import" };

const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const count = (n: number) => n.toLocaleString("en-GB");

export default async function ImportBatchPage({ params }: { params: Promise<{ id: string }> }) {
  const raw = (await params).id;
  const user = await requirePageRole("editor", `/editor/import/${raw}`);
  const id = parseRecordId(raw);
  const batch = id === null ? null : await getBatch(user, id);
  if (!batch) notFound();
  const applied = batch.state === "applied";
  const errors = batch.problems.filter((p) => p.kind === "error").length;
  const blocked = batch.rowsWithErrors > 0 || (batch.onDuplicate === "stop" && batch.rowsDuplicate > 0) || batch.rowsToCreate === 0;
  const drafts = batch.figures.draft ?? 0;
  const allFigures = Object.values(batch.figures).reduce((a, b) => a + (b ?? 0), 0);
  return (
    <>
      <h1>{strings.title(batch.fileName)}</h1>
      <section aria-label={strings.record}>
        <dl className="facts">
          <dt>{strings.file}</dt>
          <dd>
            {batch.fileName} ({batch.fileFormat.toUpperCase()}
            {batch.sheet ? `, ${strings.sheet.toLowerCase()} “${batch.sheet}”` : ""})
          </dd>
          <dt>{strings.sha}</dt>
          <dd>
            <code>{batch.fileSha256}</code>
          </dd>
          <dt>{strings.by}</dt>
          <dd>{batch.createdBy?.name ?? ""}</dd>
          <dt>{strings.when}</dt>
          <dd>{dateTime.format(batch.createdAt)}</dd>
          {batch.checkedAt ? (
            <>
              <dt>{strings.checkedAt}</dt>
              <dd>{dateTime.format(batch.checkedAt)}</dd>
            </>
          ) : null}
          {batch.appliedAt ? (
            <>
              <dt>{strings.appliedAt}</dt>
              <dd>{dateTime.format(batch.appliedAt)}</dd>
            </>
          ) : null}
          <dt>{strings.counts}</dt>
          <dd>
            {strings.total}: {count(batch.rowsTotal)} · {strings.toCreate}: {count(batch.rowsToCreate)} · {strings.duplicates}:{" "}
            {count(batch.rowsDuplicate)} · {strings.withErrors}: {count(batch.rowsWithErrors)}
          </dd>
          {allFigures ? (
            <>
              <dt>{strings.figures}</dt>
              <dd>
                {Object.entries(batch.figures)
                  .map(
                    ([status, n]) =>
                      `${count(n ?? 0)} ${messages.publicationStatus[status as keyof typeof messages.publicationStatus].toLowerCase()}`,
                  )
                  .join(", ")}
              </dd>
            </>
          ) : null}
        </dl>
      </section>

      {applied ? (
        <section aria-label={strings.applyTitle}>
          <p role="status" className="notice notice--ok">
            {strings.applied(batch.rowsToCreate)}
          </p>
          <p className="workflow">
            <Link href="/editor?status=draft">{strings.viewFigures}</Link>
          </p>
          <div className="workflow">
            {drafts ? <WorkflowButton action={submitImportAction} fields={{ batch: batch.id }} label={strings.submit} primary /> : null}
            {drafts === allFigures ? (
              <WorkflowButton
                action={deleteImportAction}
                fields={{ batch: batch.id }}
                label={strings.removeApplied}
                confirmLabel={strings.confirmRemove}
              />
            ) : null}
          </div>
        </section>
      ) : (
        <>
          <h2>{strings.mappingTitle}</h2>
          <p className="muted">{strings.mappingLede}</p>
          <ImportMappingForm
            action={checkImportAction}
            batchId={batch.id}
            columns={batch.columns}
            mapping={batch.mapping}
            onDuplicate={batch.onDuplicate}
            targetStatus={batch.targetStatus === "submitted" ? "submitted" : "draft"}
          />
          <h2>{strings.previewTitle}</h2>
          {batch.state === "uploaded" && !batch.problems.length ? <p>{strings.notChecked}</p> : null}
          {batch.problems.length ? (
            <section aria-label="Problems">
              <h3>{strings.problems(batch.problems.length, batch.rowsWithErrors + batch.rowsDuplicate)}</h3>
              <ul className="import-problems">
                {batch.problems.map((p, i) => (
                  <li key={i} className={p.kind === "duplicate" ? "muted" : undefined}>
                    {p.text}
                  </li>
                ))}
              </ul>
            </section>
          ) : batch.state === "checked" ? (
            <p role="status">{strings.noProblems}</p>
          ) : null}
          {batch.state === "checked" && (errors || batch.rowsDuplicate) ? (
            <p>
              <a href={`/editor/import/${batch.id}/report`} download>
                {strings.report}
              </a>
            </p>
          ) : null}
          {batch.state === "checked" ? (
            <>
              <h2>{strings.applyTitle}</h2>
              {blocked ? (
                <p>
                  {batch.rowsWithErrors ? strings.applyBlocked : batch.rowsToCreate === 0 ? strings.nothingNew : strings.duplicatesStop}
                </p>
              ) : (
                <ImportApplyForm action={applyImportAction} batchId={batch.id} toCreate={batch.rowsToCreate} />
              )}
            </>
          ) : null}
          <div className="workflow">
            <WorkflowButton
              action={deleteImportAction}
              fields={{ batch: batch.id }}
              label={strings.remove}
              confirmLabel={strings.confirmRemove}
            />
          </div>
        </>
      )}
      <p>
        <Link href="/editor/import">{strings.back}</Link>
      </p>
    </>
  );
}
