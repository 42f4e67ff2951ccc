import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { TotpEnrolForm, TotpTurnOffForm } from "@/components/forms/two-factor-forms";
import { requirePageRole } from "@/lib/auth/guard";
import { pendingEnrolment, secondFactorStatus } from "@/lib/auth/second-factor";
import { formatFor } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { confirmTotpAction, turnOffTotpAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.twoFactor");
  return { title: t("title") };
}

export default async function TwoFactorPage() {
  const user = await requirePageRole("editor", "/account/two-factor");
  const status = await secondFactorStatus(user.id);
  const enrolment = status.enabled ? null : await pendingEnrolment(user);
  const t = await getTranslations("account.twoFactor");
  const format = formatFor((await getLocale()) as Locale);
  return (
    <div className="narrow">
      <h1>{t("title")}</h1>
      <p className="lede">{t("lede")}</p>
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
