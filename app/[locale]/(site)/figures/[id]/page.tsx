import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { FigureSummary } from "@/components/figures/figure-summary";
import { RetractControl } from "@/components/figures/retract-control";
import { DataLang, entered } from "@/components/ui/data-text";
import { getPublicFigure } from "@/lib/data/figures";
import { enteredTextLang, indicatorText, placeName } from "@/lib/domain/localized";
import { formatEstimate } from "@/lib/domain/qualifiers";
import { formatFor } from "@/lib/i18n/format";
import { messagesFor } from "@/lib/i18n/domain-messages";
import type { Locale } from "@/lib/i18n/routing";
import { reviewFigureAction } from "../../review/actions";
import { parseRecordId } from "@/lib/domain/record-ref";

export const dynamic = "force-dynamic";

const ACTIONS = ["created", "updated", "submitted", "withdrawn", "published", "rejected", "returned", "revised", "retracted"] as const;
const isAction = (action: string): action is (typeof ACTIONS)[number] => (ACTIONS as readonly string[]).includes(action);

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
  const t = await getTranslations("public.figure");
  const locale = (await getLocale()) as Locale;
  const m = messagesFor(locale);
  const format = formatFor(locale);
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
        <div className="table-wrap">
          <table className="data">
            <caption className="visually-hidden">{t("history")}</caption>
            <thead>
              <tr>
                {/* The estimate first: on a phone it stays in view while the rest scrolls. */}
                <th scope="col">{t("estimate")}</th>
                <th scope="col">{t("version")}</th>
                <th scope="col">{t("when")}</th>
                <th scope="col">{t("change")}</th>
                <th scope="col">{t("status")}</th>
                <th scope="col">{t("verification")}</th>
                <th scope="col">{t("by")}</th>
                <th scope="col">{t("reason")}</th>
              </tr>
            </thead>
            <tbody>
              {history.map((h) => (
                <tr key={h.version}>
                  <td>{formatEstimate({ ...h, qualifier: h.qualifier as never }, format, m)}</td>
                  <td className="num">{h.version}</td>
                  <td className="date">{t("stamp", { when: format.stamp(h.at) })}</td>
                  <td>{isAction(h.action) ? t(`action.${h.action}`) : h.action}</td>
                  <td>{m.publicationStatus[h.status as never] ?? h.status}</td>
                  <td>{m.verification[h.verification as never] ?? h.verification}</td>
                  <td>{h.organisation ?? "—"}</td>
                  <td lang={h.reason ? enteredTextLang(h.reason) : undefined}>{h.reason ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
