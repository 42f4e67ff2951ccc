import { getTranslations } from "next-intl/server";
import { requirePageRole } from "@/lib/auth/guard";
import { DataTable } from "@/components/ui/data-table";
import { ListFilters } from "@/components/ui/list-filters";
import { AUDIT_PAGE_SIZE, auditEntityTypes, listAuditEvents } from "@/lib/data/audit";
import { auditChanges } from "@/lib/domain/audit-diff";
import { parseCalendarDateInRange } from "@/lib/domain/dates";
import { searchTextParam } from "@/lib/domain/text";
import { pageWords, titleMetadata } from "@/lib/i18n/page-words";
import { FilterSelect } from "@/components/ui/filter-select";
import { PageIntro } from "@/components/ui/page-intro";

export const dynamic = "force-dynamic";

export const generateMetadata = titleMetadata("admin.audit.title");
const str = (v: string | string[] | undefined) => searchTextParam(v, 320);

/** The event's changed fields as "field: before → after", and the stored JSON under a disclosure. */
async function Change({ before, after }: { before: unknown; after: unknown }) {
  const t = await getTranslations("admin.audit");
  const changes = auditChanges(before, after);
  if (before == null && after == null) return null;
  return (
    <>
      {changes.length === 0 ? (
        <p className="muted small">{t("noChange")}</p>
      ) : (
        <dl className="audit__fields">
          {changes.map((c) => (
            <div key={c.field}>
              <dt>{c.field}</dt>
              <dd>
                {c.before !== null ? <del>{c.before}</del> : null}
                {c.before !== null && c.after !== null ? " → " : null}
                {c.after !== null ? <ins>{c.after}</ins> : null}
              </dd>
            </div>
          ))}
        </dl>
      )}
      <details className="audit__raw">
        <summary>{t("raw")}</summary>
        {before != null ? (
          <>
            <p className="small">{t("rawBefore")}</p>
            <pre>{JSON.stringify(before, null, 2)}</pre>
          </>
        ) : null}
        {after != null ? (
          <>
            <p className="small">{t("rawAfter")}</p>
            <pre>{JSON.stringify(after, null, 2)}</pre>
          </>
        ) : null}
      </details>
    </>
  );
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePageRole("admin", "/admin/audit");
  const params = await searchParams;
  const filter = {
    actorEmail: str(params.actor) || undefined,
    entityType: str(params.entity) || undefined,
    from: parseCalendarDateInRange(str(params.from)) ?? undefined,
    to: parseCalendarDateInRange(str(params.to)) ?? undefined,
  };
  const [events, entityTypes] = await Promise.all([listAuditEvents(filter), auditEntityTypes()]);
  const { t, format } = await pageWords("admin.audit");
  return (
    <>
      <PageIntro t={t} />
      <ListFilters submit={t("filter")}>
        <div className="field">
          <label htmlFor="actor">{t("actor")}</label>
          <input id="actor" name="actor" defaultValue={filter.actorEmail ?? ""} />
        </div>
        <FilterSelect
          name="entity"
          label={t("entity")}
          value={filter.entityType}
          any={t("any")}
          choices={entityTypes.map((type) => ({ value: type, label: type }))}
        />
        <div className="field">
          <label htmlFor="from">{t("from")}</label>
          <input id="from" name="from" type="date" defaultValue={str(params.from)} />
        </div>
        <div className="field">
          <label htmlFor="to">{t("to")}</label>
          <input id="to" name="to" type="date" defaultValue={str(params.to)} />
        </div>
      </ListFilters>
      <DataTable
        className="audit"
        caption={events.length >= AUDIT_PAGE_SIZE ? t("captionNewest", { count: events.length }) : t("caption", { count: events.length })}
        empty={t("empty")}
        rows={events}
        rowKey={(e) => String(e.id)}
        columns={[
          { header: t("when"), className: "date", cell: (e) => format.stamp(e.at) },
          { header: t("who"), cell: (e) => e.actorEmail ?? t("system") },
          { header: t("action"), cell: (e) => <code>{e.action}</code> },
          { header: t("what"), cell: (e) => `${e.entityType}${e.entityId ? ` ${e.entityId}` : ""}` },
          { header: t("change"), className: "audit__change", cell: (e) => <Change before={e.before} after={e.after} /> },
          { header: t("origin"), className: "muted small", cell: (e) => e.origin },
        ]}
      />
    </>
  );
}
