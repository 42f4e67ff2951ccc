// The audit log in words: which fields an event changed, each as "before → after", instead of
// two JSON documents to compare by eye. The raw JSON stays available on the page.

export interface FieldChange {
  field: string;
  /** null: the field did not exist (a creation) or was removed (a deletion). */
  before: string | null;
  after: string | null;
}

/** Bookkeeping that changes with every write and says nothing about the change itself. */
const NOISE = new Set(["updatedAt", "createdAt", "version"]);
const MAX_VALUE = 200;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A stored JSON value as a short text ("—" for null, lists joined, long text cut). */
export function auditValue(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  const text =
    typeof value === "string"
      ? value
      : Array.isArray(value) && value.every((v) => typeof v !== "object" || v === null)
        ? value.length === 0
          ? "—"
          : value.map((v) => String(v)).join(", ")
        : typeof value === "object"
          ? JSON.stringify(value)
          : String(value);
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE)}…` : text;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The fields that differ between `before` and `after`, in the order they first appear. A
 * creation lists the fields it set (empty ones left out), a deletion the fields it removed.
 * Values that are not objects are compared as one field, "value".
 */
export function auditChanges(before: unknown, after: unknown): FieldChange[] {
  const hasBefore = before !== null && before !== undefined;
  const hasAfter = after !== null && after !== undefined;
  if (!isRecord(before ?? {}) || !isRecord(after ?? {})) {
    return same(before, after)
      ? []
      : [{ field: "value", before: hasBefore ? auditValue(before) : null, after: hasAfter ? auditValue(after) : null }];
  }
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((f) => !NOISE.has(f));
  const changes: FieldChange[] = [];
  for (const field of fields) {
    if (hasBefore && hasAfter && same(b[field], a[field])) continue;
    // A creation's empty fields (or a deletion's) are not news.
    if (!hasBefore && auditValue(a[field]) === "—") continue;
    if (!hasAfter && auditValue(b[field]) === "—") continue;
    changes.push({
      field,
      before: hasBefore ? auditValue(b[field]) : null,
      after: hasAfter ? auditValue(a[field]) : null,
    });
  }
  return changes;
}
