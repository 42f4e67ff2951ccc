import { StatusNotice } from "@/components/forms/status-notice";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MergeSourceForm } from "@/components/forms/merge-source-form";
import { SourceForm } from "@/components/forms/source-form";
import { WorkflowButton } from "@/components/forms/workflow-button";
import { requirePageRole } from "@/lib/auth/guard";
import { getSourceForAdmin, listSourceOptionsForStaff } from "@/lib/data/sources";
import { deleteSourceAction, mergeSourcesAction, saveSourceAction, setSourceActiveAction } from "../actions";
import { parseRecordId } from "@/lib/domain/record-ref";

export const dynamic = "force-dynamic";

const strings = {
  back: "All sources",
  saved: "Saved.",
  merged: "Merged: the other source's figures and events now cite this one.",
  inactive: "Deactivated: new figures cannot cite this source; the figures that cite it keep it.",
  history: "Grade history",
  graded: (to: string, from: string | null, at: string) => (from ? `${at}: ${from} → ${to}` : `${at}: graded ${to}`),
  publicPage: "Public page",
  deactivate: "Deactivate",
  confirmDeactivate: "Confirm: deactivate this source",
  reactivate: "Reactivate",
  remove: "Delete source",
  confirmRemove: "Confirm: delete this source for good",
  cannotDelete: (figures: number, events: number) =>
    `Cited by ${figures} figure(s) and ${events} event(s): it cannot be deleted, only deactivated or merged.`,
  mergeTitle: "Merge into another source",
  mergeText: "If this entry and another are the same source, move all of this one's figures and events to the other and remove this one.",
};

export const metadata: Metadata = { title: "Edit source" };

export default async function AdminSourcePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { id: rawId } = await params;
  await requirePageRole("admin", `/admin/sources/${rawId}`);
  const id = parseRecordId(rawId);
  const source = id !== null ? await getSourceForAdmin(id) : null;
  if (!source) notFound();
  const { saved, merged } = await searchParams;
  const others = (await listSourceOptionsForStaff()).filter((s) => s.id !== source.id);
  const usage = source._count;
  const fields = { id: source.id, version: source.version };
  return (
    <>
      <p>
        <Link href="/admin/sources">← {strings.back}</Link> · <Link href={`/sources/${source.id}`}>{strings.publicPage}</Link>
      </p>
      <h1>{source.name}</h1>
      {saved ? <StatusNotice>{strings.saved}</StatusNotice> : null}
      {merged ? <StatusNotice>{strings.merged}</StatusNotice> : null}
      {!source.isActive ? <p className="notice notice--error">{strings.inactive}</p> : null}
      <div className="workflow">
        {source.isActive ? (
          <WorkflowButton
            action={setSourceActiveAction}
            fields={{ ...fields, active: "false" }}
            label={strings.deactivate}
            confirmLabel={strings.confirmDeactivate}
          />
        ) : (
          <WorkflowButton action={setSourceActiveAction} fields={{ ...fields, active: "true" }} label={strings.reactivate} />
        )}
        {usage.figures + usage.timelineEvents === 0 ? (
          <WorkflowButton action={deleteSourceAction} fields={fields} label={strings.remove} confirmLabel={strings.confirmRemove} />
        ) : (
          <p className="muted small">{strings.cannotDelete(usage.figures, usage.timelineEvents)}</p>
        )}
      </div>
      <SourceForm
        action={saveSourceAction}
        initial={{
          id: String(source.id),
          version: String(source.version),
          name: source.name,
          kind: source.kind,
          affiliation: source.affiliation ?? "",
          url: source.url ?? "",
          reliability: source.reliability,
          previousReliability: source.reliability,
          notes: source.notes ?? "",
          notesUk: source.notesUk ?? "",
        }}
      />
      <section aria-labelledby="grade-history">
        <h2 id="grade-history">{strings.history}</h2>
        <ul>
          {source.gradeHistory.map((g) => (
            <li key={g.id}>
              {strings.graded(g.toGrade, g.fromGrade, g.changedAt.toISOString().slice(0, 10))}
              {g.reason ? ` — ${g.reason}` : ""}
            </li>
          ))}
        </ul>
      </section>
      <section className="card" aria-labelledby="merge-title">
        <h2 id="merge-title">{strings.mergeTitle}</h2>
        <p>{strings.mergeText}</p>
        <MergeSourceForm action={mergeSourcesAction} sourceId={source.id} sourceName={source.name} others={others} />
      </section>
    </>
  );
}
