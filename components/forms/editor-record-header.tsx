// The top of an editor's record page (a figure, a timeline event): the way back, the title with
// the record's status, and what the last step did ("Saved.", "Submitted for review.").
import { StatusNotice } from "./status-notice";
import { StatusBadge } from "@/components/ui/status-badge";
import type { PublicationStatus } from "@/lib/domain/enums";
import { Link } from "@/lib/i18n/navigation";

export function EditorRecordHeader({
  back,
  title,
  status,
  notice,
}: {
  back: { href: string; label: string };
  title: string;
  status: PublicationStatus;
  /** What the step that led here did, if anything. */
  notice: string | null;
}) {
  return (
    <>
      <p>
        <Link href={back.href}>← {back.label}</Link>
      </p>
      <h1>
        {title} <StatusBadge status={status} />
      </h1>
      {notice ? <StatusNotice>{notice}</StatusNotice> : null}
    </>
  );
}
