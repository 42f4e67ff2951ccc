"use client";
import { useState } from "react";
import { useFieldWords } from "./use-answer-words";

/**
 * A destructive button that asks first: the first press shows "Confirm …" and "Cancel"; only
 * the confirm button submits the surrounding form.
 */
export function ConfirmButton({
  label,
  confirmLabel,
  pending,
  readyToAsk,
}: {
  label: string;
  confirmLabel: string;
  pending?: boolean;
  /** Checked at the first press (e.g. "is the reason given?"): false keeps the button as it is. */
  readyToAsk?: () => boolean;
}) {
  const [asking, setAsking] = useState(false);
  const t = useFieldWords();
  if (!asking) {
    return (
      <button type="button" className="button button--danger" onClick={() => setAsking(readyToAsk ? readyToAsk() : true)}>
        {label}
      </button>
    );
  }
  return (
    <span className="confirm">
      <button type="submit" className="button button--danger" disabled={pending} autoFocus>
        {confirmLabel}
      </button>
      <button type="button" className="button" onClick={() => setAsking(false)}>
        {t("form.cancel")}
      </button>
    </span>
  );
}
