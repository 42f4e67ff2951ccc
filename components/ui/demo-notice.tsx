import { useTranslations } from "next-intl";

/** Shown on every page while the data set is the demo one (and, in English, in every export's "read me"). */
export function DemoNotice() {
  const t = useTranslations("common.demoNotice");
  return (
    <aside className="demo-notice" aria-label={t("label")}>
      <p>
        <strong>{t("title")}</strong> {t("text")}
      </p>
    </aside>
  );
}
