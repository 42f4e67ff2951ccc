import { TotpEnrolForm, TotpTurnOffForm } from "@/components/forms/two-factor-forms";
import { requirePageRole } from "@/lib/auth/guard";
import { pendingEnrolment, secondFactorStatus } from "@/lib/auth/second-factor";
import { Link } from "@/lib/i18n/navigation";
import { confirmTotpAction, turnOffTotpAction } from "./actions";
import { pageWords, titleMetadata } from "@/lib/i18n/page-words";
import { PageIntro } from "@/components/ui/page-intro";

export const dynamic = "force-dynamic";

export const generateMetadata = titleMetadata("account.twoFactor.title");

export default async function TwoFactorPage() {
  const user = await requirePageRole("editor", "/account/two-factor");
  const status = await secondFactorStatus(user.id);
  const enrolment = status.enabled ? null : await pendingEnrolment(user);
  const { t, format } = await pageWords("account.twoFactor");
  return (
    <div className="narrow">
      <PageIntro t={t} />
      {user.pendingStep === "enrol_totp" ? (
        <p className="notice notice--error" role="status">
          {t("requiredForAdmin")}
        </p>
      ) : null}
      {enrolment ? (
        <TotpEnrolForm action={confirmTotpAction} secret={enrolment.secret} qrSvg={enrolment.qrSvg} />
      ) : (
        <section className="card">
          <p>
            {status.enabledAt ? t("on", { date: format.stamp(status.enabledAt) }) : null}{" "}
            {t("codesLeft", { count: status.unusedRecoveryCodes })}
          </p>
          {user.role === "admin" ? (
            <p>{t("adminKeeps")}</p>
          ) : (
            <>
              <p>{t("turnOffText")}</p>
              <TotpTurnOffForm action={turnOffTotpAction} />
            </>
          )}
        </section>
      )}
      {user.pendingStep ? null : (
        <p>
          <Link href="/account">{t("back")}</Link>
        </p>
      )}
    </div>
  );
}
