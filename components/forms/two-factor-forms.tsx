"use client";
// Enrolling a TOTP second factor (QR code, the secret for typing by hand, a code to confirm,
// then the recovery codes shown once) and turning it off.
import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { describeAnswer } from "@/lib/domain/action-messages";
import type { ActionState } from "@/lib/domain/action-state";
import { getPathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { Field } from "./field";
import { SubmitButton } from "./form-shell";
import { FormStatus } from "./form-status";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

export function TotpEnrolForm({ action, secret, qrSvg }: { action: Action; secret: string; qrSvg: string }) {
  const t = useTranslations("account.twoFactorForms");
  const locale = useLocale() as Locale;
  const [state, formAction, pending] = useActionState(action, {});
  if (state.ok && state.recoveryCodes) {
    return (
      <section className="card" aria-labelledby="recovery-title">
        <FormStatus state={state} />
        <h2 id="recovery-title">{t("codesTitle")}</h2>
        <p>{t("codesText")}</p>
        <ul className="recovery-codes" aria-label={t("codesTitle")}>
          {state.recoveryCodes.map((code) => (
            <li key={code}>
              <code>{code}</code>
            </li>
          ))}
        </ul>
        {/* A full navigation (in this language): the guard reads the new state of the account on the next request. */}
        <a className="button button--primary" href={getPathname({ href: "/account", locale })}>
          {t("continue")}
        </a>
      </section>
    );
  }
  return (
    <form action={formAction} className="form card">
      <p>{t("scan")}</p>
      {/* SVG drawn on the server by the `qrcode` package from our own otpauth:// URI. */}
      <div className="qr-code" role="img" aria-label={t("qrLabel")} dangerouslySetInnerHTML={{ __html: qrSvg }} />
      <p>{t("manual")}</p>
      <p>
        <code className="totp-secret" data-testid="totp-secret">
          {secret}
        </code>
      </p>
      <p>{t("confirm")}</p>
      <FormStatus state={state} />
      <Field
        name="code"
        label={t("code")}
        errors={describeAnswer(state).errors.code}
        autoComplete="one-time-code"
        inputMode="numeric"
        required
      />
      <SubmitButton pending={pending} label={t("turnOn")} pendingLabel={t("working")} />
    </form>
  );
}

export function TotpTurnOffForm({ action }: { action: Action }) {
  const t = useTranslations("account.twoFactorForms");
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="form">
      <FormStatus state={state} />
      <Field
        name="code"
        id="turn-off-code"
        label={t("turnOffCode")}
        errors={describeAnswer(state).errors.code}
        autoComplete="one-time-code"
        required
      />
      <button type="submit" className="button button--danger" disabled={pending}>
        {t("turnOff")}
      </button>
    </form>
  );
}
