"use client";
import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { safeCallbackPath } from "@/lib/domain/safe-callback";
import { Field } from "./field";

const strings = {
  email: "Email",
  password: "Password",
  code: "Authentication code",
  codeHint: "The 6-digit code from your authenticator app, or one of your recovery codes.",
  codeStep: (email: string) => `Two-factor authentication for ${email}.`,
  startOver: "Use another account",
  submit: "Sign in",
  working: "Signing in…",
  invalid: "The email or password is not right, or the account is disabled.",
  codeInvalid: "This code is not right or was used already. Wait for the next code in your app, or use a recovery code.",
  codeMissing: "Enter the code from your authenticator app.",
  throttled: (minutes: number) =>
    `Too many failed attempts. For your account's safety, try again in ${minutes === 1 ? "1 minute" : `${minutes} minutes`}.`,
  throttledShort: (seconds: number) => `Too many failed attempts. Wait ${seconds} seconds, then try again.`,
  failed: "Signing in did not work. Check your connection and try again.",
};

const THROTTLED = "Throttled:";
// lib/auth/options.ts SECOND_FACTOR_ERRORS: the password was right, a code is needed (or was wrong).
const CODE_REQUIRED = "SecondFactorRequired";
const CODE_INVALID = "SecondFactorInvalid";

export function SignInForm({ callbackUrl }: { callbackUrl: string | null }) {
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
      setCodeError(strings.codeMissing);
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
        window.location.assign(target ? `/signin?callbackUrl=${encodeURIComponent(target)}` : "/signin");
        return;
      }
      const error = result?.error ?? "";
      if (error === CODE_REQUIRED) {
        setCredentials(first);
      } else if (error === CODE_INVALID) {
        setCredentials(first);
        setCodeError(strings.codeInvalid);
      } else if (error.startsWith(THROTTLED)) {
        const seconds = Number(error.slice(THROTTLED.length)) || 60;
        setMessage(seconds < 60 ? strings.throttledShort(seconds) : strings.throttled(Math.ceil(seconds / 60)));
      } else {
        setCredentials(null);
        setMessage(error ? strings.invalid : strings.failed);
      }
    } catch {
      setMessage(strings.failed);
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
          <p>{strings.codeStep(credentials.email)}</p>
          <Field
            name="code"
            label={strings.code}
            hint={strings.codeHint}
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
          <Field name="email" type="email" label={strings.email} autoComplete="username" required />
          <Field name="password" type="password" label={strings.password} autoComplete="current-password" required />
        </>
      )}
      <button type="submit" className="button button--primary" disabled={pending}>
        {pending ? strings.working : strings.submit}
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
          {strings.startOver}
        </button>
      ) : null}
    </form>
  );
}
