// One import batch in the review queue: the file, who imported it, how many of its figures wait, the
// batch actions (publish, reject or send back all), and its figures a page at a time (`?batch=<id>&page=N`,
// plain links that keep the language), so the queue stays the same size whatever the batch's size.
import { useLocale, useTranslations } from "next-intl";
import { ReviewButtons } from "@/components/forms/review-buttons";
import { WorkflowButton } from "@/components/forms/workflow-button";
import { DataTable } from "@/components/ui/data-table";
import { DataText } from "@/components/ui/data-text";
import { Pager } from "@/components/ui/pager";
import type { BatchFiguresPage } from "@/lib/data/figure-import";
import type { ActionState } from "@/lib/domain/action-state";
import type { Principal } from "@/lib/domain/permissions";
import { indicatorText } from "@/lib/domain/localized";
import { formatEstimate } from "@/lib/domain/qualifiers";
import { messagesFor } from "@/lib/i18n/domain-messages";
import { formatFor } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { PlaceWithCode, SourceWithGrade } from "@/components/figures/claim-cells";

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
          <DataTable
            caption={t("batchCaption", { id: String(batch.id) })}
            captionHidden
            rows={rows}
            rowKey={(f) => f.id}
            columns={[
              { header: t("figure"), rowHeader: true, cell: (f) => <Link href={`/editor/figures/${f.id}`}>{f.id}</Link> },
              { header: t("indicator"), cell: (f) => <DataText value={indicatorText(f.indicator, "name", locale)} /> },
              {
                header: t("place"),
                cell: (f) => <PlaceWithCode place={f.location} locale={locale} />,
              },
              { header: t("asOf"), className: "date", cell: (f) => format.dayShort(f.asOf) },
              { header: t("estimate"), cell: (f) => formatEstimate(f, format, words) },
              {
                header: t("source"),
                cell: (f) => <SourceWithGrade source={f.source} meaning={words.reliability[f.source.reliability]} />,
              },
              { header: t("actions"), cell: (f) => <ReviewButtons action={figureAction} user={user} record={f} compact /> },
            ]}
          />
          {window.pages > 1 ? pager(t("batchPagerBottom", { id: String(batch.id) })) : null}
        </>
      ) : null}
    </article>
  );
}
