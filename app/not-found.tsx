import type { Metadata } from "next";
import { NotFoundContent } from "@/components/ui/status-pages";
import { SiteChrome } from "@/components/ui/site-chrome";

// Addresses outside every route (rendered in the root layout, so it brings the site's chrome).
// Prerendered at build time, where there is no session: no account menu.
export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <SiteChrome account={false}>
      <NotFoundContent />
    </SiteChrome>
  );
}
