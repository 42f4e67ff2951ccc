"use client";
// The header's account corner. Not rendered from the session on the server (public pages must
// not depend on it, so they can be cached): it asks /api/session after hydration, in a slot of
// reserved size (.account-slot) so nothing moves when it fills in. A signed-in user's menu
// (signed-in-menu.tsx) is loaded only then: readers' pages do not carry it.
import { useTranslations } from "next-intl";
import { useEffect, useState, type ComponentType, type ComponentProps } from "react";
import { Link } from "@/lib/i18n/navigation";
import { useSession } from "./session-client";
import type { SignedInMenu } from "./signed-in-menu";

type Menu = ComponentType<ComponentProps<typeof SignedInMenu>>;

let menuModule: Promise<Menu> | null = null;
const loadMenu = () => (menuModule ??= import("./signed-in-menu").then((m) => m.SignedInMenu));

/** Sign-in link, or the signed-in user's links and sign-out. Hiding a link is never the check. */
export function AccountMenu() {
  const t = useTranslations("common.account");
  const session = useSession();
  const user = session.status === "ready" ? session.user : null;
  const [Menu, setMenu] = useState<Menu | null>(null);
  useEffect(() => {
    if (!user) return;
    let live = true;
    // Should the module fail to load (offline), the slot stays empty, as while loading; the next page tries again.
    loadMenu().then(
      (component) => live && setMenu(() => component),
      () => {
        menuModule = null;
      },
    );
    return () => void (live = false);
  }, [user]);
  if (user && Menu) return <Menu user={user} />;
  if (session.status === "ready" && !user)
    return (
      <div className="account-slot">
        <Link href="/signin">{t("signIn")}</Link>
      </div>
    );
  // Until the session (and a signed-in user's menu) has arrived. Without JavaScript the link is still there.
  return (
    <div className="account-slot">
      <noscript>
        <Link href="/signin">{t("signIn")}</Link>
      </noscript>
    </div>
  );
}
