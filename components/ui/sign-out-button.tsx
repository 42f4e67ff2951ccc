"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { signOut } from "./session-client";

export function SignOutButton() {
  const t = useTranslations("common.account");
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      className="link-button"
      disabled={pending}
      onClick={() => {
        setPending(true);
        // On failure (offline) the button comes back; the session is still valid on the server.
        signOut("/").catch(() => setPending(false));
      }}
    >
      {t("signOut")}
    </button>
  );
}
