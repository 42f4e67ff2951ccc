import type { Metadata } from "next";
import Link from "next/link";
import { ChangePasswordForm } from "@/components/forms/change-password-form";
import { SignOutEverywhereForm } from "@/components/forms/sign-out-everywhere-form";
import { requirePageRole } from "@/lib/auth/guard";
import { secondFactorStatus } from "@/lib/auth/second-factor";
import { messages } from "@/lib/domain/messages";
import { changePasswordAction, signOutEverywhereAction } from "./actions";

export const dynamic = "force-dynamic";

const strings = {
  title: "Your account",
  signedInAs: "Signed in as",
  role: "Role",
  organisation: "Organisation",
  twoFactorTitle: "Two-factor authentication",
  twoFactorOn: (codes: number) => `On: signing in asks for a code from your authenticator app. ${codes} unused recovery codes.`,
  twoFactorOff: "Off: your password alone signs you in. Turn it on to ask for a code from an authenticator app as well.",
  twoFactorManage: "Manage two-factor authentication",
  twoFactorEnable: "Set up two-factor authentication",
  everywhereTitle: "Sign out everywhere",
  mustChange:
    "Your password was set by an administrator. Choose your own before you continue; until then the rest of the site is closed to you.",
  everywhereText:
    "Ends every session of your account on every device, this one included. Use it if you signed in on a shared computer or think someone else has your password.",
};

export const metadata: Metadata = { title: strings.title };

export default async function AccountPage() {
  const user = await requirePageRole("editor", "/account");
  const twoFactor = await secondFactorStatus(user.id);
  return (
    <div className="narrow">
      <h1>{strings.title}</h1>
      {user.pendingStep === "change_password" ? (
        <p className="notice notice--error" role="alert">
          {strings.mustChange}
        </p>
      ) : null}
      <dl className="facts">
        <dt>{strings.signedInAs}</dt>
        <dd>
          {user.name} ({user.email})
        </dd>
        <dt>{strings.role}</dt>
        <dd>{messages.role[user.role]}</dd>
        {user.organisation ? (
          <>
            <dt>{strings.organisation}</dt>
            <dd>{user.organisation}</dd>
          </>
        ) : null}
      </dl>
      <section className="card" aria-labelledby="two-factor-title">
        <h2 id="two-factor-title">{strings.twoFactorTitle}</h2>
        <p>{twoFactor.enabled ? strings.twoFactorOn(twoFactor.unusedRecoveryCodes) : strings.twoFactorOff}</p>
        <Link href="/account/two-factor">{twoFactor.enabled ? strings.twoFactorManage : strings.twoFactorEnable}</Link>
      </section>
      <section className="card">
        <ChangePasswordForm action={changePasswordAction} />
      </section>
      <section className="card" aria-labelledby="everywhere-title">
        <h2 id="everywhere-title">{strings.everywhereTitle}</h2>
        <p>{strings.everywhereText}</p>
        <SignOutEverywhereForm action={signOutEverywhereAction} />
      </section>
    </div>
  );
}
