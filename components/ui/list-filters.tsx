// The filters above a staff list (editor, sources, audit): a GET form, so the filters stay in the
// address and the list can be shared or reloaded, its fields, and the button that applies them.
import type { ReactNode } from "react";

export function ListFilters({ submit, children }: { submit: string; children: ReactNode }) {
  return (
    <form method="get" className="filters" role="search">
      {children}
      <button type="submit" className="button">
        {submit}
      </button>
    </form>
  );
}
