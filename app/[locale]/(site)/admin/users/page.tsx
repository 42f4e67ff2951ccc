import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { CreateUserForm, UserRowActions } from "@/components/forms/user-forms";
import { requirePageRole } from "@/lib/auth/guard";
import { listUsers } from "@/lib/data/users";
import { messagesFor } from "@/lib/i18n/domain-messages";
import { formatFor } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/routing";
import {
  changeRoleAction,
  createUserAction,
  endSessionsAction,
  resetPasswordAction,
  resetSecondFactorAction,
  setActiveAction,
} from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.users");
  return { title: t("title") };
}

export default async function UsersPage() {
  await requirePageRole("admin", "/admin/users");
  const users = await listUsers();
  const t = await getTranslations("admin.users");
  const locale = (await getLocale()) as Locale;
  const messages = messagesFor(locale);
  const format = formatFor(locale);
  const actions = {
    changeRole: changeRoleAction,
    setActive: setActiveAction,
    resetPassword: resetPasswordAction,
    endSessions: endSessionsAction,
    resetSecondFactor: resetSecondFactorAction,
  };
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lede">{t("lede")}</p>
      <div className="table-wrap">
        <table className="data">
          <caption>{t("caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("email")}</th>
              <th scope="col">{t("name")}</th>
              <th scope="col">{t("role")}</th>
              <th scope="col">{t("status")}</th>
              <th scope="col">{t("lastSignIn")}</th>
              <th scope="col" className="num">
                {t("sessions")}
              </th>
              <th scope="col">{t("twoFactor")}</th>
              <th scope="col">{t("actions")}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id} data-email={user.email}>
                <th scope="row">{user.email}</th>
                <td>
                  {user.name}
                  {user.organisation ? <span className="muted"> · {user.organisation}</span> : null}
                </td>
                <td>{messages.role[user.role]}</td>
                <td>
                  {user.isActive ? t("active") : <strong>{t("disabled")}</strong>}
                  {user.mustChangePassword ? (
                    <>
                      <br />
                      {t("mustChangePassword")}
                    </>
                  ) : null}
                </td>
                <td>{user.lastSignInAt ? t("lastSignInAt", { at: format.stamp(user.lastSignInAt) }) : t("never")}</td>
                <td className="num">{format.count(user.openSessions)}</td>
                <td>{user.secondFactor ? t("on") : t("off")}</td>
                <td>
                  <UserRowActions user={user} actions={actions} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <CreateUserForm action={createUserAction} />
    </>
  );
}
