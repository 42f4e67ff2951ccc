import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/forms/signin-form";
import { getCurrentUser } from "@/lib/auth/current-user";
import { pendingStepPage } from "@/lib/auth/guard";
import { afterSignInPath } from "@/lib/domain/safe-callback";

export const dynamic = "force-dynamic";

const strings = {
  title: "Sign in",
  lede: "For NGO staff who enter and review figures. Reading the data needs no account.",
};

export const metadata: Metadata = { title: strings.title };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  const { callbackUrl } = await searchParams;
  const target = typeof callbackUrl === "string" ? callbackUrl : null;
  // Signed in (the form comes back here after a successful sign-in): a pending step first (e.g.
  // a password set by an admin to change), else the target, only a path on this site, or without
  // one the role's landing page (an editor's figures, the review queue).
  const user = await getCurrentUser();
  if (user) redirect(pendingStepPage(user) ?? afterSignInPath(target, user.role));
  return (
    <div className="narrow">
      <h1>{strings.title}</h1>
      <p className="lede">{strings.lede}</p>
      <SignInForm callbackUrl={target} />
    </div>
  );
}
