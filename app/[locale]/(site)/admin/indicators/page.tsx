import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { IndicatorForm } from "@/components/forms/indicator-form";
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
      <div className="table-wrap">
        <table className="data">
          <caption>{t("caption", { count: indicators.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("name")}</th>
              <th scope="col">{t("domain")}</th>
              <th scope="col">{t("unit")}</th>
              <th scope="col">{t("hxl")}</th>
              <th scope="col">{t("breakdowns")}</th>
              <th scope="col" className="num">
                {t("figures")}
              </th>
              <th scope="col">{t("shown")}</th>
            </tr>
          </thead>
          <tbody>
            {indicators.map((i) => (
              <tr key={i.id}>
                <th scope="row">
                  <Link href={`/admin/indicators/${i.id}`}>{i.name}</Link>
                </th>
                <td>{messages.domain[i.domain]}</td>
                <td>{i.unit}</td>
                <td>
                  <code>{i.hxlTag}</code>
                </td>
                <td>
                  {i.allowedBreakdowns.length ? i.allowedBreakdowns.map((d) => messages.breakdownDimension[d]).join(", ") : t("none")}
                </td>
                <td className="num">{format.count(i._count.figures)}</td>
                <td>{i.isPublic ? t("yes") : <strong>{t("no")}</strong>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section className="card" aria-labelledby="add-indicator">
        <h2 id="add-indicator">{t("add")}</h2>
        <IndicatorForm action={saveIndicatorAction} initial={{}} />
      </section>
    </>
  );
}
