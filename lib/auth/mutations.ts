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

export const MUTATIONS = {
  "users.create": { role: "admin", module: "app/[locale]/(site)/admin/users/actions.ts", export: "createUserAction" },
  "users.changeRole": { role: "admin", module: "app/[locale]/(site)/admin/users/actions.ts", export: "changeRoleAction" },
  "users.setActive": { role: "admin", module: "app/[locale]/(site)/admin/users/actions.ts", export: "setActiveAction" },
  "users.resetPassword": { role: "admin", module: "app/[locale]/(site)/admin/users/actions.ts", export: "resetPasswordAction" },
  "users.endSessions": { role: "admin", module: "app/[locale]/(site)/admin/users/actions.ts", export: "endSessionsAction" },
  "figures.save": { role: "editor", module: "app/[locale]/(site)/editor/actions.ts", export: "saveFigureAction" },
  "figures.workflow": { role: "editor", module: "app/[locale]/(site)/editor/actions.ts", export: "figureWorkflowAction" },
  "figures.deleteDraft": { role: "editor", module: "app/[locale]/(site)/editor/actions.ts", export: "deleteDraftAction" },
  "timelineEvents.save": { role: "editor", module: "app/[locale]/(site)/editor/events/actions.ts", export: "saveTimelineEventAction" },
  "timelineEvents.workflow": {
    role: "editor",
    module: "app/[locale]/(site)/editor/events/actions.ts",
    export: "timelineEventWorkflowAction",
  },
  "timelineEvents.review": { role: "reviewer", module: "app/[locale]/(site)/review/actions.ts", export: "reviewTimelineEventAction" },
  "figures.review": { role: "reviewer", module: "app/[locale]/(site)/review/actions.ts", export: "reviewFigureAction" },
  "sources.save": { role: "admin", module: "app/[locale]/(site)/admin/sources/actions.ts", export: "saveSourceAction" },
  "sources.setActive": { role: "admin", module: "app/[locale]/(site)/admin/sources/actions.ts", export: "setSourceActiveAction" },
  "sources.delete": { role: "admin", module: "app/[locale]/(site)/admin/sources/actions.ts", export: "deleteSourceAction" },
  "sources.merge": { role: "admin", module: "app/[locale]/(site)/admin/sources/actions.ts", export: "mergeSourcesAction" },
  "indicators.save": { role: "admin", module: "app/[locale]/(site)/admin/indicators/actions.ts", export: "saveIndicatorAction" },
  "locations.save": { role: "admin", module: "app/[locale]/(site)/admin/locations/actions.ts", export: "saveLocationAction" },
  "locations.delete": { role: "admin", module: "app/[locale]/(site)/admin/locations/actions.ts", export: "deleteLocationAction" },
  "locations.import": { role: "admin", module: "app/[locale]/(site)/admin/locations/actions.ts", export: "importLocationsAction" },
  "account.signOutEverywhere": { role: "editor", module: "app/[locale]/(site)/account/actions.ts", export: "signOutEverywhereAction" },
  "account.changePassword": { role: "editor", module: "app/[locale]/(site)/account/actions.ts", export: "changePasswordAction" },
  "account.confirmTotp": { role: "editor", module: "app/[locale]/(site)/account/two-factor/actions.ts", export: "confirmTotpAction" },
  "account.turnOffTotp": { role: "editor", module: "app/[locale]/(site)/account/two-factor/actions.ts", export: "turnOffTotpAction" },
  "imports.check": { role: "editor", module: "app/[locale]/(site)/editor/import/actions.ts", export: "checkImportAction" },
  "imports.apply": { role: "editor", module: "app/[locale]/(site)/editor/import/actions.ts", export: "applyImportAction" },
  "imports.submit": { role: "editor", module: "app/[locale]/(site)/editor/import/actions.ts", export: "submitImportAction" },
  "imports.delete": { role: "editor", module: "app/[locale]/(site)/editor/import/actions.ts", export: "deleteImportAction" },
  "imports.review": { role: "reviewer", module: "app/[locale]/(site)/review/actions.ts", export: "reviewImportBatchAction" },
  "users.resetSecondFactor": { role: "admin", module: "app/[locale]/(site)/admin/users/actions.ts", export: "resetSecondFactorAction" },
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
