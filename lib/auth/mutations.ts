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

/** The actions one module exports, each under its registry name, all needing the same least role. */
function actionsOf<const Name extends string, const R extends Role>(module: string, role: R, exports: Record<Name, string>) {
  return Object.fromEntries(Object.entries(exports).map(([name, exportName]) => [name, { role, module, export: exportName }])) as Record<
    Name,
    { role: R; module: string; export: string }
  >;
}

export const MUTATIONS = {
  ...actionsOf("app/[locale]/(site)/admin/users/actions.ts", "admin", {
    "users.create": "createUserAction",
    "users.changeRole": "changeRoleAction",
    "users.setActive": "setActiveAction",
    "users.resetPassword": "resetPasswordAction",
    "users.endSessions": "endSessionsAction",
    "users.resetSecondFactor": "resetSecondFactorAction",
  }),
  ...actionsOf("app/[locale]/(site)/editor/actions.ts", "editor", {
    "figures.save": "saveFigureAction",
    "figures.workflow": "figureWorkflowAction",
    "figures.deleteDraft": "deleteDraftAction",
  }),
  ...actionsOf("app/[locale]/(site)/editor/events/actions.ts", "editor", {
    "timelineEvents.save": "saveTimelineEventAction",
    "timelineEvents.workflow": "timelineEventWorkflowAction",
  }),
  ...actionsOf("app/[locale]/(site)/review/actions.ts", "reviewer", {
    "timelineEvents.review": "reviewTimelineEventAction",
    "figures.review": "reviewFigureAction",
    "imports.review": "reviewImportBatchAction",
  }),
  ...actionsOf("app/[locale]/(site)/admin/sources/actions.ts", "admin", {
    "sources.save": "saveSourceAction",
    "sources.setActive": "setSourceActiveAction",
    "sources.delete": "deleteSourceAction",
    "sources.merge": "mergeSourcesAction",
  }),
  ...actionsOf("app/[locale]/(site)/admin/indicators/actions.ts", "admin", {
    "indicators.save": "saveIndicatorAction",
  }),
  ...actionsOf("app/[locale]/(site)/admin/locations/actions.ts", "admin", {
    "locations.save": "saveLocationAction",
    "locations.delete": "deleteLocationAction",
    "locations.import": "importLocationsAction",
  }),
  ...actionsOf("app/[locale]/(site)/account/actions.ts", "editor", {
    "account.signOutEverywhere": "signOutEverywhereAction",
    "account.changePassword": "changePasswordAction",
  }),
  ...actionsOf("app/[locale]/(site)/account/two-factor/actions.ts", "editor", {
    "account.confirmTotp": "confirmTotpAction",
    "account.turnOffTotp": "turnOffTotpAction",
  }),
  ...actionsOf("app/[locale]/(site)/editor/import/actions.ts", "editor", {
    "imports.check": "checkImportAction",
    "imports.apply": "applyImportAction",
    "imports.submit": "submitImportAction",
    "imports.delete": "deleteImportAction",
  }),
} as const satisfies Record<string, MutationEntry>;

export type MutationName = keyof typeof MUTATIONS;

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
