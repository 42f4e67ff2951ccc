import { StatusNotice } from "@/components/forms/status-notice";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { IndicatorForm } from "@/components/forms/indicator-form";
import { requirePageRole } from "@/lib/auth/guard";
import { getIndicatorForAdmin } from "@/lib/data/indicators";
import { saveIndicatorAction } from "../actions";
import { parseRecordId } from "@/lib/domain/record-ref";
import { Link } from "@/lib/i18n/navigation";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.indicator");
  return { title: t("title") };
}

export default async function AdminIndicatorPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { id: rawId } = await params;
  await requirePageRole("admin", `/admin/indicators/${rawId}`);
  const id = parseRecordId(rawId);
  const indicator = id !== null ? await getIndicatorForAdmin(id) : null;
  if (!indicator) notFound();
  const { saved } = await searchParams;
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
