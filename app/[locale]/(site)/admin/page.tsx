import { getTranslations } from "next-intl/server";
import { requirePageRole } from "@/lib/auth/guard";
import { Link } from "@/lib/i18n/navigation";
import { titleMetadata } from "@/lib/i18n/page-words";

export const dynamic = "force-dynamic";

const SECTIONS = ["sources", "indicators", "locations", "users", "audit"] as const;

export const generateMetadata = titleMetadata("admin.home.title");

export default async function AdminPage() {
  await requirePageRole("admin", "/admin");
  const t = await getTranslations("admin.home");
  return (
    <>
      <h1>{t("title")}</h1>
      <ul className="admin-sections">
        {SECTIONS.map((s) => (
          <li key={s}>
            <Link href={`/admin/${s}`}>{t(`sections.${s}.name`)}</Link> — {t(`sections.${s}.text`)}
          </li>
        ))}
      </ul>
    </>
  );
}
