// Every server action and data-changing route handler, with the least role it needs. The
// action wrapper (guard.ts) takes its role from here, so an action cannot exist without an
// entry, and the authorization-matrix test (e2e/authorization.spec.ts) calls every action of
// the build as signed-out and as each smaller role, and fails on any action not listed here.
import type { Role } from "@/lib/domain/enums";

export interface MutationEntry {
  role: Role;
  /** Where the server action is exported, as the build's manifest names it. */
  module: string;
  export: string;
}

/** The modules that export server actions, each with the least role all of its actions need. */
const MODULES = {
  users: { path: "app/[locale]/(site)/admin/users/actions.ts", role: "admin" },
  editor: { path: "app/[locale]/(site)/editor/actions.ts", role: "editor" },
  events: { path: "app/[locale]/(site)/editor/events/actions.ts", role: "editor" },
  review: { path: "app/[locale]/(site)/review/actions.ts", role: "reviewer" },
  sources: { path: "app/[locale]/(site)/admin/sources/actions.ts", role: "admin" },
  indicators: { path: "app/[locale]/(site)/admin/indicators/actions.ts", role: "admin" },
  locations: { path: "app/[locale]/(site)/admin/locations/actions.ts", role: "admin" },
  account: { path: "app/[locale]/(site)/account/actions.ts", role: "editor" },
  twoFactor: { path: "app/[locale]/(site)/account/two-factor/actions.ts", role: "editor" },
  imports: { path: "app/[locale]/(site)/editor/import/actions.ts", role: "editor" },
} as const satisfies Record<string, { path: string; role: Role }>;

/** Every server action, one a row: its registry name, then the module (above) that exports it and the export's name. */
const ACTIONS = {
  "users.create": ["users", "createUserAction"],
  "users.changeRole": ["users", "changeRoleAction"],
  "users.setActive": ["users", "setActiveAction"],
  "users.resetPassword": ["users", "resetPasswordAction"],
  "users.endSessions": ["users", "endSessionsAction"],
  "users.resetSecondFactor": ["users", "resetSecondFactorAction"],
  "figures.save": ["editor", "saveFigureAction"],
  "figures.workflow": ["editor", "figureWorkflowAction"],
  "figures.deleteDraft": ["editor", "deleteDraftAction"],
  "timelineEvents.save": ["events", "saveTimelineEventAction"],
  "timelineEvents.workflow": ["events", "timelineEventWorkflowAction"],
  "timelineEvents.review": ["review", "reviewTimelineEventAction"],
  "figures.review": ["review", "reviewFigureAction"],
  "imports.review": ["review", "reviewImportBatchAction"],
  "sources.save": ["sources", "saveSourceAction"],
  "sources.setActive": ["sources", "setSourceActiveAction"],
  "sources.delete": ["sources", "deleteSourceAction"],
  "sources.merge": ["sources", "mergeSourcesAction"],
  "indicators.save": ["indicators", "saveIndicatorAction"],
  "locations.save": ["locations", "saveLocationAction"],
  "locations.delete": ["locations", "deleteLocationAction"],
  "locations.import": ["locations", "importLocationsAction"],
  "account.signOutEverywhere": ["account", "signOutEverywhereAction"],
  "account.changePassword": ["account", "changePasswordAction"],
  "account.confirmTotp": ["twoFactor", "confirmTotpAction"],
  "account.turnOffTotp": ["twoFactor", "turnOffTotpAction"],
  "imports.check": ["imports", "checkImportAction"],
  "imports.apply": ["imports", "applyImportAction"],
  "imports.submit": ["imports", "submitImportAction"],
  "imports.delete": ["imports", "deleteImportAction"],
} as const satisfies Record<string, readonly [keyof typeof MODULES, string]>;

export type MutationName = keyof typeof ACTIONS;

/** The registry: each action's least role (its module's), module path and export name. */
export const MUTATIONS = Object.fromEntries(
  Object.entries(ACTIONS).map(([name, [module, exportName]]) => [
    name,
    { role: MODULES[module].role, module: MODULES[module].path, export: exportName },
  ]),
) as Record<MutationName, MutationEntry>;

/**
 * Route handlers that change data but are open by design, with the reason. Any other route
 * handler exporting POST, PUT, PATCH or DELETE fails the authorization-matrix test.
 */
const READ_ONLY_API = "the public read-only API: every write answers a JSON 405 (lib/api/handler.ts); reads and writes nothing";

export const PUBLIC_MUTATING_ROUTES = {
  "app/api/v1/figures/[id]/route.ts": READ_ONLY_API,
  "app/api/v1/figures/route.ts": READ_ONLY_API,
  "app/api/v1/indicators/route.ts": READ_ONLY_API,
  "app/api/v1/locations/route.ts": READ_ONLY_API,
  "app/api/v1/openapi.json/route.ts": READ_ONLY_API,
  "app/api/v1/retractions/route.ts": READ_ONLY_API,
  "app/api/v1/route.ts": READ_ONLY_API,
  "app/api/v1/sources/route.ts": READ_ONLY_API,
  "app/api/v1/timeline-events/route.ts": READ_ONLY_API,
  "app/api/auth/[...nextauth]/route.ts": "next-auth's own sign-in and sign-out endpoints (CSRF-protected, throttled)",
  "app/api/[...path]/route.ts": "answers every method on an unknown /api address with a JSON 404; reads and writes nothing",
} as const;
