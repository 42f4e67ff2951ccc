import { CreateUserForm, UserRowActions } from "@/components/forms/user-forms";
import { DataTable } from "@/components/ui/data-table";
import { requireListPage } from "@/lib/auth/list-page";
import { listUsers } from "@/lib/data/users";
import {
  changeRoleAction,
  createUserAction,
  endSessionsAction,
  resetPasswordAction,
  resetSecondFactorAction,
  setActiveAction,
} from "./actions";
import { titleMetadata } from "@/lib/i18n/page-words";
import { PageIntro } from "@/components/ui/page-intro";

export const dynamic = "force-dynamic";

export const generateMetadata = titleMetadata("admin.users.title");

export default async function UsersPage() {
  const { rows: users, t, messages, format } = await requireListPage("admin", "/admin/users", "admin.users", listUsers);
  const actions = {
    changeRole: changeRoleAction,
    setActive: setActiveAction,
    resetPassword: resetPasswordAction,
    endSessions: endSessionsAction,
    resetSecondFactor: resetSecondFactorAction,
  };
  return (
    <>
      <PageIntro t={t} />
      <DataTable
        caption={t("caption")}
        rows={users}
        rowKey={(user) => user.id}
        rowAttributes={(user) => ({ "data-email": user.email })}
        columns={[
          { header: t("email"), rowHeader: true, cell: (user) => user.email },
          {
            header: t("name"),
            cell: (user) => (
              <>
                {user.name}
                {user.organisation ? <span className="muted"> · {user.organisation}</span> : null}
              </>
            ),
          },
          { header: t("role"), cell: (user) => messages.role[user.role] },
          {
            header: t("status"),
            cell: (user) => (
              <>
                {user.isActive ? t("active") : <strong>{t("disabled")}</strong>}
                {user.mustChangePassword ? (
                  <>
                    <br />
                    {t("mustChangePassword")}
                  </>
                ) : null}
              </>
            ),
          },
          {
            header: t("lastSignIn"),
            cell: (user) => (user.lastSignInAt ? t("lastSignInAt", { at: format.stamp(user.lastSignInAt) }) : t("never")),
          },
          { header: t("sessions"), numeric: true, cell: (user) => format.count(user.openSessions) },
          { header: t("twoFactor"), cell: (user) => (user.secondFactor ? t("on") : t("off")) },
          { header: t("actions"), cell: (user) => <UserRowActions user={user} actions={actions} /> },
        ]}
      />
      <CreateUserForm action={createUserAction} />
    </>
  );
}
