"use client";
// Enrolling a TOTP second factor (QR code, the secret for typing by hand, a code to confirm,
// then the recovery codes shown once) and turning it off.
import { useActionState } from "react";
import { describeAnswer } from "@/lib/domain/action-messages";
import type { ActionState } from "@/lib/domain/action-state";
import { Field } from "./field";
import { FormStatus } from "./form-status";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

const strings = {
  scan: "1. Scan this QR code with an authenticator app (for example Aegis, FreeOTP, Google Authenticator or 1Password).",
  qrLabel: "QR code for your authenticator app",
  manual: "Cannot scan it? Enter this key in the app instead (time-based, 6 digits, 30 seconds):",
  confirm: "2. Enter the 6-digit code the app now shows.",
  code: "Code from the app",
  turnOn: "Turn on two-factor authentication",
  working: "Checking…",
  codesTitle: "Your recovery codes",
  codesText:
    "Each code signs you in once if you lose your phone. Save them now (print them or keep them in a password manager): they are not shown again.",
  continue: "I have saved my recovery codes: continue",
  turnOffCode: "Current code from your app, or a recovery code",
  turnOff: "Turn off two-factor authentication",
};

export function TotpEnrolForm({ action, secret, qrSvg }: { action: Action; secret: string; qrSvg: string }) {
  const [state, formAction, pending] = useActionState(action, {});
  if (state.ok && state.recoveryCodes) {
    return (
      <section className="card" aria-labelledby="recovery-title">
        <FormStatus state={state} />
        <h2 id="recovery-title">{strings.codesTitle}</h2>
        <p>{strings.codesText}</p>
        <ul className="recovery-codes" aria-label={strings.codesTitle}>
          {state.recoveryCodes.map((code) => (
            <li key={code}>
              <code>{code}</code>
            </li>
          ))}
        </ul>
        {/* A full navigation: the guard reads the new state of the account on the next request. */}
        <a className="button button--primary" href="/account">
          {strings.continue}
        </a>
      </section>
    );
  }
  return (
    <form action={formAction} className="form card">
      <p>{strings.scan}</p>
      {/* SVG drawn on the server by the `qrcode` package from our own otpauth:// URI. */}
      <div className="qr-code" role="img" aria-label={strings.qrLabel} dangerouslySetInnerHTML={{ __html: qrSvg }} />
      <p>{strings.manual}</p>
      <p>
        <code className="totp-secret" data-testid="totp-secret">
          {secret}
        </code>
      </p>
      <p>{strings.confirm}</p>
      <FormStatus state={state} />
      <Field
        name="code"
        label={strings.code}
        errors={describeAnswer(state).errors.code}
        autoComplete="one-time-code"
        inputMode="numeric"
        required
      />
      <button type="submit" className="button button--primary" disabled={pending}>
        {pending ? strings.working : strings.turnOn}
      </button>
    </form>
  );
}

export function TotpTurnOffForm({ action }: { action: Action }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="form">
      <FormStatus state={state} />
      <Field
        name="code"
        id="turn-off-code"
        label={strings.turnOffCode}
        errors={describeAnswer(state).errors.code}
        autoComplete="one-time-code"
        required
      />
      <button type="submit" className="button button--danger" disabled={pending}>
        {strings.turnOff}
      </button>
    </form>
  );
}
