"use client";
// The header's account corner. Not rendered from the session on the server (public pages must
// not depend on it, so they can be cached): it asks /api/session after hydration, in a slot of
// reserved size (.account-slot) so nothing moves when it fills in.
import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { roleAtLeast } from "@/lib/domain/roles";
import { useSession } from "./session-client";
import { SignOutButton } from "./sign-out-button";

/** Sign-in link, or the signed-in user's links and sign-out. Hiding a link is never the check. */
export function AccountMenu() {
  const t = useTranslations("common.account");
  const session = useSession();
  if (session.status === "pending") {
    // Without JavaScript the link is still there.
    return (
      <div className="account-slot">
        <noscript>
          <Link href="/signin">{t("signIn")}</Link>
        </noscript>
      </div>
    );
  }
  const { user } = session;
  if (!user)
    return (
      <div className="account-slot">
        <Link href="/signin">{t("signIn")}</Link>
      </div>
    );
  return (
    <nav aria-label={t("label")} className="account-slot site-nav site-nav--account">
      <Link href="/editor">{t("editor")}</Link>
      {roleAtLeast(user.role, "reviewer") ? <Link href="/review">{t("review")}</Link> : null}
      {roleAtLeast(user.role, "admin") ? <Link href="/admin">{t("admin")}</Link> : null}
      <Link href="/account" title={user.email}>
        {user.name}
      </Link>
      <SignOutButton />
    </nav>
  );
}
