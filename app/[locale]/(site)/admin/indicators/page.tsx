import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { IndicatorForm } from "@/components/forms/indicator-form";
import { DataTable } from "@/components/ui/data-table";
import { requirePageRole } from "@/lib/auth/guard";
import { listIndicatorsForAdmin } from "@/lib/data/indicators";
import { messagesFor } from "@/lib/i18n/domain-messages";
import { formatFor } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { saveIndicatorAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.indicators");
  return { title: t("title") };
}

export default async function AdminIndicatorsPage() {
  await requirePageRole("admin", "/admin/indicators");
  const indicators = await listIndicatorsForAdmin();
  const t = await getTranslations("admin.indicators");
  const locale = (await getLocale()) as Locale;
  const messages = messagesFor(locale);
  const format = formatFor(locale);
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lede">{t("lede")}</p>
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
