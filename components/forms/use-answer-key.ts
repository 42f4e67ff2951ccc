"use client";
import { useRef } from "react";

/**
 * A number that changes, in the same render, whenever a new action answer arrives. Used as the
 * form's key: after each answer React resets the form, and a <select> takes its default only
 * when it mounts, so the fields are remounted with the answer's values. Deriving the key during
 * render (not in an effect) means nothing typed after the answer appears can be wiped.
 */
export function useAnswerKey(answer: object): number {
  const seen = useRef({ answer, key: 0 });
  if (seen.current.answer !== answer) seen.current = { answer, key: seen.current.key + 1 };
  return seen.current.key;
}
