import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { FigureForm } from "@/components/forms/figure-form";
import { WorkflowButton } from "@/components/forms/workflow-button";
import { EditorRecordHeader } from "@/components/forms/editor-record-header";
import { requireRecordPage, type RecordPageProps } from "@/lib/auth/record-page";
import { entered } from "@/components/ui/data-text";
import { canDeleteDraft, canEditRecord } from "@/lib/domain/permissions";
import { getFigureForEditor, type EditorFigure } from "@/lib/data/figures";
import { figureFormOptions } from "@/lib/data/form-options";
import { deleteDraftAction, figureWorkflowAction, saveFigureAction } from "../../actions";
import { titleMetadata } from "@/lib/i18n/page-words";

export const dynamic = "force-dynamic";

export const generateMetadata = titleMetadata("editor.figure.metaTitle");

const date = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

function formValues(f: EditorFigure): Record<string, string> {
  const n = (v: number | null) => (v === null ? "" : String(v));
  return {
    id: String(f.id),
    version: String(f.version),
    indicatorId: String(f.indicatorId),
    locationId: String(f.locationId),
    sourceId: String(f.sourceId),
    periodStart: date(f.periodStart),
    asOf: date(f.asOf),
    low: n(f.low),
    best: n(f.best),
    high: n(f.high),
    qualifier: f.qualifier,
    noInformation: f.noInformation ? "on" : "",
    credibility: String(f.credibility),
    verification: f.verification,
    sourceUrl: f.sourceUrl ?? "",
    sourcePublishedAt: date(f.sourcePublishedAt),
    sourcePlaceName: f.sourcePlaceName ?? "",
    sex: f.sex ?? "",
    ageGroup: f.ageGroup ?? "",
    populationGroup: f.populationGroup ?? "",
    notes: f.notes ?? "",
  };
}

export default async function EditFigurePage(props: RecordPageProps) {
  const page = await requireRecordPage(props, "editor", "/editor/figures", (id, user) => getFigureForEditor(user, id));
  const { user, record: figure } = page;
  const t = await getTranslations("editor.figure");
  const options = await figureFormOptions((await getLocale()) as Locale, figure.sourceId);
  const fields = { id: figure.id, version: figure.version };
  const reason = figure.statusReason;
  // What the reviewer wrote, as they wrote it (marked with its language).
  const reviewerSaid =
    reason && figure.status === "rejected"
      ? t.rich("rejected", { reason, entered: entered(reason) })
      : reason && figure.status === "draft"
        ? t.rich("returned", { reason, entered: entered(reason) })
        : null;
  return (
    <>
      <EditorRecordHeader page={page} back="/editor" t={t} reviewerSaid={reviewerSaid} stepAction={figureWorkflowAction}>
        {canDeleteDraft(user, figure) ? (
          <WorkflowButton action={deleteDraftAction} fields={fields} label={t("delete")} confirmLabel={t("confirmDelete")} />
        ) : null}
        {figure.status === "published" || figure.status === "retracted" ? (
          <Link href={`/figures/${figure.id}`}>{t("publicPage")}</Link>
        ) : null}
      </EditorRecordHeader>
      {canEditRecord(user, figure) ? (
        <FigureForm action={saveFigureAction} options={options} initial={formValues(figure)} />
      ) : (
        <p className="muted">{t("readOnly")}</p>
      )}
    </>
  );
}
