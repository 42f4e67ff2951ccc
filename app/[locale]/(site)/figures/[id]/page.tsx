import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { FigureSummary } from "@/components/figures/figure-summary";
import { RetractControl } from "@/components/figures/retract-control";
import { DataLang, entered } from "@/components/ui/data-text";
import { getPublicFigure } from "@/lib/data/figures";
import { enteredTextLang, indicatorText, placeName } from "@/lib/domain/localized";
import { formatEstimate } from "@/lib/domain/qualifiers";
import type { Locale } from "@/lib/i18n/routing";
import { reviewFigureAction } from "../../review/actions";
import { parseRecordId } from "@/lib/domain/record-ref";
import { DataTable } from "@/components/ui/data-table";
import { pageWords } from "@/lib/i18n/page-words";
import { isWorkflowStep } from "@/lib/domain/audit-actions";

export const dynamic = "force-dynamic";

async function load(rawId: string) {
  const id = parseRecordId(rawId);
  return id !== null ? getPublicFigure(id) : null;
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const data = await load((await params).id);
  const t = await getTranslations("public.figure");
  const locale = (await getLocale()) as Locale;
  return {
    title: data
      ? t("title", { indicator: indicatorText(data.figure.indicator, "name", locale).text, place: placeName(data.figure.location, locale) })
      : t("fallbackTitle"),
  };
}

export default async function FigurePage({ params }: { params: Promise<{ id: string }> }) {
  const data = await load((await params).id);
  if (!data) notFound();
  const { t, locale, messages: m, format } = await pageWords("public.figure");
  const { figure, history } = data;
  const name = indicatorText(figure.indicator, "name", locale);
  const heading = t.rich("heading", {
    indicator: name.text,
    place: placeName(figure.location, locale),
    ln: (chunks) => <DataLang lang={name.lang}>{chunks}</DataLang>,
  });
  const reason = figure.statusReason?.replace(/[.!?\s]+$/, "");
  const retracted = reason ? t.rich("retractedWithReason", { reason, entered: entered(reason) }) : t("retracted");
  return (
    <>
      <h1>{heading}</h1>
      {figure.status === "retracted" ? (
        <p className="notice notice--error" role="note">
          {retracted}
        </p>
      ) : null}
      <section className="card">
        <FigureSummary figure={figure} />
      </section>
      {/* A reviewer's control, shown in the browser: this public page is rendered without the session. */}
      <RetractControl action={reviewFigureAction} figure={{ id: figure.id, version: figure.version, status: figure.status }} />
      <section aria-labelledby="history-title">
        <h2 id="history-title">{t("history")}</h2>
        <p className="muted">{t("historyLede")}</p>
        {/* The estimate first: on a phone it stays in view while the rest scrolls. */}
        <DataTable
          caption={t("history")}
          captionHidden
          rows={history}
          rowKey={(h) => h.version}
          columns={[
            { header: t("estimate"), cell: (h) => formatEstimate({ ...h, qualifier: h.qualifier as never }, format, m) },
            { header: t("version"), className: "num", cell: (h) => h.version },
            { header: t("when"), className: "date", cell: (h) => t("stamp", { when: format.stamp(h.at) }) },
            { header: t("change"), cell: (h) => (isWorkflowStep(h.action) ? t(`action.${h.action}`) : h.action) },
            { header: t("status"), cell: (h) => m.publicationStatus[h.status as never] ?? h.status },
            { header: t("verification"), cell: (h) => m.verification[h.verification as never] ?? h.verification },
            { header: t("by"), cell: (h) => h.organisation ?? "—" },
            {
              header: t("reason"),
              cellAttributes: (h) => ({ lang: h.reason ? enteredTextLang(h.reason) : undefined }),
              cell: (h) => h.reason ?? "",
            },
          ]}
        />
      </section>
    </>
  );
}
