// A reviewer's Publish / Send back / Reject on one record in the queue (a figure or a timeline
// event): only the steps this reviewer may take are offered, and where the four-eyes rule is
// why Publish is missing, the card says so instead. A server component; the buttons are client.
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/domain/action-state";
import { canPerform, workflowDenial, type Principal, type WorkflowRecord } from "@/lib/domain/permissions";
import { WorkflowButton } from "./workflow-button";

interface ReviewButtonsProps {
  /** The review action of the record's kind; it reads `id`, `version`, `action` and `reason`. */
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  user: Principal;
  record: WorkflowRecord & { id: number; version: number };
  /** In a table row (a figure of an import batch): a short four-eyes note and no primary Publish. */
  compact?: boolean;
}

export function ReviewButtons({ action, user, record, compact = false }: ReviewButtonsProps) {
  const t = useTranslations("review");
  const fields = { id: record.id, version: record.version };
  const may = {
    publish: canPerform(user, record, "publish"),
    return: canPerform(user, record, "return"),
    reject: canPerform(user, record, "reject"),
  };
  const fourEyes = workflowDenial(user, record, "publish") === "four_eyes";
  return (
    <div className="workflow">
      {fourEyes ? (
        <p className={compact ? "muted small" : "muted"}>{compact ? t("fourEyesShort") : t("fourEyes")}</p>
      ) : may.publish ? (
        <WorkflowButton action={action} fields={{ ...fields, action: "publish" }} label={t("publish")} primary={!compact} />
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
