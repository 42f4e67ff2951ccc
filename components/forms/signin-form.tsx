"use client";
import { signIn } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { safeCallbackPath } from "@/lib/domain/safe-callback";
import { getPathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { Field } from "./field";

const THROTTLED = "Throttled:";
// lib/auth/options.ts SECOND_FACTOR_ERRORS: the password was right, a code is needed (or was wrong).
const CODE_REQUIRED = "SecondFactorRequired";
const CODE_INVALID = "SecondFactorInvalid";

export function SignInForm({ callbackUrl }: { callbackUrl: string | null }) {
  const t = useTranslations("account.signin");
  const locale = useLocale() as Locale;
  const [message, setMessage] = useState<string | null>(null);
  const [codeError, setCodeError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  // After a correct password, the second step asks only for the code; email and password stay
  // in memory here so the user does not type them twice.
  const [credentials, setCredentials] = useState<{ email: string; password: string } | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const first = credentials ?? { email: String(data.get("email") ?? ""), password: String(data.get("password") ?? "") };
    const code = credentials ? String(data.get("code") ?? "").trim() : undefined;
    if (credentials && !code) {
      setCodeError(t("codeMissing"));
      return;
    }
    setPending(true);
    setMessage(null);
    setCodeError(null);
    try {
      const result = await signIn("credentials", { ...first, ...(code ? { code } : {}), redirect: false });
      if (result?.ok && !result.error) {
        // A full navigation, so every server component renders with the new session. Through
        // /signin, which sends a signed-in user to a pending step (e.g. a password to change)
        // or else to the target (a path on this site only); without one, to the role's landing page.
        const target = callbackUrl ? safeCallbackPath(callbackUrl, window.location.origin) : null;
        // The sign-in page of this language, so the landing page is in it too.
        const signin = getPathname({ href: "/signin", locale });
        window.location.assign(target ? `${signin}?callbackUrl=${encodeURIComponent(target)}` : signin);
        return;
      }
      const error = result?.error ?? "";
      if (error === CODE_REQUIRED) {
        setCredentials(first);
      } else if (error === CODE_INVALID) {
        setCredentials(first);
        setCodeError(t("codeInvalid"));
      } else if (error.startsWith(THROTTLED)) {
        const seconds = Number(error.slice(THROTTLED.length)) || 60;
        setMessage(seconds < 60 ? t("throttledShort", { seconds }) : t("throttled", { minutes: Math.ceil(seconds / 60) }));
      } else {
        setCredentials(null);
        setMessage(error ? t("invalid") : t("failed"));
      }
    } catch {
      setMessage(t("failed"));
    }
    setPending(false);
  }

  return (
    <form onSubmit={onSubmit} className="form" noValidate>
      <div role="alert" aria-live="assertive" className={message ? "notice notice--error" : undefined}>
        {message}
      </div>
      {credentials ? (
        <>
          <p>{t("codeStep", { email: credentials.email })}</p>
          <Field
            name="code"
            label={t("code")}
            hint={t("codeHint")}
            errors={codeError ? [codeError] : undefined}
            autoComplete="one-time-code"
            spellCheck={false}
            autoCapitalize="none"
            autoFocus
            required
          />
        </>
      ) : (
        <>
          <Field name="email" type="email" label={t("email")} autoComplete="username" required />
          <Field name="password" type="password" label={t("password")} autoComplete="current-password" required />
        </>
      )}
      <button type="submit" className="button button--primary" disabled={pending}>
        {pending ? t("working") : t("submit")}
      </button>
      {credentials ? (
        <button
          type="button"
          className="link-button"
          onClick={() => {
            setCredentials(null);
            setCodeError(null);
            setMessage(null);
          }}
        >
          {t("startOver")}
        </button>
      ) : null}
    </form>
  );
}
