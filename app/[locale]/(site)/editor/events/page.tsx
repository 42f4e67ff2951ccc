import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { StatusBadge } from "@/components/ui/status-badge";
import { DataText, EnteredText } from "@/components/ui/data-text";
import { requirePageRole } from "@/lib/auth/guard";
import { listTimelineEventsForEditor } from "@/lib/data/timeline";
import { RecordTable } from "@/components/ui/data-table";
import { enteredTextLang, placeText } from "@/lib/domain/localized";
import { titleMetadata } from "@/lib/i18n/page-words";
import { PageIntro } from "@/components/ui/page-intro";

export const dynamic = "force-dynamic";

export const generateMetadata = titleMetadata("editor.events.title");

export default async function EditorEventsPage() {
  const user = await requirePageRole("editor", "/editor/events");
  const t = await getTranslations("editor.events");
  const events = await listTimelineEventsForEditor(user);
  const locale = await getLocale();
  return (
    <>
      <p>
        <Link href="/editor">← {t("figures")}</Link>
      </p>
      <PageIntro t={t} />
      <p>
        <Link className="button button--primary" href="/editor/events/new">
          {t("add")}
        </Link>
      </p>
      <RecordTable
        t={t}
        rows={events}
        columns={[
          { header: t("date"), className: "date", cell: (e) => e.occurredOn.toISOString().slice(0, 10) },
          {
            header: t("what"),
            rowHeader: true,
            cell: (e) => (
              <Link href={`/editor/events/${e.id}`}>
                <EnteredText text={e.title} />
              </Link>
            ),
          },
          { header: t("place"), cell: (e) => <DataText value={placeText(e.location, locale)} /> },
          {
            header: t("source"),
            cell: (e) => (
              <>
                {e.source.name} <span className="grade">{e.source.reliability}</span>
              </>
            ),
          },
          {
            header: t("status"),
            cell: (e) => (
              <>
                <StatusBadge status={e.status} />
                {e.statusReason ? (
                  <p className="muted small" lang={enteredTextLang(e.statusReason)}>
                    {e.statusReason}
                  </p>
                ) : null}
              </>
            ),
          },
        ]}
      />
    </>
  );
}
