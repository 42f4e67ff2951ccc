import { StatusNotice } from "@/components/forms/status-notice";
import { getTranslations } from "next-intl/server";
import { IndicatorForm } from "@/components/forms/indicator-form";
import { requireRecordPage, type RecordPageProps } from "@/lib/auth/record-page";
import { getIndicatorForAdmin } from "@/lib/data/indicators";
import { saveIndicatorAction } from "../actions";
import { Link } from "@/lib/i18n/navigation";
import { titleMetadata } from "@/lib/i18n/page-words";

export const dynamic = "force-dynamic";

export const generateMetadata = titleMetadata("admin.indicator.title");

export default async function AdminIndicatorPage(props: RecordPageProps) {
  const { record: indicator, search } = await requireRecordPage(props, "admin", "/admin/indicators", getIndicatorForAdmin);
  const { saved } = search;
  const t = await getTranslations("admin.indicator");
  const initial = {
    id: String(indicator.id),
    version: String(indicator.version),
    slug: indicator.slug,
    domain: indicator.domain,
    name: indicator.name,
    description: indicator.description ?? "",
    unit: indicator.unit,
    nameUk: indicator.nameUk ?? "",
    descriptionUk: indicator.descriptionUk ?? "",
    unitUk: indicator.unitUk ?? "",
    hxlTag: indicator.hxlTag,
    measure: indicator.measure,
    displayOrder: String(indicator.displayOrder),
    isPublic: indicator.isPublic ? "on" : "",
    allowedBreakdowns: indicator.allowedBreakdowns.join(","),
  };
  return (
    <>
      <p>
        <Link href="/admin/indicators">{t("back")}</Link>
      </p>
      <h1>{indicator.name}</h1>
      {saved ? <StatusNotice>{t("saved")}</StatusNotice> : null}
      <p className="muted">{t("figures", { count: indicator._count.figures })}</p>
      <IndicatorForm action={saveIndicatorAction} initial={initial} />
    </>
  );
}
