import { useTranslations } from "next-intl";
import { SiteChrome } from "@/components/ui/site-chrome";
import { Link } from "@/lib/i18n/navigation";

// Rendered in the root layout (outside the (site) group), so it brings the site's chrome;
// like not-found, it may be prerendered, where there is no session: no account menu.
export default function Forbidden() {
  const t = useTranslations("common.forbidden");
  return (
    <SiteChrome account={false}>
      <div className="narrow">
        <h1>{t("title")}</h1>
        <p>{t("text")}</p>
        <p>
          <Link href="/">{t("home")}</Link>
        </p>
      </div>
    </SiteChrome>
  );
}
