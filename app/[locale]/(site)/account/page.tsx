import { ChangePasswordForm } from "@/components/forms/change-password-form";
import { SignOutEverywhereForm } from "@/components/forms/sign-out-everywhere-form";
import { requirePageRole } from "@/lib/auth/guard";
import { secondFactorStatus } from "@/lib/auth/second-factor";
import { Link } from "@/lib/i18n/navigation";
import { changePasswordAction, signOutEverywhereAction } from "./actions";
import { pageWords, titleMetadata } from "@/lib/i18n/page-words";

export const dynamic = "force-dynamic";

export const generateMetadata = titleMetadata("account.account.title");

export default async function AccountPage() {
  const user = await requirePageRole("editor", "/account");
  const twoFactor = await secondFactorStatus(user.id);
  const { t, messages } = await pageWords("account.account");
  return (
    <div className="narrow">
      <h1>{t("title")}</h1>
      {user.pendingStep === "change_password" ? (
        <p className="notice notice--error" role="alert">
          {t("mustChange")}
        </p>
      ) : null}
      <dl className="facts">
        <dt>{t("signedInAs")}</dt>
        <dd>{t("nameAndEmail", { name: user.name, email: user.email })}</dd>
        <dt>{t("role")}</dt>
        <dd>{messages.role[user.role]}</dd>
        {user.organisation ? (
          <>
            <dt>{t("organisation")}</dt>
            <dd>{user.organisation}</dd>
          </>
        ) : null}
      </dl>
      <section className="card" aria-labelledby="two-factor-title">
        <h2 id="two-factor-title">{t("twoFactorTitle")}</h2>
        <p>{twoFactor.enabled ? t("twoFactorOn", { codes: twoFactor.unusedRecoveryCodes }) : t("twoFactorOff")}</p>
        <Link href="/account/two-factor">{twoFactor.enabled ? t("twoFactorManage") : t("twoFactorEnable")}</Link>
      </section>
      <section className="card">
        <ChangePasswordForm action={changePasswordAction} />
      </section>
      <section className="card" aria-labelledby="everywhere-title">
        <h2 id="everywhere-title">{t("everywhereTitle")}</h2>
        <p>{t("everywhereText")}</p>
        <SignOutEverywhereForm action={signOutEverywhereAction} />
      </section>
    </div>
  );
}
