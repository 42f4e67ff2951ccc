// The words a public page sends to the browser: only the keys its client components read (the
// account menu, the language switch, the error boundary, the chart, the claims table's rows, the
// embed code), not whole catalogues, which were ~25 kB of every public page's payload. Server
// components read their words on the server and send only the text. public-client-messages.test.ts
// scans every client component that public pages can render for the keys it reads and fails when
// this list differs from them, so the list cannot drift. Staff pages and forms on public pages
// (StaffMessages, FormMessages) and the sign-in page still get the whole catalogues they need.
import { catalogs, type Messages, type Namespace } from "./catalog";
import type { Locale } from "./routing";

/** Per namespace, the keys (dot paths) the public pages' client components read. */
export const PUBLIC_CLIENT_KEYS = {
  common: [
    "account.admin",
    "account.editor",
    "account.label",
    "account.review",
    "account.signIn",
    "account.signOut",
    "error.home",
    "error.retry",
    "error.text",
    "error.title",
    "language.label",
  ],
  charts: [
    "chart.asOf",
    "chart.description",
    "chart.noInformation",
    "chart.range",
    "chart.seriesRange",
    "embed.copied",
    "embed.copy",
    "embed.failed",
    "embed.label",
    "embed.summary",
    "table.figureLabel",
  ],
} as const satisfies Partial<Record<Namespace, readonly string[]>>;

type Tree = { [key: string]: string | Tree };

/** The value at a dot path of a catalogue, or undefined. */
export function messageAt(tree: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((node, key) => (node && typeof node === "object" ? (node as Tree)[key] : undefined), tree);
}

/** Only the listed keys of each namespace, in the catalogue's nesting, for NextIntlClientProvider. */
export function pickKeys(locale: Locale, keys: Partial<Record<Namespace, readonly string[]>>): Partial<Messages> {
  const picked: Record<string, Tree> = {};
  for (const [namespace, paths] of Object.entries(keys)) {
    const out: Tree = {};
    for (const path of paths ?? []) {
      const value = messageAt(catalogs[locale][namespace as Namespace], path);
      if (typeof value !== "string") continue;
      const parts = path.split(".");
      let node = out;
      for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Tree;
      node[parts.at(-1)!] = value;
    }
    picked[namespace] = out;
  }
  return picked as Partial<Messages>;
}

/** What the root layout gives every page's client components. */
export const publicClientMessages = (locale: Locale) => pickKeys(locale, PUBLIC_CLIENT_KEYS);
