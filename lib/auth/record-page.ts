import "server-only";
// The start of every record page (/admin/sources/[id], /editor/figures/[id] ...): the guard for
// the page's role, then the record named by the path, or the 404 page when the id is malformed
// or there is no such record (or none this user may see: the loader decides, as the page would).
import { notFound } from "next/navigation";
import type { SessionUser } from "@/lib/data/sessions";
import type { Role } from "@/lib/domain/enums";
import { parseRecordId } from "@/lib/domain/record-ref";
import { requirePageRole } from "./guard";

/** What Next gives a record page. */
export interface RecordPageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}

export async function requireRecordPage<R>(
  { params, searchParams }: RecordPageProps,
  role: Role,
  /** The path of the records' pages without the id ("/admin/sources"): sign-in comes back to `${base}/${id}` as typed. */
  base: string,
  load: (id: number, user: SessionUser) => Promise<R | null>,
): Promise<{ user: SessionUser; record: R; search: Record<string, string | undefined> }> {
  const { id: rawId } = await params;
  const user = await requirePageRole(role, `${base}/${rawId}`);
  const id = parseRecordId(rawId);
  const record = id !== null ? await load(id, user) : null;
  if (!record) notFound();
  return { user, record, search: await searchParams };
}
