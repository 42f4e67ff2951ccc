// Timeline events as a list: date, title, place, source with grade, verification.
import type { TimelineEntry } from "@/lib/data/timeline";
import { messages } from "@/lib/domain/messages";
import { Grade } from "@/components/ui/grade";
import { formatDay } from "@/components/ui/format";
import { useLocale } from "next-intl";
import { claimPlaceName } from "@/lib/domain/localized";

const strings = {
  source: "Source:",
  link: "original report",
  empty: "No published timeline events match.",
};

export function TimelineList({
  events,
  withDescriptions = true,
  label,
}: {
  events: TimelineEntry[];
  withDescriptions?: boolean;
  label: string;
}) {
  const locale = useLocale();
  if (events.length === 0) return <p className="empty-state">{strings.empty}</p>;
  return (
    <ol className="timeline" aria-label={label}>
      {events.map((e) => (
        <li key={e.id} className="timeline__event">
          <p className="timeline__date">
            <time dateTime={e.occurredOn}>{formatDay(e.occurredOn)}</time> · {claimPlaceName(e, locale)}
          </p>
          <p className="timeline__title">{e.title}</p>
          {withDescriptions && e.description ? <p className="timeline__text">{e.description}</p> : null}
          <p className="timeline__meta">
            {strings.source} <a href={`/sources/${e.sourceId}`}>{e.sourceName}</a>{" "}
            <Grade reliability={e.reliability} credibility={e.credibility} /> · {messages.verification[e.verification]}
            {e.sourceUrl ? (
              <>
                {" "}
                ·{" "}
                <a href={e.sourceUrl} rel="noopener noreferrer">
                  {strings.link}
                </a>
              </>
            ) : null}
          </p>
        </li>
      ))}
    </ol>
  );
}
