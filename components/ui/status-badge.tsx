import type { PublicationStatus } from "@/lib/domain/enums";
import { messages } from "@/lib/domain/messages";

export function StatusBadge({ status }: { status: PublicationStatus }) {
  return <span className={`status status--${status}`}>{messages.publicationStatus[status]}</span>;
}
