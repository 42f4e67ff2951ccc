import { notFound } from "next/navigation";
import { WorkflowButton } from "@/components/forms/workflow-button";
import { ImportApplyForm, ImportMappingForm } from "@/components/import/batch-forms";
import { requirePageRole } from "@/lib/auth/guard";
import { getBatch } from "@/lib/data/figure-import";
import { parseRecordId } from "@/lib/domain/record-ref";
import { getPathname, Link } from "@/lib/i18n/navigation";
import { applyImportAction, checkImportAction, deleteImportAction, submitImportAction } from "../actions";
import { pageWords, titleMetadata } from "@/lib/i18n/page-words";

export const dynamic = "force-dynamic";

export const generateMetadata = titleMetadata("imports.batch.metaTitle");

export default async function ImportBatchPage({ params }: { params: Promise<{ id: string }> }) {
  const raw = (await params).id;
  const user = await requirePageRole("editor", `/editor/import/${raw}`);
  const id = parseRecordId(raw);
  const { t, locale, format } = await pageWords("imports.batch");
  const batch = id === null ? null : await getBatch(user, id, locale);
  if (!batch) notFound();
  const applied = batch.state === "applied";
  const errors = batch.problems.filter((p) => p.kind === "error").length;
  const blocked = batch.rowsWithErrors > 0 || (batch.onDuplicate === "stop" && batch.rowsDuplicate > 0) || batch.rowsToCreate === 0;
  const drafts = batch.figures.draft ?? 0;
  const allFigures = Object.values(batch.figures).reduce((a, b) => a + (b ?? 0), 0);
  return (
    <>
      <h1>{t("title", { file: batch.fileName })}</h1>
      <section aria-label={t("record")}>
        <dl className="facts">
          <dt>{t("file")}</dt>
          <dd>
            {batch.sheet
              ? t("fileWithSheet", { file: batch.fileName, format: batch.fileFormat.toUpperCase(), sheet: batch.sheet })
              : t("fileWithFormat", { file: batch.fileName, format: batch.fileFormat.toUpperCase() })}
          </dd>
          <dt>{t("sha")}</dt>
          <dd>
            <code>{batch.fileSha256}</code>
          </dd>
          <dt>{t("by")}</dt>
          <dd>{batch.createdBy?.name ?? ""}</dd>
          <dt>{t("when")}</dt>
          <dd>{format.stamp(batch.createdAt)}</dd>
          {batch.checkedAt ? (
            <>
              <dt>{t("checkedAt")}</dt>
              <dd>{format.stamp(batch.checkedAt)}</dd>
            </>
          ) : null}
          {batch.appliedAt ? (
            <>
              <dt>{t("appliedAt")}</dt>
              <dd>{format.stamp(batch.appliedAt)}</dd>
            </>
          ) : null}
          <dt>{t("counts")}</dt>
          <dd>
            {t("countsLine", {
              total: batch.rowsTotal,
              toCreate: batch.rowsToCreate,
              duplicates: batch.rowsDuplicate,
              withErrors: batch.rowsWithErrors,
            })}
          </dd>
          {allFigures ? (
            <>
              <dt>{t("figures")}</dt>
              <dd>
                {Object.entries(batch.figures)
                  .map(([status, n]) => t("figuresOfStatus", { status, count: n ?? 0 }))
                  .join(", ")}
              </dd>
            </>
          ) : null}
        </dl>
      </section>

      {applied ? (
        <section aria-label={t("applyTitle")}>
          <p role="status" className="notice notice--ok">
            {t("applied", { count: batch.rowsToCreate })}
          </p>
          <p className="workflow">
            <Link href="/editor?status=draft">{t("viewFigures")}</Link>
          </p>
          <div className="workflow">
            {drafts ? <WorkflowButton action={submitImportAction} fields={{ batch: batch.id }} label={t("submit")} primary /> : null}
            {drafts === allFigures ? (
              <WorkflowButton
                action={deleteImportAction}
                fields={{ batch: batch.id }}
                label={t("removeApplied")}
                confirmLabel={t("confirmRemove")}
              />
            ) : null}
          </div>
        </section>
      ) : (
        <>
          <h2>{t("mappingTitle")}</h2>
          <p className="muted">{t("mappingLede")}</p>
          <ImportMappingForm
            action={checkImportAction}
            batchId={batch.id}
            columns={batch.columns}
            mapping={batch.mapping}
            onDuplicate={batch.onDuplicate}
            targetStatus={batch.targetStatus === "submitted" ? "submitted" : "draft"}
          />
          <h2>{t("previewTitle")}</h2>
          {batch.state === "uploaded" && !batch.problems.length ? <p>{t("notChecked")}</p> : null}
          {batch.problems.length ? (
            <section aria-label={t("problemsLabel")}>
              <h3>
                {batch.problems.length < batch.rowsWithErrors + batch.rowsDuplicate
                  ? t("problemsFirst", { shown: batch.problems.length })
                  : t("problemsAll")}
              </h3>
              <ul className="import-problems">
                {batch.problems.map((p, i) => (
                  <li key={i} className={p.kind === "duplicate" ? "muted" : undefined}>
                    {p.text}
                  </li>
                ))}
              </ul>
            </section>
          ) : batch.state === "checked" ? (
            <p role="status">{t("noProblems")}</p>
          ) : null}
          {batch.state === "checked" && (errors || batch.rowsDuplicate) ? (
            <p>
              <a href={getPathname({ href: `/editor/import/${batch.id}/report`, locale })} download>
                {batch.fileFormat === "xlsx" ? t("reportXlsx") : t("report")}
              </a>
            </p>
          ) : null}
          {batch.state === "checked" ? (
            <>
              <h2>{t("applyTitle")}</h2>
              {blocked ? (
                <p>{batch.rowsWithErrors ? t("applyBlocked") : batch.rowsToCreate === 0 ? t("nothingNew") : t("duplicatesStop")}</p>
              ) : (
                <ImportApplyForm action={applyImportAction} batchId={batch.id} toCreate={batch.rowsToCreate} />
              )}
            </>
          ) : null}
          <div className="workflow">
            <WorkflowButton
              action={deleteImportAction}
              fields={{ batch: batch.id }}
              label={t("remove")}
              confirmLabel={t("confirmRemove")}
            />
          </div>
        </>
      )}
      <p>
        <Link href="/editor/import">{t("back")}</Link>
      </p>
    </>
  );
}
