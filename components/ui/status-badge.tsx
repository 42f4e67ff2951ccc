import { useLocale } from "next-intl";
import type { PublicationStatus } from "@/lib/domain/enums";
import { messagesFor } from "@/lib/i18n/domain-messages";
import type { Locale } from "@/lib/i18n/routing";

export function StatusBadge({ status }: { status: PublicationStatus }) {
  const m = messagesFor(useLocale() as Locale);
  return <span className={`status status--${status}`}>{m.publicationStatus[status]}</span>;
}
