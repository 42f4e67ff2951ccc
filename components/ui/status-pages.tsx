import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

export function NotFoundContent() {
  const t = useTranslations("common.notFound");
  return (
    <div className="status-page">
      <h1>{t("title")}</h1>
      <p>{t("text")}</p>
      <p>
        <Link href="/">{t("home")}</Link> · <Link href="/sources">{t("sources")}</Link>
      </p>
    </div>
  );
}
