// The options of a drop-down: first one with an empty value where the list has one ("Any", "None",
// "Choose ..."), then the choices.
import type { ReactNode } from "react";

export interface Choice {
  value: string | number;
  label: ReactNode;
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
