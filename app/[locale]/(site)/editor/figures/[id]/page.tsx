import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FigureForm } from "@/components/forms/figure-form";
import { WorkflowButton } from "@/components/forms/workflow-button";
import { EditorRecordHeader } from "@/components/forms/editor-record-header";
import { requirePageRole } from "@/lib/auth/guard";
import { canDeleteDraft, canEditRecord, canPerform } from "@/lib/domain/permissions";
import { getFigureForEditor, type EditorFigure } from "@/lib/data/figures";
import { figureFormOptions, sourceOption } from "@/lib/data/form-options";
import { deleteDraftAction, figureWorkflowAction, saveFigureAction } from "../../actions";
import { parseRecordId } from "@/lib/domain/record-ref";

export const dynamic = "force-dynamic";

const strings = {
  title: (id: number) => `Figure ${id}`,
  saved: "Saved.",
  done: { submit: "Submitted for review.", withdraw: "Withdrawn: it is a draft again.", revise: "It is a draft again." } as Record<
    string,
    string
  >,
  rejected: (reason: string) => `Rejected by a reviewer: ${reason}`,
  returned: (reason: string) => `Sent back by a reviewer: ${reason}`,
  readOnly: "This figure cannot be edited in its current state.",
  submit: "Submit for review",
  withdraw: "Withdraw the submission",
  delete: "Delete draft",
  confirmDelete: "Confirm: delete this draft for good",
  publicPage: "Public page",
  back: "All figures",
};

export const metadata: Metadata = { title: "Edit figure" };

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

export default async function EditFigurePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { id: rawId } = await params;
  const user = await requirePageRole("editor", `/editor/figures/${rawId}`);
  const id = parseRecordId(rawId);
  const figure = id !== null ? await getFigureForEditor(user, id) : null;
  if (!figure) notFound();
  const { saved, done } = await searchParams;
  const options = await figureFormOptions();
  // A deactivated source stays selectable on the figure that already cites it.
  if (!options.sources.some((s) => s.id === figure.sourceId)) {
    const cited = await sourceOption(figure.sourceId);
    if (cited) options.sources.push(cited);
  }
  const fields = { id: figure.id, version: figure.version };
  const reason = figure.statusReason;
  return (
    <>
      <EditorRecordHeader
        back={{ href: "/editor", label: strings.back }}
        title={strings.title(figure.id)}
        status={figure.status}
        notice={saved ? strings.saved : done ? (strings.done[done] ?? null) : null}
      />
      {figure.status === "rejected" && reason ? <p className="notice notice--error">{strings.rejected(reason)}</p> : null}
      {figure.status === "draft" && reason ? <p className="notice notice--error">{strings.returned(reason)}</p> : null}
      <div className="workflow">
        {canPerform(user, figure, "submit") ? (
          <WorkflowButton action={figureWorkflowAction} fields={{ ...fields, action: "submit" }} label={strings.submit} primary />
        ) : null}
        {canPerform(user, figure, "withdraw") ? (
          <WorkflowButton action={figureWorkflowAction} fields={{ ...fields, action: "withdraw" }} label={strings.withdraw} />
        ) : null}
        {canDeleteDraft(user, figure) ? (
          <WorkflowButton action={deleteDraftAction} fields={fields} label={strings.delete} confirmLabel={strings.confirmDelete} />
        ) : null}
        {figure.status === "published" || figure.status === "retracted" ? (
          <Link href={`/figures/${figure.id}`}>{strings.publicPage}</Link>
        ) : null}
      </div>
      {canEditRecord(user, figure) ? (
        <FigureForm action={saveFigureAction} options={options} initial={formValues(figure)} />
      ) : (
        <p className="muted">{strings.readOnly}</p>
      )}
    </>
  );
}
