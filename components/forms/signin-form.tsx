"use client";
import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { safeCallbackPath } from "@/lib/auth/safe-callback";
import { Field } from "./field";

const strings = {
  email: "Email",
  password: "Password",
  submit: "Sign in",
  working: "Signing in…",
  invalid: "The email or password is not right, or the account is disabled.",
  throttled: (minutes: number) =>
    `Too many failed attempts. For your account's safety, try again in ${minutes === 1 ? "1 minute" : `${minutes} minutes`}.`,
  throttledShort: (seconds: number) => `Too many failed attempts. Wait ${seconds} seconds, then try again.`,
  failed: "Signing in did not work. Check your connection and try again.",
};

const THROTTLED = "Throttled:";

export function SignInForm({ callbackUrl }: { callbackUrl: string | null }) {
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setPending(true);
    setMessage(null);
    try {
      const result = await signIn("credentials", {
        email: String(data.get("email") ?? ""),
        password: String(data.get("password") ?? ""),
        redirect: false,
      });
      if (result?.ok && !result.error) {
        // A full navigation, so every server component renders with the new session. Through
        // /signin, which sends a signed-in user to a pending step (e.g. a password to change)
        // or else to the target (a path on this site only).
        const target = safeCallbackPath(callbackUrl, window.location.origin);
        window.location.assign(`/signin?callbackUrl=${encodeURIComponent(target)}`);
        return;
      }
      const error = result?.error ?? "";
      if (error.startsWith(THROTTLED)) {
        const seconds = Number(error.slice(THROTTLED.length)) || 60;
        setMessage(seconds < 60 ? strings.throttledShort(seconds) : strings.throttled(Math.ceil(seconds / 60)));
      } else {
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
      <Field name="email" type="email" label={strings.email} autoComplete="username" required />
      <Field name="password" type="password" label={strings.password} autoComplete="current-password" required />
      <button type="submit" className="button button--primary" disabled={pending}>
        {pending ? strings.working : strings.submit}
      </button>
    </form>
  );
}
