import { StatusNotice } from "@/components/forms/status-notice";
import { SourceForm } from "@/components/forms/source-form";
import { RecordTable } from "@/components/ui/data-table";
import { ListFilters } from "@/components/ui/list-filters";
import { requirePageRole } from "@/lib/auth/guard";
import { listSourcesForAdmin } from "@/lib/data/sources";
import { isOneOf, RELIABILITIES, SOURCE_KINDS } from "@/lib/domain/enums";
import { searchTextParam } from "@/lib/domain/text";
import { Link } from "@/lib/i18n/navigation";
import { saveSourceAction } from "./actions";
import { pageWords, titleMetadata } from "@/lib/i18n/page-words";
import { FilterSearch, FilterSelect } from "@/components/ui/filter-select";
import { choicesOf } from "@/components/ui/choice-options";
import { PageIntro } from "@/components/ui/page-intro";

export const dynamic = "force-dynamic";

export const generateMetadata = titleMetadata("admin.sources.title");

export default async function AdminSourcesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePageRole("admin", "/admin/sources");
  const params = await searchParams;
  const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : "");
  const kind = isOneOf(SOURCE_KINDS, one(params.kind)) ? (one(params.kind) as (typeof SOURCE_KINDS)[number]) : undefined;
  const reliability = isOneOf(RELIABILITIES, one(params.grade)) ? (one(params.grade) as (typeof RELIABILITIES)[number]) : undefined;
  const active = one(params.status) === "active" ? true : one(params.status) === "inactive" ? false : undefined;
  const search = searchTextParam(params.q, 100);
  const sources = await listSourcesForAdmin({ search, kind, reliability, active });
  const { t, messages } = await pageWords("admin.sources");
  return (
    <>
      <PageIntro t={t} />
      {params.deleted ? <StatusNotice>{t("deleted")}</StatusNotice> : null}
      <ListFilters submit={t("filter")}>
        <FilterSearch label={t("search")} value={search} />
        <FilterSelect name="kind" label={t("kind")} value={kind} any={t("any")} choices={choicesOf(SOURCE_KINDS, messages.sourceKind)} />
        <FilterSelect
          name="grade"
          label={t("grade")}
          value={reliability}
          any={t("any")}
          choices={choicesOf(RELIABILITIES, (r) => t("gradeOption", { grade: r, label: messages.reliability[r] }))}
        />
        <FilterSelect
          name="status"
          label={t("status")}
          value={one(params.status)}
          any={t("any")}
          choices={[
            { value: "active", label: t("active") },
            { value: "inactive", label: t("inactive") },
          ]}
        />
      </ListFilters>
      <RecordTable
        t={t}
        rows={sources}
        columns={[
          { header: t("name"), rowHeader: true, cell: (s) => <Link href={`/admin/sources/${s.id}`}>{s.name}</Link> },
          { header: t("kind"), cell: (s) => messages.sourceKind[s.kind] },
          { header: t("affiliation"), cell: (s) => s.affiliation ?? "" },
          {
            header: t("grade"),
            cell: (s) => (
              <abbr className="grade" title={messages.reliability[s.reliability]}>
                {s.reliability}
              </abbr>
            ),
          },
          { header: t("status"), cell: (s) => (s.isActive ? t("active") : <strong>{t("inactive")}</strong>) },
          { header: t("cited"), cell: (s) => t("citedBy", { figures: s._count.figures, events: s._count.timelineEvents }) },
        ]}
      />
      <section className="card" aria-labelledby="add-source">
        <h2 id="add-source">{t("add")}</h2>
        <SourceForm action={saveSourceAction} initial={{}} />
      </section>
    </>
  );
}
