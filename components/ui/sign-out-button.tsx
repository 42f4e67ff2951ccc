"use client";
import { signOut } from "next-auth/react";

const strings = { signOut: "Sign out" };

export function SignOutButton() {
  return (
    <button type="button" className="link-button" onClick={() => void signOut({ callbackUrl: "/" })}>
      {strings.signOut}
    </button>
  );
}
