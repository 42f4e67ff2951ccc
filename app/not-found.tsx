import { titleMetadata } from "@/lib/i18n/page-words";
import { NotFoundContent } from "@/components/ui/status-pages";
import { SiteChrome } from "@/components/ui/site-chrome";

// Addresses outside every route (rendered in the root layout, so it brings the site's chrome).
// No account menu: there may be no session to ask about.
export const generateMetadata = titleMetadata("common.notFound.title");

export default function NotFound() {
  return (
    <SiteChrome account={false}>
      <NotFoundContent />
    </SiteChrome>
  );
}
