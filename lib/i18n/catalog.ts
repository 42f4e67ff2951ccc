// The message catalogues: messages/<locale>/<area>.json, one file per area of the app so that a
// string is easy to find and two people rarely edit the same file. Each file is one namespace:
// t("public.overview.title") reads messages/<locale>/public.json's overview.title. Messages are ICU
// (plurals, selects and values in the message, never in code); catalog.test.ts fails when a key
// is in one language and not the other, or a message does not parse.
//
// To add a string: add it to messages/en/<area>.json and messages/uk/<area>.json, then read it with
// useTranslations("<area>") in a client component or getTranslations("<area>") on the server.
// To add a language: see README, "Languages".
import enAccount from "@/messages/en/account.json" with { type: "json" };
import enActions from "@/messages/en/actions.json" with { type: "json" };
import enAdmin from "@/messages/en/admin.json" with { type: "json" };
import enCharts from "@/messages/en/charts.json" with { type: "json" };
import enCommon from "@/messages/en/common.json" with { type: "json" };
import enDomain from "@/messages/en/domain.json" with { type: "json" };
import enEditor from "@/messages/en/editor.json" with { type: "json" };
import enExports from "@/messages/en/exports.json" with { type: "json" };
import enFields from "@/messages/en/fields.json" with { type: "json" };
import enImports from "@/messages/en/imports.json" with { type: "json" };
import enPublic from "@/messages/en/public.json" with { type: "json" };
import enReview from "@/messages/en/review.json" with { type: "json" };
import ukAccount from "@/messages/uk/account.json" with { type: "json" };
import ukActions from "@/messages/uk/actions.json" with { type: "json" };
import ukAdmin from "@/messages/uk/admin.json" with { type: "json" };
import ukCharts from "@/messages/uk/charts.json" with { type: "json" };
import ukCommon from "@/messages/uk/common.json" with { type: "json" };
import ukDomain from "@/messages/uk/domain.json" with { type: "json" };
import ukEditor from "@/messages/uk/editor.json" with { type: "json" };
import ukExports from "@/messages/uk/exports.json" with { type: "json" };
import ukFields from "@/messages/uk/fields.json" with { type: "json" };
import ukImports from "@/messages/uk/imports.json" with { type: "json" };
import ukPublic from "@/messages/uk/public.json" with { type: "json" };
import ukReview from "@/messages/uk/review.json" with { type: "json" };
import type { Locale } from "./routing";

const en = {
  account: enAccount,
  actions: enActions,
  admin: enAdmin,
  charts: enCharts,
  common: enCommon,
  domain: enDomain,
  editor: enEditor,
  exports: enExports,
  fields: enFields,
  imports: enImports,
  public: enPublic,
  review: enReview,
};

/** The shape of every catalogue: English's, which the types check keys against. */
export type Messages = typeof en;
export type Namespace = keyof Messages;

export const catalogs: Record<Locale, Messages> = {
  en,
  // Checked key for key against English by catalog.test.ts (JSON imports are typed by their own content).
  uk: {
    account: ukAccount,
    actions: ukActions,
    admin: ukAdmin,
    charts: ukCharts,
    common: ukCommon,
    domain: ukDomain,
    editor: ukEditor,
    exports: ukExports,
    fields: ukFields,
    imports: ukImports,
    public: ukPublic,
    review: ukReview,
  } as unknown as Messages,
};

/**
 * What a form's page sends to the browser (the sign-in page, a form on a public page, and with the
 * staff areas' own, every staff page): only the areas its client components read, so that a public
 * page does not carry the staff forms' words (page weight follows what the page shows). Other public
 * pages send fewer: only the keys of PUBLIC_CLIENT_KEYS (public-client-messages.ts).
 */
export const PUBLIC_CLIENT_NAMESPACES = ["common", "domain", "charts"] as const satisfies readonly Namespace[];
export const STAFF_CLIENT_NAMESPACES = [
  ...PUBLIC_CLIENT_NAMESPACES,
  "actions",
  "fields",
  "editor",
  "review",
  "imports",
  "admin",
  "account",
] as const satisfies readonly Namespace[];

export function pickMessages(locale: Locale, namespaces: readonly Namespace[]): Partial<Messages> {
  const all = catalogs[locale];
  return Object.fromEntries(namespaces.map((ns) => [ns, all[ns]]));
}
