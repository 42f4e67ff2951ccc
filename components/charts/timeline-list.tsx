// Timeline events as a list: date, title, place, source with grade, verification.
import type { TimelineEntry } from "@/lib/data/timeline";
import { useLocale, useTranslations } from "next-intl";
import { formatFor } from "@/lib/i18n/format";
import { messagesFor } from "@/lib/i18n/domain-messages";
import { Link } from "@/lib/i18n/navigation";
import { Grade } from "@/components/ui/grade";
import { claimPlaceName, enteredTextLang } from "@/lib/domain/localized";
import { OutsideLink } from "@/components/ui/outside-link";

export function TimelineList({
  events,
  withDescriptions = true,
  label,
}: {
  events: TimelineEntry[];
  withDescriptions?: boolean;
  label: string;
}) {
  const t = useTranslations("charts.timeline");
  const locale = useLocale();
  const format = formatFor(locale);
  const messages = messagesFor(locale);
  if (events.length === 0) return <p className="empty-state">{t("empty")}</p>;
  return (
    <ol className="timeline" aria-label={label}>
      {events.map((e) => (
        <li key={e.id} className="timeline__event">
          <p className="timeline__date">
            <time dateTime={e.occurredOn}>{format.day(e.occurredOn)}</time> · {claimPlaceName(e, locale)}
          </p>
          {/* Titles and descriptions are shown as the editor wrote them, marked with their language. */}
          <p className="timeline__title" lang={enteredTextLang(e.title)}>
            {e.title}
          </p>
          {withDescriptions && e.description ? (
            <p className="timeline__text" lang={enteredTextLang(e.description)}>
              {e.description}
            </p>
          ) : null}
          <p className="timeline__meta">
            {t("source")}{" "}
            <Link href={`/sources/${e.sourceId}`} prefetch={false}>
              {e.sourceName}
            </Link>{" "}
            <Grade reliability={e.reliability} credibility={e.credibility} /> · {messages.verification[e.verification]}
            {e.sourceUrl ? (
              <>
                {" "}
                · <OutsideLink href={e.sourceUrl}>{t("link")}</OutsideLink>
              </>
            ) : null}
          </p>
        </li>
      ))}
    </ol>
  );
}
