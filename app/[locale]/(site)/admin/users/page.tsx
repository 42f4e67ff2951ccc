import type { Metadata } from "next";
import { CreateUserForm, UserRowActions } from "@/components/forms/user-forms";
import { requirePageRole } from "@/lib/auth/guard";
import { listUsers } from "@/lib/data/users";
import { messages } from "@/lib/domain/messages";
import {
  changeRoleAction,
  createUserAction,
  endSessionsAction,
  resetPasswordAction,
  resetSecondFactorAction,
  setActiveAction,
} from "./actions";

export const dynamic = "force-dynamic";

const strings = {
  title: "Users",
  lede: "Editors enter figures, reviewers also publish them, administrators also manage users and reference data. Changing a role, disabling an account or resetting a password ends that user's sessions at once.",
  caption: "Everyone with an account",
  email: "Email",
  name: "Name and organisation",
  role: "Role",
  status: "Status",
  lastSignIn: "Last sign-in",
  mustChangePassword: "must choose a new password",
  sessions: "Open sessions",
  twoFactor: "Two-factor",
  on: "on",
  off: "off",
  actions: "Actions",
  active: "Active",
  disabled: "Disabled",
  never: "never",
};

export const metadata: Metadata = { title: strings.title };

const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export default async function UsersPage() {
  await requirePageRole("admin", "/admin/users");
  const users = await listUsers();
  const actions = {
    changeRole: changeRoleAction,
    setActive: setActiveAction,
    resetPassword: resetPasswordAction,
    endSessions: endSessionsAction,
    resetSecondFactor: resetSecondFactorAction,
  };
  return (
    <>
      <h1>{strings.title}</h1>
      <p className="lede">{strings.lede}</p>
      <div className="table-wrap">
        <table className="data">
          <caption>{strings.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{strings.email}</th>
              <th scope="col">{strings.name}</th>
              <th scope="col">{strings.role}</th>
              <th scope="col">{strings.status}</th>
              <th scope="col">{strings.lastSignIn}</th>
              <th scope="col" className="num">
                {strings.sessions}
              </th>
              <th scope="col">{strings.twoFactor}</th>
              <th scope="col">{strings.actions}</th>
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
                  {user.isActive ? strings.active : <strong>{strings.disabled}</strong>}
                  {user.mustChangePassword ? (
                    <>
                      <br />
                      {strings.mustChangePassword}
                    </>
                  ) : null}
                </td>
                <td>{user.lastSignInAt ? `${dateTime.format(user.lastSignInAt)} UTC` : strings.never}</td>
                <td className="num">{user.openSessions}</td>
                <td>{user.secondFactor ? strings.on : strings.off}</td>
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
