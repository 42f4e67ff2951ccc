// A link to another site (a source's website, where it published a claim): no referrer, no access
// to this page, marked external; shows its address unless given words.
import type { ReactNode } from "react";

export function OutsideLink({ href, children }: { href: string; children?: ReactNode }) {
  return (
    <a href={href} rel="noopener noreferrer external">
      {children ?? href}
    </a>
  );
}
