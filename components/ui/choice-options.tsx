// The options of a drop-down: first one with an empty value where the list has one ("Any", "None",
// "Choose ..."), then the choices.
import type { ReactNode } from "react";

export interface Choice {
  value: string | number;
  label: ReactNode;
}

/** The choices of a closed list: each value labelled by its words (`messages.sourceKind`) or by a function of it. */
export function choicesOf<V extends string | number>(
  values: readonly V[],
  label: Readonly<Record<V, ReactNode>> | ((value: V) => ReactNode),
): Array<{ value: V; label: ReactNode }> {
  return values.map((value) => ({ value, label: typeof label === "function" ? label(value) : label[value] }));
}

export function ChoiceOptions({ empty, choices }: { empty?: string; choices: readonly Choice[] }) {
  return (
    <>
      {empty !== undefined ? <option value="">{empty}</option> : null}
      {choices.map((c) => (
        <option key={c.value} value={c.value}>
          {c.label}
        </option>
      ))}
    </>
  );
}
