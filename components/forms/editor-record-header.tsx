// The top of an editor's record page (a figure, a timeline event): the way back, the title with
// the record's status, what the last step did ("Saved.", "Submitted for review."), what the
// reviewer wrote, and the editor's workflow steps the user may take (submit, withdraw) beside
// the page's own (`children`: delete, a link to the public page).
import type { ReactNode } from "react";
import { StatusNotice } from "./status-notice";
import { WorkflowButton, type WorkflowButtonProps } from "./workflow-button";
import { StatusBadge } from "@/components/ui/status-badge";
import { canPerform, type Principal, type WorkflowRecord } from "@/lib/domain/permissions";
import { Link } from "@/lib/i18n/navigation";

const STEPS = ["submit", "withdraw", "revise"] as const;
export type EditorStep = (typeof STEPS)[number];
const isStep = (step: string): step is EditorStep => (STEPS as readonly string[]).includes(step);

/** The steps the record page offers as buttons, each where the user may take it. */
const EDITOR_STEPS = ["submit", "withdraw"] as const;

/** The page's words (its namespace's `t`): the same keys for figures and timeline events. */
type Words = ((key: "back" | "saved" | "submit" | "withdraw" | `done.${EditorStep}`) => string) &
  ((key: "title", values: { id: number }) => string);

export function EditorRecordHeader({
  page,
  back,
  t,
  reviewerSaid,
  stepAction,
  children,
}: {
  /** The record page (requireRecordPage): who looks, the record, and `saved` / `done` from the address (what the last step did). */
  page: { user: Principal; record: WorkflowRecord & { id: number; version: number }; search: { saved?: string; done?: string } };
  back: string;
  t: Words;
  reviewerSaid: ReactNode;
  stepAction: WorkflowButtonProps["action"];
  children?: ReactNode;
}) {
  const { user, record, search } = page;
  const { saved, done } = search;
  const steps = EDITOR_STEPS.filter((step) => canPerform(user, record, step));
  const notice = saved ? t("saved") : done && isStep(done) ? t(`done.${done}`) : null;
  const fields = { id: record.id, version: record.version };
  return (
    <>
      <p>
        <Link href={back}>← {t("back")}</Link>
      </p>
      <h1>
        {t("title", { id: record.id })} <StatusBadge status={record.status} />
      </h1>
      {notice ? <StatusNotice>{notice}</StatusNotice> : null}
      {reviewerSaid ? <p className="notice notice--error">{reviewerSaid}</p> : null}
      <div className="workflow">
        {steps.map((step) => (
          <WorkflowButton key={step} action={stepAction} fields={{ ...fields, action: step }} label={t(step)} primary={step === "submit"} />
        ))}
        {children}
      </div>
    </>
  );
}
