// What GET /api/session tells the browser about who is signed in, for the header's account menu
// and a reviewer's controls on public pages. Only what they show: no ids, no session id.
export interface SessionInfo {
  user: { name: string; email: string; role: string } | null;
}
