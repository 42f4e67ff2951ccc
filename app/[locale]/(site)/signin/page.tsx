import { SignInForm } from "@/components/forms/signin-form";
import { getCurrentUser } from "@/lib/auth/current-user";
import { pendingStepPage } from "@/lib/auth/guard";
import { afterSignInPath } from "@/lib/domain/safe-callback";
import { redirect } from "@/lib/i18n/navigation";
import { isLocale, type Locale } from "@/lib/i18n/routing";
import { pageWords, titleMetadata } from "@/lib/i18n/page-words";
import { PageIntro } from "@/components/ui/page-intro";

export const dynamic = "force-dynamic";

export const generateMetadata = titleMetadata("account.signin.title");

/** A path that already names its language ("/uk/review") keeps it; any other goes to the page's language. */
function inLanguage(path: string, locale: Locale): { href: string; locale: Locale } {
  const match = /^\/([a-z]{2})(?=[/?#]|$)(.*)$/.exec(path);
  if (match && isLocale(match[1])) {
    const rest = match[2] ?? "";
    return { href: rest.startsWith("/") ? rest : `/${rest}`, locale: match[1] };
  }
  return { href: path, locale };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  const { callbackUrl } = await searchParams;
  const target = typeof callbackUrl === "string" ? callbackUrl : null;
  const { t, locale } = await pageWords("account.signin");
  // Signed in (the form comes back here after a successful sign-in): a pending step first (e.g.
  // a password set by an admin to change), else the target, only a path on this site, or without
  // one the role's landing page (an editor's figures, the review queue), in the sign-in page's language.
  const user = await getCurrentUser();
  if (user) return redirect(inLanguage(pendingStepPage(user) ?? afterSignInPath(target, user.role), locale));
  return (
    <div className="narrow">
      <PageIntro t={t} />
      <SignInForm callbackUrl={target} />
    </div>
  );
}
