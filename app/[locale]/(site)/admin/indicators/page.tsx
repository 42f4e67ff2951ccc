import { IndicatorForm } from "@/components/forms/indicator-form";
import { DataTable } from "@/components/ui/data-table";
import { requireListPage } from "@/lib/auth/list-page";
import { listIndicatorsForAdmin } from "@/lib/data/indicators";
import { Link } from "@/lib/i18n/navigation";
import { saveIndicatorAction } from "./actions";
import { titleMetadata } from "@/lib/i18n/page-words";
import { PageIntro } from "@/components/ui/page-intro";

export const dynamic = "force-dynamic";

export const generateMetadata = titleMetadata("admin.indicators.title");

export default async function AdminIndicatorsPage() {
  const {
    rows: indicators,
    t,
    messages,
    format,
  } = await requireListPage("admin", "/admin/indicators", "admin.indicators", listIndicatorsForAdmin);
  return (
    <>
      <PageIntro t={t} />
      <DataTable
        caption={t("caption", { count: indicators.length })}
        rows={indicators}
        rowKey={(i) => i.id}
        columns={[
          { header: t("name"), rowHeader: true, cell: (i) => <Link href={`/admin/indicators/${i.id}`}>{i.name}</Link> },
          { header: t("domain"), cell: (i) => messages.domain[i.domain] },
          { header: t("unit"), cell: (i) => i.unit },
          { header: t("hxl"), cell: (i) => <code>{i.hxlTag}</code> },
          {
            header: t("breakdowns"),
            cell: (i) =>
              i.allowedBreakdowns.length ? i.allowedBreakdowns.map((d) => messages.breakdownDimension[d]).join(", ") : t("none"),
          },
          { header: t("figures"), numeric: true, cell: (i) => format.count(i._count.figures) },
          { header: t("shown"), cell: (i) => (i.isPublic ? t("yes") : <strong>{t("no")}</strong>) },
        ]}
      />
      <section className="card" aria-labelledby="add-indicator">
        <h2 id="add-indicator">{t("add")}</h2>
        <IndicatorForm action={saveIndicatorAction} initial={{}} />
      </section>
    </>
  );
}
