"use client";
// The error summary at the top of a form after a refused save (the GOV.UK pattern): what went
// wrong in one line, then each problem as a link to its field. Focus moves here when the answer
// arrives, so keyboard and screen-reader users start from the list; a link moves focus to the
// field (or, for a group of checkboxes, its first box) and brings it into view.
import { useEffect, useRef, type MouseEvent } from "react";
import { fieldId } from "./field";
import { useFieldWords } from "./use-answer-words";

export interface SummaryItem {
  name: string;
  message: string;
}

/** The control of field `name`: its own element, else the first control of the group around its error slot. */
function controlOf(name: string): HTMLElement | null {
  const own = document.getElementById(fieldId(name));
  if (own && own.matches("input, select, textarea, button")) return own;
  const slot = document.getElementById(`${fieldId(name)}-error`);
  return slot?.closest("fieldset, .field")?.querySelector<HTMLElement>("input, select, textarea") ?? own;
}

export function ErrorSummary({ notice, items, answer }: { notice: string | undefined; items: SummaryItem[]; answer: object }) {
  const ref = useRef<HTMLDivElement>(null);
  const t = useFieldWords();
  // Once per answer: fixing a field later must not pull the focus back up.
  useEffect(() => ref.current?.focus(), [answer]);
  const go = (event: MouseEvent<HTMLAnchorElement>, name: string) => {
    const control = controlOf(name);
    if (!control) return;
    event.preventDefault();
    control.focus();
    control.closest(".field, fieldset")?.scrollIntoView({ block: "center" });
  };
  return (
    <div ref={ref} className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1}>
      <h2 id="error-summary-title" className="error-summary__title">
        {t("form.problem")}
      </h2>
      {notice ? <p>{notice}</p> : null}
      <ul className="error-summary__list">
        {items.map((item) => (
          <li key={item.name}>
            <a href={`#${fieldId(item.name)}`} onClick={(event) => go(event, item.name)}>
              {item.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
