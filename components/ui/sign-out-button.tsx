"use client";
import { useState } from "react";
import { signOut } from "./session-client";

const strings = { signOut: "Sign out" };

export function SignOutButton() {
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      className="link-button"
      disabled={pending}
      onClick={() => {
        setPending(true);
        // On failure (offline) the button comes back; the session is still valid on the server.
        signOut("/").catch(() => setPending(false));
      }}
    >
      {strings.signOut}
    </button>
  );
}
