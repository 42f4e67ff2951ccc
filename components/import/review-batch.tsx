// One import batch in the review queue: the file, who imported it, how many of its figures wait, the
// batch actions (publish, reject or send back all), and its figures a page at a time (`?batch=<id>&page=N`,
// plain links that keep the language), so the queue stays the same size whatever the batch's size.
import { useLocale, useTranslations } from "next-intl";
import { WorkflowButton } from "@/components/forms/workflow-button";
import { Pager } from "@/components/ui/pager";
import type { BatchFiguresPage } from "@/lib/data/figure-import";
import type { ActionState } from "@/lib/domain/action-state";
import { canPerform, workflowDenial, type Principal } from "@/lib/domain/permissions";
import { indicatorName, placeName } from "@/lib/domain/localized";
import { formatEstimate } from "@/lib/domain/qualifiers";
import { messagesFor } from "@/lib/i18n/domain-messages";
import { formatFor } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

interface ReviewBatchProps {
  batch: { id: number; fileName: string; submitted: number; createdBy: { name: string } | null };
  figures: BatchFiguresPage;
  /** The batch review action (publish, reject or return every submitted figure). */
  action: Action;
  /** The one-figure review action, for a figure of the page (four-eyes rule: no Publish on one's own). */
  figureAction: Action;
  user: Principal;
}

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

export function ReviewBatch({ batch, figures: { rows, window }, action, figureAction, user }: ReviewBatchProps) {
  const t = useTranslations("review");
  const locale = useLocale() as Locale;
  const format = formatFor(locale);
  const words = messagesFor(locale);
  const headingId = `review-batch-${batch.id}`;
  const fields = { batch: batch.id };
  const pagerParams = new URLSearchParams({ batch: String(batch.id) });
  const pager = (label: string) => <Pager window={window} path="/review" params={pagerParams} noun={t("batchNoun")} label={label} />;
  return (
    <article className="card review-item" aria-labelledby={headingId}>
      <h3 id={headingId}>{t("batch", { id: String(batch.id), file: batch.fileName })}</h3>
      <p className="card__meta">
        {t("batchMeta", { count: batch.submitted, name: batch.createdBy?.name ?? "—" })} ·{" "}
        <Link href={`/editor/import/${batch.id}`}>{t("openBatch")}</Link>
      </p>
      <div className="workflow">
        <WorkflowButton action={action} fields={{ ...fields, action: "publish" }} label={t("publishAll")} primary />
        <WorkflowButton action={action} fields={{ ...fields, action: "reject" }} label={t("rejectAll")} reasonLabel={t("rejectReason")} />
        <WorkflowButton
          action={action}
          fields={{ ...fields, action: "return" }}
          label={t("sendBackAll")}
          reasonLabel={t("sendBackReason")}
        />
      </div>
      {rows.length ? (
        <>
          {pager(t("batchPagerTop", { id: String(batch.id) }))}
          <div className="table-wrap">
            <table className="data">
              <caption className="visually-hidden">{t("batchCaption", { id: String(batch.id) })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("figure")}</th>
                  <th scope="col">{t("indicator")}</th>
                  <th scope="col">{t("place")}</th>
                  <th scope="col">{t("asOf")}</th>
                  <th scope="col">{t("estimate")}</th>
                  <th scope="col">{t("source")}</th>
                  <th scope="col">{t("actions")}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((f) => (
                  <tr key={f.id}>
                    <th scope="row">
                      <Link href={`/editor/figures/${f.id}`}>{f.id}</Link>
                    </th>
                    <td>{indicatorName(f.indicator, locale)}</td>
                    <td>
                      {placeName(f.location, locale)} <span className="muted">({f.location.pcode})</span>
                    </td>
                    <td className="date">{format.dayShort(f.asOf)}</td>
                    <td>{formatEstimate(f, format, words)}</td>
                    <td>
                      {f.source.name}{" "}
                      <abbr className="grade" title={words.reliability[f.source.reliability]}>
                        {f.source.reliability}
                      </abbr>
                    </td>
                    <td>
                      <FigureActions figure={f} action={figureAction} user={user} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {window.pages > 1 ? pager(t("batchPagerBottom", { id: String(batch.id) })) : null}
        </>
      ) : null}
    </article>
  );
}

/** Publish, send back or reject one figure of the batch, as its own card in the queue would. */
function FigureActions({ figure, action, user }: { figure: BatchFiguresPage["rows"][number]; action: Action; user: Principal }) {
  const t = useTranslations("review");
  const fields = { id: figure.id, version: figure.version };
  const may = {
    fourEyes: workflowDenial(user, figure, "publish") === "four_eyes",
    publish: canPerform(user, figure, "publish"),
    return: canPerform(user, figure, "return"),
    reject: canPerform(user, figure, "reject"),
  };
  return (
    <div className="workflow">
      {may.fourEyes ? (
        <p className="muted small">{t("fourEyesShort")}</p>
      ) : may.publish ? (
        <WorkflowButton action={action} fields={{ ...fields, action: "publish" }} label={t("publish")} />
      ) : null}
      {may.return ? (
        <WorkflowButton action={action} fields={{ ...fields, action: "return" }} label={t("sendBack")} reasonLabel={t("sendBackReason")} />
      ) : null}
      {may.reject ? (
        <WorkflowButton action={action} fields={{ ...fields, action: "reject" }} label={t("reject")} reasonLabel={t("rejectReason")} />
      ) : null}
    </div>
  );
}
