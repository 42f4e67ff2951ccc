"use client";
// The signed-in user as the browser learns it from GET /api/session: public pages are rendered
// without reading the session (so they can be cached for everyone), and the few parts that
// depend on it (the account menu, a reviewer's controls) fill in after hydration. One request per
// page load, shared by every component that asks. Showing or hiding a control is never the
// check: every action is guarded on the server.
import { useEffect, useState } from "react";
import type { SessionInfo } from "@/lib/domain/session-info";

export type SessionState = { status: "pending" } | { status: "ready"; user: SessionInfo["user"] };

let request: Promise<SessionInfo["user"]> | null = null;

function loadSessionUser(): Promise<SessionInfo["user"]> {
  request ??= fetch("/api/session", { cache: "no-store", credentials: "same-origin" })
    .then(async (response) => (response.ok ? ((await response.json()) as SessionInfo).user : null))
    // Unknown (offline, rate-limited): shown as signed out; the staff pages' own guards still decide.
    .catch(() => null);
  return request;
}

export function useSession(): SessionState {
  const [state, setState] = useState<SessionState>({ status: "pending" });
  useEffect(() => {
    let live = true;
    void loadSessionUser().then((user) => {
      if (live) setState({ status: "ready", user });
    });
    return () => {
      live = false;
    };
  }, []);
  return state;
}

/** What next-auth's client signOut() does, without loading next-auth's client on every page:
 * the CSRF token, then the sign-out POST, then a full navigation so nothing of the session stays. */
export async function signOut(callbackUrl = "/"): Promise<void> {
  const { csrfToken } = (await (await fetch("/api/auth/csrf", { cache: "no-store" })).json()) as { csrfToken: string };
  const response = await fetch("/api/auth/signout", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", "X-Auth-Return-Redirect": "1" },
    body: new URLSearchParams({ csrfToken, callbackUrl, json: "true" }),
  });
  const { url } = (await response.json().catch(() => ({}))) as { url?: string };
  request = null;
  window.location.assign(url ?? callbackUrl);
}
