// The server actions of the production build, read from its manifest: the authorization
// matrix and the bad-input test both call every one of them over HTTP.
import { readFileSync } from "node:fs";

interface ManifestEntry {
  workers: Record<string, unknown>;
  filename?: string;
  exportedName?: string;
}

export interface BuiltAction {
  id: string;
  module: string;
  exportName: string;
  /** A page that hosts the action: "app/[locale]/(site)/admin/users/page" -> "/admin/users". */
  path: string;
}

const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as { node: Record<string, ManifestEntry> };

export const builtActions: BuiltAction[] = Object.entries(manifest.node).map(([id, entry]) => ({
  id,
  module: entry.filename ?? "?",
  exportName: entry.exportedName ?? "?",
  path:
    (Object.keys(entry.workers)[0] ?? "app/page")
      .replace(/^app/, "")
      .replace(/^\/\[locale\]/, "")
      .replace(/\/\([^)]+\)/g, "")
      .replace(/\/page$/, "") || "/",
}));
