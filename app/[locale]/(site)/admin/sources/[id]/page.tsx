import { StatusNotice } from "@/components/forms/status-notice";
import { MergeSourceForm } from "@/components/forms/merge-source-form";
import { SourceForm } from "@/components/forms/source-form";
import { WorkflowButton } from "@/components/forms/workflow-button";
import { requireRecordPage, type RecordPageProps } from "@/lib/auth/record-page";
import { entered } from "@/components/ui/data-text";
import { getSourceForAdmin, listSourceOptionsForStaff } from "@/lib/data/sources";
import { deleteSourceAction, mergeSourcesAction, saveSourceAction, setSourceActiveAction } from "../actions";
import { Link } from "@/lib/i18n/navigation";
import { pageWords, titleMetadata } from "@/lib/i18n/page-words";

export const dynamic = "force-dynamic";

export const generateMetadata = titleMetadata("admin.source.title");

export default async function AdminSourcePage(props: RecordPageProps) {
  const { record: source, search } = await requireRecordPage(props, "admin", "/admin/sources", getSourceForAdmin);
  const { saved, merged } = search;
  const others = (await listSourceOptionsForStaff()).filter((s) => s.id !== source.id);
  const usage = source._count;
  const fields = { id: source.id, version: source.version };
  const { t, format } = await pageWords("admin.source");
  /** A grade change's reason, as the admin typed it (marked with its language). */
  const reasonWords = (reason: string) => t.rich("reason", { reason, entered: entered(reason) });
  return (
    <>
      <p>
        <Link href="/admin/sources">{t("back")}</Link> · <Link href={`/sources/${source.id}`}>{t("publicPage")}</Link>
      </p>
      <h1>{source.name}</h1>
      {saved ? <StatusNotice>{t("saved")}</StatusNotice> : null}
      {merged ? <StatusNotice>{t("merged")}</StatusNotice> : null}
      {!source.isActive ? <p className="notice notice--error">{t("inactive")}</p> : null}
      <div className="workflow">
        {source.isActive ? (
          <WorkflowButton
            action={setSourceActiveAction}
            fields={{ ...fields, active: "false" }}
            label={t("deactivate")}
            confirmLabel={t("confirmDeactivate")}
          />
        ) : (
          <WorkflowButton action={setSourceActiveAction} fields={{ ...fields, active: "true" }} label={t("reactivate")} />
        )}
        {usage.figures + usage.timelineEvents === 0 ? (
          <WorkflowButton action={deleteSourceAction} fields={fields} label={t("remove")} confirmLabel={t("confirmRemove")} />
        ) : (
          <p className="muted small">{t("cannotDelete", { figures: usage.figures, events: usage.timelineEvents })}</p>
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
        <h2 id="grade-history">{t("history")}</h2>
        <ul>
          {source.gradeHistory.map((g) => (
            <li key={g.id}>
              {g.fromGrade
                ? t("regraded", { at: format.day(g.changedAt), from: g.fromGrade, to: g.toGrade })
                : t("graded", { at: format.day(g.changedAt), to: g.toGrade })}
              {g.reason ? reasonWords(g.reason) : ""}
            </li>
          ))}
        </ul>
      </section>
      <section className="card" aria-labelledby="merge-title">
        <h2 id="merge-title">{t("mergeTitle")}</h2>
        <p>{t("mergeText")}</p>
        <MergeSourceForm action={mergeSourcesAction} sourceId={source.id} sourceName={source.name} others={others} />
      </section>
    </>
  );
}
