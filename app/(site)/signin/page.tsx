import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/forms/signin-form";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeCallbackPath } from "@/lib/auth/safe-callback";

export const dynamic = "force-dynamic";

const strings = {
  title: "Sign in",
  lede: "For NGO staff who enter and review figures. Reading the data needs no account.",
};

export const metadata: Metadata = { title: strings.title };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  const { callbackUrl } = await searchParams;
  const target = typeof callbackUrl === "string" ? callbackUrl : null;
  // Only a path on this site (see safe-callback.ts): never another host.
  if (await getCurrentUser()) redirect(safeCallbackPath(target));
  return (
    <div className="narrow">
      <h1>{strings.title}</h1>
      <p className="lede">{strings.lede}</p>
      <SignInForm callbackUrl={target} />
    </div>
  );
}
