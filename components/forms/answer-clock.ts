"use client";
// Which action answer on the page is the latest. A status notice ("Saved.", "Role changed.") is
// about one moment: when another form on the page answers later, the older notice goes, so the
// page never shows two outcomes as if both were current. A page-wide counter (module state,
// shared by every form of the page and kept across client navigations) stamps each new answer.
import { useEffect, useState, useSyncExternalStore } from "react";

let clock = 0;
const stamps = new WeakMap<object, number>();
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
const now = () => clock;
const beforeAnyAnswer = () => 0;

/** Marks `answer` (an action's state) as having arrived now, once; an empty initial state is no answer. */
export function stampAnswer(answer: object) {
  if (stamps.has(answer) || Object.keys(answer).length === 0) return;
  stamps.set(answer, ++clock);
  for (const listener of listeners) listener();
}

/** True while `answer` is the latest answer on the page (false before it is stamped). */
export function useIsLatestAnswer(answer: object): boolean {
  useEffect(() => stampAnswer(answer), [answer]);
  const current = useSyncExternalStore(subscribe, now, beforeAnyAnswer);
  return stamps.get(answer) === current;
}

/** True until an action on the page answers after the caller mounted (for notices the server rendered). */
export function useNoLaterAnswer(): boolean {
  const [mountedAt] = useState(now);
  const current = useSyncExternalStore(subscribe, now, beforeAnyAnswer);
  return current <= mountedAt;
}
