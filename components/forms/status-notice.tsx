"use client";
// A notice the server rendered about the step that led to this page ("Saved.", "Merged."): it
// goes as soon as a later action on the page answers, so it never stands beside a newer outcome.
import type { ReactNode } from "react";
import { useNoLaterAnswer } from "./answer-clock";

export function StatusNotice({ children }: { children: ReactNode }) {
  const current = useNoLaterAnswer();
  if (!current) return null;
  return (
    <p role="status" className="notice notice--ok">
      {children}
    </p>
  );
}
