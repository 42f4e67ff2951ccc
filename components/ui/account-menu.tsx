import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/current-user";
import { roleAtLeast } from "@/lib/domain/roles";
import { SignOutButton } from "./sign-out-button";

const strings = { signIn: "Sign in", editor: "Figures", review: "Review", admin: "Admin", label: "Your account" };

/** Sign-in link, or the signed-in user's links and sign-out. Hiding a link is never the check. */
export async function AccountMenu() {
  const user = await getCurrentUser();
  if (!user) return <Link href="/signin">{strings.signIn}</Link>;
  return (
    <nav aria-label={strings.label} className="site-nav site-nav--account">
      <Link href="/editor">{strings.editor}</Link>
      {roleAtLeast(user.role, "reviewer") ? <Link href="/review">{strings.review}</Link> : null}
      {roleAtLeast(user.role, "admin") ? <Link href="/admin">{strings.admin}</Link> : null}
      <Link href="/account" title={user.email}>{user.name}</Link>
      <SignOutButton />
    </nav>
  );
}
