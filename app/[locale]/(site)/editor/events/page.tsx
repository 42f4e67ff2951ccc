import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { StatusBadge } from "@/components/ui/status-badge";
import { DataText, EnteredText } from "@/components/ui/data-text";
import { requirePageRole } from "@/lib/auth/guard";
import { listTimelineEventsForEditor } from "@/lib/data/timeline";
import { enteredTextLang, placeText } from "@/lib/domain/localized";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("editor.events");
  return { title: t("title") };
}

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
      <h1>{t("title")}</h1>
      <p className="lede">{t("lede")}</p>
      <p>
        <Link className="button button--primary" href="/editor/events/new">
          {t("add")}
        </Link>
      </p>
      {events.length === 0 ? (
        <p className="empty-state">{t("empty")}</p>
      ) : (
        <div className="table-wrap">
          <table className="data">
            <caption>{t("caption", { count: events.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("date")}</th>
                <th scope="col">{t("what")}</th>
                <th scope="col">{t("place")}</th>
                <th scope="col">{t("source")}</th>
                <th scope="col">{t("status")}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((e) => (
                <tr key={e.id}>
                  <td className="date">{e.occurredOn.toISOString().slice(0, 10)}</td>
                  <th scope="row">
                    <Link href={`/editor/events/${e.id}`}>
                      <EnteredText text={e.title} />
                    </Link>
                  </th>
                  <td>
                    <DataText value={placeText(e.location, locale)} />
                  </td>
                  <td>
                    {e.source.name} <span className="grade">{e.source.reliability}</span>
                  </td>
                  <td>
                    <StatusBadge status={e.status} />
                    {e.statusReason ? (
                      <p className="muted small" lang={enteredTextLang(e.statusReason)}>
                        {e.statusReason}
                      </p>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
