"use client";
// The account corner of a signed-in user: their areas' links and sign-out. A module of its own,
// loaded by AccountMenu only once /api/session says someone is signed in, so that readers' pages
// (nearly every visit) do not carry it in their first-load JavaScript.
import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { roleAtLeast } from "@/lib/domain/roles";
import type { SessionInfo } from "@/lib/domain/session-info";
import { SignOutButton } from "./sign-out-button";

/** Hiding a link is never the check: every staff page and action is guarded on the server. */
export function SignedInMenu({ user }: { user: NonNullable<SessionInfo["user"]> }) {
  const t = useTranslations("common.account");
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
