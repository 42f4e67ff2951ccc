"use client";
import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

export function ErrorContent({ reset }: { reset: () => void }) {
  const t = useTranslations("common.error");
  return (
    <div className="status-page" role="alert">
      <h1>{t("title")}</h1>
      <p>{t("text")}</p>
      <p>
        <button type="button" className="button button--primary" onClick={reset}>
          {t("retry")}
        </button>{" "}
        <Link href="/">{t("home")}</Link>
      </p>
    </div>
  );
}
