import Link from "next/link";
import { SiteChrome } from "@/components/ui/site-chrome";

const strings = {
  title: "Not allowed",
  text: "You are signed in, but your role does not allow this page. If you need access, ask an administrator.",
  home: "Back to the overview",
};

// Rendered in the root layout (outside the (site) group), so it brings the site's chrome;
// like not-found, it may be prerendered, where there is no session: no account menu.
export default function Forbidden() {
  return (
    <SiteChrome account={false}>
      <div className="narrow">
        <h1>{strings.title}</h1>
        <p>{strings.text}</p>
        <p>
          <Link href="/">{strings.home}</Link>
        </p>
      </div>
    </SiteChrome>
  );
}
