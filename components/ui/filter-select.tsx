// The fields of a GET filter form (a staff list's ListFilters, the public FilterForm): a drop-down
// with its label, its choices and, where given, a first choice with an empty value ("any",
// "everywhere"); a staff list's search box.
import type { ReactNode } from "react";
import { ChoiceOptions } from "./choice-options";

export interface FilterChoice {
  value: string;
  label: ReactNode;
}

export function FilterSelect({
  name,
  id = name,
  label,
  value,
  any,
  choices,
  className = "field",
}: {
  name: string;
  /** The control's id, where it must differ from its name (the dashboard's "f-place"). */
  id?: string;
  label: string;
  value: string | null | undefined;
  /** The label of a first choice with an empty value; none where some choice is always taken. */
  any?: string;
  choices: readonly FilterChoice[];
  className?: string;
}) {
  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value ?? ""}>
        <ChoiceOptions empty={any} choices={choices} />
      </select>
    </div>
  );
}

/** A drop-down of the public dashboard's filters: styled as its fields, its id apart from the page's own ("f-place"). */
export function DashSelect(props: Omit<Parameters<typeof FilterSelect>[0], "id" | "className">) {
  return <FilterSelect {...props} id={`f-${props.name}`} className="dash-field" />;
}

/** A staff list's search box (the `q` parameter). */
export function FilterSearch({ label, value }: { label: string; value: string | undefined }) {
  return (
    <div className="field">
      <label htmlFor="q">{label}</label>
      <input id="q" name="q" type="search" defaultValue={value} />
    </div>
  );
}
