import type { ReactNode } from "react";
import { DemoNotice } from "@/components/ui/demo-notice";

// Embeddable charts: no site header or footer (they sit inside another site's page), but the
// demo-data notice stays.
export default function EmbedLayout({ children }: { children: ReactNode }) {
  return (
    <div className="embed">
      <DemoNotice />
      <main id="content">{children}</main>
    </div>
  );
}
