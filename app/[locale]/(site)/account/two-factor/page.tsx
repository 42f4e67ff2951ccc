import type { Metadata } from "next";
import Link from "next/link";
import { TotpEnrolForm, TotpTurnOffForm } from "@/components/forms/two-factor-forms";
import { requirePageRole } from "@/lib/auth/guard";
import { pendingEnrolment, secondFactorStatus } from "@/lib/auth/second-factor";
import { confirmTotpAction, turnOffTotpAction } from "./actions";

export const dynamic = "force-dynamic";

const strings = {
  title: "Two-factor authentication",
  lede: "After your password, signing in asks for a code from an authenticator app on your phone, so a stolen password alone does not open your account.",
  requiredForAdmin: "Administrators must use two-factor authentication: set it up now to continue.",
  on: (date: string) => `On since ${date} UTC.`,
  codesLeft: (n: number) => (n === 1 ? "1 unused recovery code left." : `${n} unused recovery codes left.`),
  adminKeeps:
    "Administrators cannot turn it off. If you lose your phone and your recovery codes, another administrator can reset it at Admin › Users.",
  turnOffText: "Turning it off also voids your recovery codes.",
  back: "Back to your account",
};

export const metadata: Metadata = { title: strings.title };

const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export default async function TwoFactorPage() {
  const user = await requirePageRole("editor", "/account/two-factor");
  const status = await secondFactorStatus(user.id);
  const enrolment = status.enabled ? null : await pendingEnrolment(user);
  return (
    <div className="narrow">
      <h1>{strings.title}</h1>
      <p className="lede">{strings.lede}</p>
      {user.pendingStep === "enrol_totp" ? (
        <p className="notice notice--error" role="status">
          {strings.requiredForAdmin}
        </p>
      ) : null}
      {enrolment ? (
        <TotpEnrolForm action={confirmTotpAction} secret={enrolment.secret} qrSvg={enrolment.qrSvg} />
      ) : (
        <section className="card">
          <p>
            {status.enabledAt ? strings.on(dateTime.format(status.enabledAt)) : null} {strings.codesLeft(status.unusedRecoveryCodes)}
          </p>
          {user.role === "admin" ? (
            <p>{strings.adminKeeps}</p>
          ) : (
            <>
              <p>{strings.turnOffText}</p>
              <TotpTurnOffForm action={turnOffTotpAction} />
            </>
          )}
        </section>
      )}
      {user.pendingStep ? null : (
        <p>
          <Link href="/account">{strings.back}</Link>
        </p>
      )}
    </div>
  );
}
